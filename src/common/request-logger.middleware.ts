import { Logger } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';

const logger = new Logger('HTTP');

/** One line per request: method, path, status, milliseconds. */
export function requestLogger(request: Request, response: Response, next: NextFunction): void {
  const startedAt = process.hrtime.bigint();
  response.on('finish', () => {
    const elapsedMs = Number(process.hrtime.bigint() - startedAt) / 1e6;
    logger.log(`${request.method} ${request.originalUrl} ${response.statusCode} ${elapsedMs.toFixed(1)}ms`);
  });
  next();
}
