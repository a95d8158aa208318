import { Logger } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';

const logger = new Logger('HTTP');

// Query parameters that carry a secret: a screen link's key, an access code from a card's QR link.
const SECRET_QUERY = /([?&](?:key|screenKey|code|token)=)[^&#]*/gi;

/** The path as logged: a secret in the query is replaced, so the log never holds what only a hash is kept of. */
export function loggedPath(originalUrl: string): string {
  return originalUrl.replace(SECRET_QUERY, '$1[redacted]');
}

/** One line per request: method, path, status, milliseconds. */
export function requestLogger(request: Request, response: Response, next: NextFunction): void {
  const startedAt = process.hrtime.bigint();
  response.on('finish', () => {
    const elapsedMs = Number(process.hrtime.bigint() - startedAt) / 1e6;
    logger.log(`${request.method} ${loggedPath(request.originalUrl)} ${response.statusCode} ${elapsedMs.toFixed(1)}ms`);
  });
  next();
}
