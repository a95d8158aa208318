import type { NextFunction, Request, Response } from 'express';
import { httpError } from './domain-exception.filter';

/**
 * JSON everywhere: a body sent in any other format is refused (415). Without this it would be read
 * as no body at all, and a command whose body is optional would run without the `version` it
 * carried (a fetch with a string body and no Content-Type sends text/plain).
 */
export function jsonBodiesOnly(request: Request, _response: Response, next: NextFunction): void {
  const length = request.headers['content-length'];
  const hasBody = request.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
  if (hasBody && !request.is('application/json')) {
    throw httpError('UNSUPPORTED_MEDIA_TYPE', ['body: must be JSON, sent with Content-Type: application/json']);
  }
  next();
}
