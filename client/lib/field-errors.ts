import { FieldError, fieldLine } from '../../src/shared/error-codes';
import { ApiError } from './api';
import { fieldProblem, translateError } from './error-text';

export interface FieldErrors {
  /** Problems by field name, as a 400 names them ("startsAt"), in the reader's language. */
  fields: Record<string, string[]>;
  /** What belongs to no field on the form, in the reader's language. */
  general: string[];
}

// The server's English beside the reader's words, isolated so it keeps its order on an Arabic page.
const withEnglish = (words: string, english: string) => `${words} (\u2068${english}\u2069)`;

/**
 * Splits an API error over a form's fields: a 400's fields by their name (field codes translated,
 * the server's English kept beside them), and a 409 room clash beside the room.
 */
export function fieldErrors(error: unknown, fields: readonly string[]): FieldErrors {
  const result: FieldErrors = { fields: {}, general: [] };
  const onForm = (problem: FieldError) => fields.find((field) => problem.field === field || problem.field.startsWith(`${field}.`));
  if (error instanceof ApiError && error.status === 400 && error.fields.length > 0) {
    const elsewhere = error.fields.filter((problem) => !onForm(problem));
    for (const problem of error.fields) {
      const field = onForm(problem);
      if (field) (result.fields[field] ??= []).push(withEnglish(fieldProblem(problem), fieldLine(problem)));
    }
    if (elsewhere.length > 0) result.general.push(describe(new ApiError(400, elsewhere.map(fieldLine), error.errorName, error.code, elsewhere)));
    return result;
  }
  if (error instanceof ApiError && error.code === 'ROOM_BOOKED' && fields.includes('room')) {
    result.fields.room = [describe(error)];
    return result;
  }
  result.general.push(describe(error));
  return result;
}

function describe(error: unknown): string {
  const { text, details } = translateError(error);
  return details ? withEnglish(text, details) : text;
}
