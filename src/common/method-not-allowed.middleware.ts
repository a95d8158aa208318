import type { OpenAPIObject } from '@nestjs/swagger';
import type { NextFunction, Request, Response } from 'express';

const METHODS = ['get', 'put', 'post', 'delete', 'patch'];

/** The requests an OpenAPI path template matches, as express routes them: any case, an optional trailing slash. */
export function pathPattern(template: string): RegExp {
  return new RegExp(`^${template.replace(/[.]/g, '\\.').replace(/\{\w+\}/g, '[^/]+')}/?$`, 'i');
}

/**
 * A method the document does not list on one of its paths is 405 with the methods it does list in
 * Allow, not the 404 of an unknown path. OPTIONS is left to CORS.
 */
export function methodNotAllowed(document: OpenAPIObject): (request: Request, response: Response, next: NextFunction) => void {
  const paths = Object.entries(document.paths).map(([path, operations]) => ({
    pattern: pathPattern(path),
    methods: METHODS.filter((method) => method in operations),
  }));
  return (request, response, next) => {
    if (request.method === 'OPTIONS') return next();
    const path = request.path;
    const allowed = new Set(paths.filter(({ pattern }) => pattern.test(path)).flatMap(({ methods }) => methods));
    const method = request.method === 'HEAD' ? 'get' : request.method.toLowerCase();
    if (allowed.size === 0 || allowed.has(method)) return next();
    const allow = [...allowed].map((name) => name.toUpperCase());
    if (allowed.has('get')) allow.push('HEAD');
    response
      .status(405)
      .set({ Allow: allow.join(', '), 'Cache-Control': 'no-store' })
      .json({ statusCode: 405, error: 'Method Not Allowed', message: `${request.method} is not allowed on ${path}: use ${allow.join(', ')}`, code: 'METHOD_NOT_ALLOWED' });
  };
}
