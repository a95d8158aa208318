import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { createOfficerSchema } from './officers.dto';
import { rowIdSchema, utcInstantSchema } from '../shared/api-schemas';

export const loginSchema = z
  .object({
    username: z.string().min(1).max(64),
    password: z.string().min(1).max(256),
  })
  .strict();

export class LoginDto extends createZodDto(loginSchema) {}

export const delegateSignInSchema = z
  .object({
    // Loose on purpose: any spelling is normalised, and a malformed code is a 401 like an unknown one.
    code: z.string().min(1).max(64),
  })
  .strict();

export class DelegateSignInDto extends createZodDto(delegateSignInSchema) {}

/** The first officer, from the one-time token of the set-up link; same rules as any new officer. */
export const firstOfficerSetupSchema = z
  .object({ token: z.string().min(1).max(128), ...createOfficerSchema.shape })
  .strict();

export class FirstOfficerSetupDto extends createZodDto(firstOfficerSetupSchema) {}

const sessionFields = { accessToken: z.string(), expiresAt: utcInstantSchema };

export const officerSessionSchema = z.object({
  ...sessionFields,
  role: z.literal('officer'),
  officer: z.object({ id: rowIdSchema, username: z.string() }),
});
export type OfficerSession = z.infer<typeof officerSessionSchema>;
export class OfficerSessionDto extends createZodDto(officerSessionSchema) {}

export const delegateSessionSchema = z.object({
  ...sessionFields,
  role: z.literal('delegate'),
  delegation: z.object({ id: rowIdSchema, name: z.string() }),
});
export type DelegateSession = z.infer<typeof delegateSessionSchema>;
export class DelegateSessionDto extends createZodDto(delegateSessionSchema) {}
