import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { bodyVersion, enforcementSchema } from '../common/body-schemas';
import { DELEGATION_KINDS } from '../domain/capacity';

export const delegationsQuerySchema = z
  .object({
    kind: z.enum(DELEGATION_KINDS).optional(),
    q: z.string().max(100).optional(),
  })
  .strict();

export class DelegationsQueryDto extends createZodDto(delegationsQuerySchema) {}

export const MIN_LIMIT_SECONDS = 10;
export const MAX_LIMIT_SECONDS = 3600;
const limitSeconds = z.number().int().min(MIN_LIMIT_SECONDS).max(MAX_LIMIT_SECONDS);

export const updateConferenceSchema = z
  .object({
    /** Applies to entries inscribed afterwards; entries already on a list keep the limit they got. */
    statementLimits: z
      .object({
        national: limitSeconds,
        group: limitSeconds,
        observer: limitSeconds,
        organization: limitSeconds,
        'civil-society': limitSeconds,
        'point-of-order': limitSeconds,
        'right-of-reply': limitSeconds,
      })
      .partial()
      .strict(),
    warningSeconds: z.number().int().min(0).max(600),
    enforcement: enforcementSchema,
  })
  .partial()
  .extend({ version: bodyVersion })
  .strict()
  .refine((patch) => Object.keys(patch).some((key) => key !== 'version'), 'give at least one of statementLimits, warningSeconds, enforcement');

export type UpdateConferenceBody = z.infer<typeof updateConferenceSchema>;
export class UpdateConferenceDto extends createZodDto(updateConferenceSchema) {}
