import etag from 'etag';
import type { NextFunction, Request, Response } from 'express';

/**
 * API answers: a signed-in caller's are never stored; public ones may be, but are revalidated each
 * time (a route may allow more, as the calendar does).
 */
export function apiCacheControl(request: Request, response: Response, next: NextFunction): void {
  if (request.path.startsWith('/api/')) {
    response.setHeader('Cache-Control', request.headers.authorization === undefined ? 'no-cache' : 'no-store');
  }
  next();
}

/** Express's weak ETag, except for answers carrying the server's clock: every one differs, so none. */
export function etagUnlessClock(body: string | Buffer): string | undefined {
  const text = typeof body === 'string' ? body : body.toString('utf8', 0, Math.min(body.length, 64 * 1024));
  return text.includes('"serverNow":') ? undefined : etag(body, { weak: true });
}
