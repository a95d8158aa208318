import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { createOfficerSchema } from './officers.dto';

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

export interface OfficerSession {
  accessToken: string;
  role: 'officer';
  expiresAt: string;
  officer: { id: number; username: string };
}

export interface DelegateSession {
  accessToken: string;
  role: 'delegate';
  expiresAt: string;
  delegation: { id: number; name: string };
}
