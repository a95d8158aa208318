import {
  ArgumentsHost,
  BadRequestException,
  Catch,
  ConflictException,
  ExceptionFilter,
  ForbiddenException,
  HttpException,
  InternalServerErrorException,
  Logger,
  NotFoundException,
  ServiceUnavailableException,
  UnauthorizedException,
} from '@nestjs/common';
import type { Response } from 'express';
import { STATUS_CODES } from 'node:http';
import { DomainError } from '../domain/domain-error';
import { isStorageFailure, STORAGE_RETRY_AFTER_SECONDS } from '../persistence/storage-failure';

export function toHttpException(error: DomainError): HttpException {
  switch (error.code) {
    case 'INVALID_INPUT':
      return new BadRequestException(error.messages && error.messages.length > 0 ? [...error.messages] : [error.message]);
    case 'UNAUTHENTICATED':
      return new UnauthorizedException(error.message);
    case 'FORBIDDEN':
      return new ForbiddenException(error.message);
    case 'SCREEN_LINK_INVALID':
    case 'MEETING_NOT_PUBLIC':
      // The code lets a screen tell "this meeting is not public" from a bad link.
      return new ForbiddenException({ statusCode: 403, error: 'Forbidden', message: error.message, code: error.code });
    case 'NOT_FOUND':
      return new NotFoundException(error.message);
    case 'CONFLICT':
    case 'ILLEGAL_TRANSITION':
    case 'LIST_CLOSED':
    case 'ALREADY_LISTED':
    case 'RIGHT_OF_REPLY_LIMIT':
    case 'STALE_VERSION':
      return new ConflictException(error.message);
    default: {
      const unhandled: never = error.code;
      throw new Error(`Unmapped domain error ${String(unhandled)}`);
    }
  }
}

/** Every error leaves as Nest's {statusCode, error, message}; stacks go to the log only. */
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
    if (exception instanceof HttpException) return nameTheFieldOfFrameworkErrors(exception);
    if (exception instanceof DomainError) return toHttpException(exception);
    if (isStorageFailure(exception)) {
      this.logger.error(`The database could not store: ${exception instanceof Error ? exception.message : String(exception)}`);
      return new ServiceUnavailableException('The database cannot store right now (disk full or failing); nothing was saved, try again');
    }
    const { status, expose } = (exception ?? {}) as { status?: unknown; expose?: unknown };
    if (status === 413) return new HttpException({ statusCode: 413, error: 'Payload Too Large', message: 'request body is too large' }, 413);
    // body-parser's own refusals (bad charset or content encoding, truncated body): the client's fault, never a 500.
    if (typeof status === 'number' && status >= 400 && status < 500 && expose === true) {
      const message = exception instanceof Error ? exception.message : 'request body could not be read';
      const error = STATUS_CODES[status] ?? 'Bad Request';
      return new HttpException({ statusCode: status, error, message: [`body: ${message}`] }, status);
    }
    this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    return new InternalServerErrorException();
  }
}

/**
 * Nest turns body-parser's SyntaxError and express's URIError (a bad %-escape in the path) into a
 * 400 with the bare parser message; like every other 400, it should say which part was bad.
 */
function nameTheFieldOfFrameworkErrors(exception: HttpException): HttpException {
  const body = exception.getResponse();
  const message = typeof body === 'object' && body !== null ? (body as { message?: unknown }).message : body;
  if (exception.getStatus() !== 400 || typeof message !== 'string') return exception;
  if (message.startsWith('Failed to decode param')) return new BadRequestException([`path: ${message}`]);
  if (message.includes('JSON')) return new BadRequestException([`body: is not valid JSON (${message})`]);
  return exception;
}
