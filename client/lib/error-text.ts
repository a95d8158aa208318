import { FieldError, isErrorCode, isFieldErrorCode } from '../../src/shared/error-codes';
import type { MessageKey } from '../i18n/en';
import { FALLBACK_STATUSES, NAMED_FIELDS } from '../i18n/errors/en';
import { ApiError } from './api';
import { formatList, t } from './strings';

/** An error as a page shows it: a sentence in the reader's language, the server's English beside it. */
export interface ErrorText {
  text: string;
  /** The server's own English message, for a details line; null when it said nothing more. */
  details: string | null;
}

// First-strong isolates: a field name or an English phrase keeps its order inside an Arabic sentence.
const isolate = (text: string) => `\u2068${text}\u2069`;

export function isErrorText(value: unknown): value is ErrorText {
  return typeof value === 'object' && value !== null && 'text' in value && 'details' in value && !(value instanceof Error);
}

/** A field as the reader names it: "Start" for startsAt; one this page has no name for, as sent. */
export function fieldName(field: string): string {
  const root = field.split('.')[0];
  return (NAMED_FIELDS as readonly string[]).includes(root) ? t(`errors.fieldName.${root}` as MessageKey) : isolate(field);
}

/** Why one field is bad, in the reader's words ("required"). */
export function fieldProblem(problem: Pick<FieldError, 'code'>): string {
  return t(`errors.field.${isFieldErrorCode(problem.code) ? problem.code : 'INVALID'}` as MessageKey);
}

/** The sentence for a status and code; a code this page does not know (yet) goes by its status. */
export function refusalText(status: number, code: string | null, fields: readonly FieldError[] = []): string {
  if (status === 400 && fields.length > 0) {
    const named = fields.map((problem) => t('errors.fieldProblem', { field: fieldName(problem.field), problem: fieldProblem(problem) }));
    return t('errors.badFields', { fields: formatList(named) });
  }
  if (isErrorCode(code)) return t(`errors.code.${code}`);
  if ((FALLBACK_STATUSES as readonly number[]).includes(status)) return t(`errors.status.${status}` as MessageKey);
  return t(status >= 500 ? 'errors.status.server' : 'errors.status.client');
}

function fromApiError(error: ApiError): ErrorText {
  const details = error.messages.length > 0 ? error.messages.join('; ') : null;
  if (error.status === 0) return { text: t('errors.network'), details };
  return { text: refusalText(error.status, error.code, error.fields), details };
}

/** A socket ack's `{error}` (or the body alone) read as the REST refusal it mirrors. */
function asApiError(value: unknown): ApiError | null {
  const body = typeof value === 'object' && value !== null && 'error' in value && typeof value.error === 'object' ? value.error : value;
  if (typeof body !== 'object' || body === null || !('statusCode' in body) || typeof body.statusCode !== 'number') return null;
  return ApiError.fromBody(body as Parameters<typeof ApiError.fromBody>[0]);
}

/**
 * Any error a page shows, in its reader's language: an ApiError, a socket refusal, a text the
 * page already translated, or a fault of the page itself.
 */
export function translateError(cause: unknown): ErrorText {
  if (isErrorText(cause)) return cause;
  if (typeof cause === 'string') return { text: cause, details: null };
  if (cause instanceof ApiError) return fromApiError(cause);
  const refusal = asApiError(cause);
  if (refusal) return fromApiError(refusal);
  // The page's own errors carry text it translated (error.noConference); anything else is a fault.
  if (cause instanceof Error && cause.message !== '') return { text: cause.message, details: null };
  return { text: t('errors.unexpected'), details: String(cause) };
}
