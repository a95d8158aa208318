import { BadRequestException } from '@nestjs/common';
import { createZodValidationPipe } from 'nestjs-zod';
import type { ZodError } from 'zod';

/** "field: problem" for every bad field, so a 400 names each one. */
export function describeZodIssues(error: Pick<ZodError, 'issues'>): string[] {
  return error.issues.map((issue) => {
    const field = issue.path.length > 0 ? issue.path.join('.') : 'body';
    if (issue.code === 'unrecognized_keys') return `${field}: unknown field(s) ${issue.keys.join(', ')}`;
    return `${field}: ${issue.message}`;
  });
}

export const ZodValidationPipe = createZodValidationPipe({
  createValidationException: (error) => new BadRequestException(describeZodIssues(error as ZodError)),
});
