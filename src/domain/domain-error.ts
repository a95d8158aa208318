import type { ErrorCode, FieldError } from '../shared/error-codes';
import { fieldLine, fieldOfLine } from '../shared/error-codes';

/** The situation, named so a page can say it in its reader's language (src/shared/error-codes.ts). */
export type DomainErrorCode = ErrorCode;

export interface DomainErrorOptions {
  /** INVALID_INPUT only: every bad field found, and the lines the 400's `message` lists for them. */
  fields?: readonly FieldError[];
  messages?: readonly string[];
}

export class DomainError extends Error {
  readonly fields: readonly FieldError[] | undefined;
  readonly messages: readonly string[] | undefined;

  constructor(
    readonly code: DomainErrorCode,
    message: string,
    options: DomainErrorOptions = {},
  ) {
    super(message);
    this.name = 'DomainError';
    this.fields = options.fields;
    this.messages = options.messages;
  }
}

/**
 * Bad input naming every bad field at once, as one 400. A plain "field: problem" line gets the
 * generic field code INVALID; a rule with a name of its own passes a FieldError.
 */
export function invalidInput(problems: readonly (FieldError | string)[]): DomainError {
  const fields = problems.map((problem) => (typeof problem === 'string' ? fieldOfLine(problem) : problem));
  const messages = fields.map(fieldLine);
  return new DomainError('INVALID_INPUT', messages.join('; '), { fields, messages });
}

/** One bad field whose message names it without the "field:" prefix ("position must be ..."). */
export function invalidField(field: string, code: FieldError['code'], message: string): DomainError {
  return new DomainError('INVALID_INPUT', message, { fields: [{ field, code, message }], messages: [message] });
}
