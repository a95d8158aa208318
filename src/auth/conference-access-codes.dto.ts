import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { bodyId, optionalBody } from '../common/body-schemas';
import { DELEGATION_KINDS } from '../domain/capacity';
import type { CreatedAccessCode } from './access-codes.dto';

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

export interface IssuedAccessCodes {
  /** One new code for each delegation that had no active one; each code is shown only here. */
  issued: CreatedAccessCode[];
  /** Delegations left alone: they already hold an active code. */
  skippedDelegationIds: number[];
}
