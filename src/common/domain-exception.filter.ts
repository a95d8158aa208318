import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { STATUS_CODES } from 'node:http';
import { DomainError } from '../domain/domain-error';
import { isStorageFailure, STORAGE_RETRY_AFTER_SECONDS } from '../persistence/storage-failure';
import { ERROR_STATUS, ErrorCode, FieldError, FieldErrorCode, fieldOfLine, isErrorCode } from '../shared/error-codes';

/** Nest's {statusCode, error, message}, plus the code a page translates and, for a 400, every bad field. */
export interface ErrorBody {
  statusCode: number;
  error: string;
  message: string | string[];
  code: ErrorCode;
  fields?: FieldError[];
}

/** The refusal `code` names, at its status; a 400's message is its list of "field: problem" lines. */
export function httpError(code: ErrorCode, message: string | string[], fields?: FieldError[], status: number = ERROR_STATUS[code]): HttpException {
  const body: ErrorBody = { statusCode: status, error: STATUS_CODES[status] ?? 'Error', message, code };
  if (fields) body.fields = fields;
  return new HttpException(body, status);
}

/** A 400 naming each bad field: by its lines ("field: problem"), each field with the one code given. */
export function badInput(lines: string[], code: FieldErrorCode = 'INVALID'): HttpException {
  return httpError('INVALID_INPUT', lines, lines.map((line) => fieldOfLine(line, code)));
}

export function toHttpException(error: DomainError): HttpException {
  if (ERROR_STATUS[error.code] !== 400) return httpError(error.code, error.message);
  const messages = error.messages && error.messages.length > 0 ? [...error.messages] : [error.message];
  return httpError(error.code, messages, error.fields ? [...error.fields] : messages.map((line) => fieldOfLine(line)));
}

/** A wrong password, code or token: the sign-in limits count these, a socket leaves its meetings. */
export function isUnauthenticated(error: unknown): boolean {
  if (error instanceof DomainError) return ERROR_STATUS[error.code] === 401;
  return error instanceof HttpException && error.getStatus() === 401;
}

/** Every error leaves as Nest's {statusCode, error, message} with a `code`; stacks go to the log only. */
@Catch()
export class AppExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const http = this.toHttp(exception);
    if (response.headersSent) return;
    // A route may have set a file's type and name (CSV, calendar) before failing: the error is JSON, not a download.
    response.removeHeader('Content-Disposition');
    // A route's own caching (the calendar's max-age) is for its file, never for a refusal.
    response.setHeader('Cache-Control', 'no-store');
    if (http.getStatus() === 503) response.setHeader('Retry-After', String(STORAGE_RETRY_AFTER_SECONDS));
    response.status(http.getStatus()).type('application/json').json(http.getResponse());
  }

  toHttp(exception: unknown): HttpException {
    if (exception instanceof HttpException) return withErrorCode(exception);
    if (exception instanceof DomainError) return toHttpException(exception);
    if (isStorageFailure(exception)) {
      this.logger.error(`The database could not store: ${exception instanceof Error ? exception.message : String(exception)}`);
      return httpError('STORAGE_UNAVAILABLE', 'The database cannot store right now (disk full or failing); nothing was saved, try again');
    }
    const { status, expose } = (exception ?? {}) as { status?: unknown; expose?: unknown };
    if (status === 413) return httpError('PAYLOAD_TOO_LARGE', 'request body is too large');
    // body-parser's own refusals (bad charset or content encoding, truncated body): the client's fault, never a 500.
    if (typeof status === 'number' && status >= 400 && status < 500 && expose === true) {
      const line = `body: ${exception instanceof Error ? exception.message : 'request body could not be read'}`;
      return status === 400 ? badInput([line], 'UNREADABLE') : httpError(codeForStatus(status), [line], undefined, status);
    }
    this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    return internalError();
  }
}

/** Nest's own 500 body, with its code. */
export function internalError(): HttpException {
  return new HttpException({ statusCode: 500, message: 'Internal Server Error', code: 'INTERNAL_ERROR' }, 500);
}

/**
 * A framework's refusal (Nest's 404 for an unknown route, body-parser's bad JSON, express's bad
 * %-escape) gets its code; a 400 with the bare parser message says which part was bad, as every 400.
 */
export function withErrorCode(exception: HttpException): HttpException {
  const status = exception.getStatus();
  const response = exception.getResponse();
  const body = typeof response === 'object' && response !== null ? (response as Partial<ErrorBody>) : { message: response };
  if (isErrorCode(body.code)) return exception;
  const message = body.message ?? exception.message;
  if (status === 400) {
    if (typeof message !== 'string') return badInput(message);
    if (message.startsWith('Failed to decode param')) return badInput([`path: ${message}`]);
    if (message.includes('JSON')) return badInput([`body: is not valid JSON (${message})`], 'INVALID_JSON');
    return httpError('INVALID_INPUT', message, [fieldOfLine(message)]);
  }
  const code = status === 404 && typeof message === 'string' && /^Cannot [A-Z]+ /.test(message) ? 'ROUTE_NOT_FOUND' : codeForStatus(status);
  // Whatever else the body says (the health check's `database`) stays.
  return new HttpException({ statusCode: status, error: STATUS_CODES[status] ?? 'Error', ...body, message, code }, status);
}

const CODE_FOR_STATUS: Partial<Record<number, ErrorCode>> = {
  400: 'INVALID_INPUT',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  429: 'TOO_MANY_REQUESTS',
};

/** The generic code of a status no throw site named; a page translates it by status. */
function codeForStatus(status: number): ErrorCode {
  return CODE_FOR_STATUS[status] ?? (status < 500 ? 'REQUEST_REFUSED' : 'INTERNAL_ERROR');
}
