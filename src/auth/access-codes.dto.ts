import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { cleanText } from '../shared/clean-text';

export const createAccessCodeSchema = z.preprocess(
  // An empty POST (no body at all) asks for a code with no label and no expiry.
  (body) => body ?? {},
  z
    .object({
      label: cleanText(z.string().trim().min(1).max(100)).nullable().optional(),
      expiresAt: z.iso.datetime({ offset: true, message: 'must be an ISO-8601 date-time' }).nullable().optional(),
    })
    .strict(),
);

export class CreateAccessCodeDto extends createZodDto(createAccessCodeSchema) {}

export type AccessCodeStatus = 'active' | 'revoked' | 'expired';

/** An access code as listed: never the code itself, which is shown once at creation. */
export interface AccessCodeView {
  id: number;
  delegationId: number;
  label: string | null;
  status: AccessCodeStatus;
  createdAt: string;
  expiresAt: string | null;
  revokedAt: string | null;
  lastUsedAt: string | null;
}

export interface CreatedAccessCode extends AccessCodeView {
  /** The only time the code is shown. */
  code: string;
}
