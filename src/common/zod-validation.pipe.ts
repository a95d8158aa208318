import { createZodValidationPipe } from 'nestjs-zod';
import type { ZodError } from 'zod';
import { FieldError, FieldErrorCode, fieldLine } from '../shared/error-codes';
import { httpError } from './domain-exception.filter';

// An answer never echoes much of what was sent: a body of a million unknown keys gets a short 400.
const MAX_PROBLEMS = 20;
const MAX_NAME_CHARS = 64;
const MAX_MESSAGE_CHARS = 300;

const excerpt = (text: string, maxChars = MAX_NAME_CHARS) => (text.length > maxChars ? `${text.slice(0, maxChars)}…` : text);

type ZodIssue = ZodError['issues'][number];

/** zod's issue code as a field code; a missing field is REQUIRED rather than of the wrong type. */
function fieldCode(issue: ZodIssue): FieldErrorCode {
  switch (issue.code) {
    case 'invalid_type':
      return / received undefined$/.test(issue.message) ? 'REQUIRED' : 'INVALID_TYPE';
    case 'invalid_format':
      return 'INVALID_FORMAT';
    case 'invalid_value':
    case 'invalid_union':
    case 'invalid_key':
    case 'invalid_element':
      return 'INVALID_VALUE';
    case 'too_small':
      return 'TOO_SMALL';
    case 'too_big':
      return 'TOO_BIG';
    case 'not_multiple_of':
      return 'NOT_MULTIPLE_OF';
    case 'unrecognized_keys':
      return 'UNKNOWN_FIELD';
    default:
      return 'INVALID';
  }
}

/** Every bad field, each with its code and zod's English message (at most MAX_PROBLEMS). */
export function zodFieldErrors(error: Pick<ZodError, 'issues'>): { fields: FieldError[]; more: number } {
  const fields = error.issues.flatMap((issue): FieldError[] => {
    const path = issue.path.map((part) => excerpt(String(part))).join('.');
    const prefix = path.length > 0 ? `${path}.` : '';
    if (issue.code === 'unrecognized_keys') return issue.keys.map((key) => ({ field: `${prefix}${excerpt(key)}`, code: 'UNKNOWN_FIELD', message: 'unknown field' }));
    return [{ field: path.length > 0 ? path : 'body', code: fieldCode(issue), message: excerpt(issue.message, MAX_MESSAGE_CHARS) }];
  });
  return { fields: fields.slice(0, MAX_PROBLEMS), more: Math.max(0, fields.length - MAX_PROBLEMS) };
}

/** "field: problem" for every bad field, so a 400 names each one. */
export function describeZodIssues(error: Pick<ZodError, 'issues'>): string[] {
  const { fields, more } = zodFieldErrors(error);
  const lines = fields.map(fieldLine);
  return more > 0 ? [...lines, `… and ${more} more problems`] : lines;
}

/** The 400 a bad body, query or socket payload gets: lines in `message`, the same problems in `fields`. */
export function zodBadInput(error: Pick<ZodError, 'issues'>) {
  return httpError('INVALID_INPUT', describeZodIssues(error), zodFieldErrors(error).fields);
}

export const ZodValidationPipe = createZodValidationPipe({
  createValidationException: (error) => zodBadInput(error as ZodError),
});
