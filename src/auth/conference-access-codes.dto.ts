import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { bodyId, optionalBody } from '../common/body-schemas';
import { DELEGATION_KINDS } from '../domain/capacity';
import { rowIdSchema } from '../shared/api-schemas';
import { createdAccessCodeSchema } from './access-codes.dto';

/** Groups speak through one of their States, so they get no code unless named. */
export const KINDS_ISSUED_BY_DEFAULT = DELEGATION_KINDS.filter((kind) => kind !== 'group');

export const issueAccessCodesSchema = optionalBody(
  z
    .object({
      /** Only these delegations; default: every delegation of the conference of `kinds`. */
      delegationIds: z
        .array(bodyId)
        .min(1)
        .max(1000)
        .refine((ids) => new Set(ids).size === ids.length, 'must not name a delegation twice')
        .optional(),
      kinds: z.array(z.enum(DELEGATION_KINDS)).min(1).optional(),
      label: z.string().trim().min(1).max(100).nullable().optional(),
      expiresAt: z.iso.datetime({ offset: true, message: 'must be an ISO-8601 date-time' }).nullable().optional(),
    })
    .strict(),
);

export type IssueAccessCodesBody = z.infer<typeof issueAccessCodesSchema>;
export class IssueAccessCodesDto extends createZodDto(issueAccessCodesSchema) {}

/** Issued codes: each code is shown only here. */
export const issuedAccessCodesSchema = z.object({
  issued: z.array(createdAccessCodeSchema).meta({ description: 'one new code for each delegation that had no active one, shown only here' }),
  skippedDelegationIds: z.array(rowIdSchema).meta({ description: 'delegations left alone: they already hold an active code' }),
});
export type IssuedAccessCodes = z.infer<typeof issuedAccessCodesSchema>;
export class IssuedAccessCodesDto extends createZodDto(issuedAccessCodesSchema) {}
