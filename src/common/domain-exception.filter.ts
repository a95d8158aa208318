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
} from '@nestjs/common';
import type { Response } from 'express';
import { DomainError } from '../domain/domain-error';

export function toHttpException(error: DomainError): HttpException {
  switch (error.code) {
    case 'INVALID_INPUT':
      return new BadRequestException([error.message]);
    case 'FORBIDDEN':
      return new ForbiddenException(error.message);
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
    response.status(http.getStatus()).json(http.getResponse());
  }

  toHttp(exception: unknown): HttpException {
    if (exception instanceof HttpException) return exception;
    if (exception instanceof DomainError) return toHttpException(exception);
    const status = (exception as { status?: unknown })?.status;
    if (status === 413) return new HttpException({ statusCode: 413, error: 'Payload Too Large', message: 'request body is too large' }, 413);
    if (status === 400 && (exception as { type?: string }).type === 'entity.parse.failed') {
      return new BadRequestException(['body: is not valid JSON']);
    }
    this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    return new InternalServerErrorException();
  }
}
