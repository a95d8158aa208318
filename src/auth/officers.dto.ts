import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { rowIdSchema, utcInstantSchema } from '../shared/api-schemas';
import { MAX_PASSWORD_BYTES, passwordTooLong } from './password-hasher';

/** Usernames are compared case-insensitively: stored and looked up trimmed and in lower case. */
export function normaliseUsername(username: string): string {
  return username.trim().toLowerCase();
}

export const MIN_PASSWORD_LENGTH = 10;

export const createOfficerSchema = z
  .object({
    username: z
      .string()
      .trim()
      .min(3)
      .max(64)
      .regex(/^[a-zA-Z0-9._@-]+$/, 'may contain only letters, digits and . _ @ -')
      .transform(normaliseUsername),
    password: z
      .string()
      .min(MIN_PASSWORD_LENGTH, `must be at least ${MIN_PASSWORD_LENGTH} characters`)
      .refine((password) => !passwordTooLong(password), `must be at most ${MAX_PASSWORD_BYTES} bytes`),
  })
  .strict();

export class CreateOfficerDto extends createZodDto(createOfficerSchema) {}

export const officerViewSchema = z.object({ id: rowIdSchema, username: z.string(), createdAt: utcInstantSchema });
export type OfficerView = z.infer<typeof officerViewSchema>;
export class OfficerViewDto extends createZodDto(officerViewSchema) {}
