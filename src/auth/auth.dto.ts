import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

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
