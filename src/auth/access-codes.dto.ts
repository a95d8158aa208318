import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { rowIdSchema, textOrNull, utcInstantSchema } from '../shared/api-schemas';
import { cleanText } from '../shared/clean-text';

export const createAccessCodeSchema = z.preprocess(
  // An empty POST (no body at all) asks for a code with no label and no expiry.
  (body) => (body === undefined ? {} : body),
  z
    .object({
      label: cleanText(z.string().trim().min(1).max(100)).nullable().optional(),
      expiresAt: z.iso.datetime({ offset: true, message: 'must be an ISO-8601 date-time' }).nullable().optional(),
    })
    .strict(),
);

export class CreateAccessCodeDto extends createZodDto(createAccessCodeSchema) {}

export const ACCESS_CODE_STATUSES = ['active', 'revoked', 'expired'] as const;
export type AccessCodeStatus = (typeof ACCESS_CODE_STATUSES)[number];

/** An access code as listed: never the code itself, which is shown once at creation. */
export const accessCodeViewSchema = z.object({
  id: rowIdSchema,
  delegationId: rowIdSchema,
  label: textOrNull('what the officer noted about the code'),
  status: z.enum(ACCESS_CODE_STATUSES),
  createdAt: utcInstantSchema,
  expiresAt: utcInstantSchema.nullable(),
  revokedAt: utcInstantSchema.nullable(),
  lastUsedAt: utcInstantSchema.nullable(),
});
export type AccessCodeView = z.infer<typeof accessCodeViewSchema>;
export class AccessCodeViewDto extends createZodDto(accessCodeViewSchema) {}

/** `code`: the only time the code is shown. */
export const createdAccessCodeSchema = accessCodeViewSchema.extend({ code: z.string() });
export type CreatedAccessCode = z.infer<typeof createdAccessCodeSchema>;
export class CreatedAccessCodeDto extends createZodDto(createdAccessCodeSchema) {}
