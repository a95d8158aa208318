import { BadRequestException } from '@nestjs/common';
import { createZodValidationPipe } from 'nestjs-zod';
import type { ZodError } from 'zod';

/** "field: problem" for every bad field, so a 400 names each one. */
export function describeZodIssues(error: Pick<ZodError, 'issues'>): string[] {
  return error.issues.flatMap((issue) => {
    const prefix = issue.path.length > 0 ? `${issue.path.join('.')}.` : '';
    if (issue.code === 'unrecognized_keys') return issue.keys.map((key) => `${prefix}${key}: unknown field`);
    return [`${issue.path.length > 0 ? issue.path.join('.') : 'body'}: ${issue.message}`];
  });
}

export const ZodValidationPipe = createZodValidationPipe({
  createValidationException: (error) => new BadRequestException(describeZodIssues(error as ZodError)),
});
