import { ERROR_STATUS, isErrorCode, isFieldErrorCode } from '../../src/shared/error-codes';

/** The contract's error body: Nest's {statusCode, error, message}, with the code (and a 400's fields) added in 1.1. */
export interface ErrorBody {
  statusCode: number;
  error: string;
  message: string | string[];
  code: string;
  fields?: { field: string; code: string; message: string }[];
}

export interface RefusalExpectation {
  /** The statuses this refusal may have. */
  statuses: readonly number[];
  /** Names a 400 may blame: each message must start with one of them ("field: ...", "field.0: ...", "field must ..."). */
  fields?: readonly string[];
}

/**
 * Throws, saying what came back, unless `body` is a refusal in the contract's shape with one of the
 * expected statuses, and a 400 names a field in every message. For fast-check properties and acks alike.
 */
export function assertRefusal(what: string, status: number, body: unknown, expected: RefusalExpectation): asserts body is ErrorBody {
  const fail = (problem: string): never => {
    throw new Error(`${what}: ${problem}; got ${status} ${JSON.stringify(body)?.slice(0, 500)}`);
  };
  if (!expected.statuses.includes(status)) fail(`expected one of ${expected.statuses.join(', ')}`);
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return fail('the body is not an object');
  const { statusCode, error, message, code, fields: fieldList, ...rest } = body as Record<string, unknown>;
  if (Object.keys(rest).length > 0) fail(`unexpected keys ${Object.keys(rest).join(', ')}`);
  if (!isErrorCode(code)) fail('code is not one of src/shared/error-codes.ts');
  // A generic code (REQUEST_REFUSED, INTERNAL_ERROR) may come with another status of its class; a REST read of a
  // meeting not webcast still answers 401 (the live join, 403).
  else if (ERROR_STATUS[code] !== status && !['REQUEST_REFUSED', 'INTERNAL_ERROR', 'MEETING_NOT_PUBLIC'].includes(code)) fail(`code ${code} comes with ${ERROR_STATUS[code]}`);
  if (statusCode !== status) fail('statusCode differs from the status');
  if (typeof error !== 'string' || error.length === 0) fail('error is not a non-empty string');
  const messages = Array.isArray(message) ? message : [message];
  if (messages.length === 0 || !messages.every((item) => typeof item === 'string' && item.length > 0)) fail('message is not text');
  if (status !== 400) return;
  if (!Array.isArray(message)) fail('a 400 message must be the list of bad fields');
  const listed = Array.isArray(fieldList) ? (fieldList as Record<string, unknown>[]) : fail('a 400 must list its fields');
  if (listed.length === 0 || !listed.every((item) => typeof item.field === 'string' && isFieldErrorCode(item.code) && typeof item.message === 'string')) {
    fail('fields is not a list of {field, code, message}');
  }
  const fields = expected.fields;
  const names = (item: string) =>
    fields ? fields.some((field) => [':', '.', ' '].some((next) => item.startsWith(`${field}${next}`))) : /^[^\s].*?: /.test(item);
  const unnamed = (message as string[]).filter((item) => !names(item));
  if (unnamed.length > 0) fail(`these do not name a field${fields ? ` (${fields.join(', ')})` : ''}: ${JSON.stringify(unnamed)}`);
}
