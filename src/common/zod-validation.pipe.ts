import { BadRequestException } from '@nestjs/common';
import { createZodValidationPipe } from 'nestjs-zod';
import type { ZodError } from 'zod';

/** "field: problem" for every bad field, so a 400 names each one. */
// An answer never echoes much of what was sent: a body of a million unknown keys gets a short 400.
const MAX_PROBLEMS = 20;
const MAX_NAME_CHARS = 64;
const MAX_MESSAGE_CHARS = 300;

const excerpt = (text: string, maxChars = MAX_NAME_CHARS) => (text.length > maxChars ? `${text.slice(0, maxChars)}…` : text);

export function describeZodIssues(error: Pick<ZodError, 'issues'>): string[] {
  const problems = error.issues.flatMap((issue) => {
    const path = issue.path.map((part) => excerpt(String(part))).join('.');
    const prefix = path.length > 0 ? `${path}.` : '';
    if (issue.code === 'unrecognized_keys') return issue.keys.map((key) => `${prefix}${excerpt(key)}: unknown field`);
    return [`${path.length > 0 ? path : 'body'}: ${excerpt(issue.message, MAX_MESSAGE_CHARS)}`];
  });
  if (problems.length <= MAX_PROBLEMS) return problems;
  return [...problems.slice(0, MAX_PROBLEMS), `… and ${problems.length - MAX_PROBLEMS} more problems`];
}

export const ZodValidationPipe = createZodValidationPipe({
  createValidationException: (error) => new BadRequestException(describeZodIssues(error as ZodError)),
});
