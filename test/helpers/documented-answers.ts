import type { OpenAPIObject } from '@nestjs/swagger';
import Ajv2020, { ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import type { NextFunction, Request, Response } from 'express';
import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib';
import { pathPattern } from '../../src/common/method-not-allowed.middleware';

/**
 * Every answer the test apps give under /api is held to the OpenAPI document they serve: a status
 * the operation lists, and a body its schema accepts. An unknown path may only be a 404, an
 * undocumented method on a known path only a 405 with Allow. Mismatches are collected here and fail
 * the test they happened in (documented-answers.setup.ts), so the document cannot drift from the code.
 */
const found: string[] = [];

export function takeAnswerMismatches(): string[] {
  return found.splice(0);
}

type Operation = { responses: Record<string, { content?: Record<string, { schema?: unknown }> }> };

interface Template {
  path: string;
  pattern: RegExp;
  /** Fewer parameters first: /floor/extend is picked over /floor/{command}. */
  params: number;
}

export class DocumentedAnswers {
  private readonly ajv = new Ajv2020({ strict: false, allErrors: true });
  private readonly validators = new Map<string, ValidateFunction>();
  private readonly templates: Template[];

  constructor(private readonly document: OpenAPIObject) {
    addFormats(this.ajv);
    this.ajv.addSchema(document as object, 'doc');
    this.templates = Object.keys(document.paths)
      .map((path) => ({
        path,
        pattern: pathPattern(path),
        params: (path.match(/\{/g) ?? []).length,
      }))
      .sort((a, b) => a.params - b.params);
  }

  /** Express middleware, first of all: reads each answer as sent, decompressed, and checks it when done. */
  readonly middleware = (request: Request, response: Response, next: NextFunction): void => {
    const path = request.originalUrl.split('?')[0];
    if (!path.startsWith('/api/') || path.startsWith('/api/docs')) return next();
    const chunks: Buffer[] = [];
    const { write, end } = response;
    const keep = (chunk: unknown, encoding: unknown) => {
      if (chunk !== undefined && chunk !== null && typeof chunk !== 'function') {
        chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8'));
      }
    };
    response.write = function (this: Response, chunk: unknown, ...rest: unknown[]) {
      keep(chunk, rest[0]);
      return (write as (...args: unknown[]) => boolean).call(this, chunk, ...rest);
    } as Response['write'];
    response.end = function (this: Response, chunk?: unknown, ...rest: unknown[]) {
      keep(chunk, rest[0]);
      return (end as (...args: unknown[]) => Response).call(this, chunk, ...rest);
    } as Response['end'];
    response.once('finish', () => {
      const problem = this.check(request.method, path, response, decoded(Buffer.concat(chunks), response.getHeader('Content-Encoding')));
      if (problem) found.push(`${request.method} ${request.originalUrl} -> ${response.statusCode}: ${problem}`);
    });
    next();
  };

  /** What is wrong with this answer, or null when the document describes it. */
  check(method: string, path: string, response: Pick<Response, 'statusCode' | 'getHeader'>, text: string): string | null {
    const status = response.statusCode;
    const matching = this.templates.filter((template) => template.pattern.test(path));
    const verb = method === 'HEAD' ? 'get' : method.toLowerCase();
    const template = matching.find((candidate) => this.operation(candidate.path, verb));
    if (!template) {
      if (method === 'OPTIONS') return null;
      const expected = matching.length === 0 ? 404 : 405;
      if (status !== expected) return matching.length === 0 ? 'a path the document does not list' : `${method} is not documented for ${matching[0].path}`;
      if (expected === 405 && !response.getHeader('Allow')) return '405 without Allow';
      return this.validateJson('doc#/components/schemas/ErrorBodyDto', text);
    }
    const operation = this.operation(template.path, verb)!;
    const answer = operation.responses[String(status)];
    const where = `${verb.toUpperCase()} ${template.path}`;
    if (!answer) return `status ${status} is not listed for ${where} (lists ${Object.keys(operation.responses).join(', ')})`;
    if (!answer.content) return text === '' ? null : `${where} ${status} is documented without a body`;
    if (method === 'HEAD') return null;
    const type = String(response.getHeader('Content-Type') ?? '').split(';')[0].trim();
    if (!(type in answer.content)) return `Content-Type "${type}" where ${where} ${status} documents ${Object.keys(answer.content).join(', ')}`;
    if (type !== 'application/json') return null;
    const pointer = ['paths', template.path, verb, 'responses', String(status), 'content', type, 'schema'].map(escapePointer).join('/');
    return this.validateJson(`doc#/${pointer}`, text);
  }

  private operation(path: string, verb: string): Operation | undefined {
    return (this.document.paths[path] as Record<string, Operation | undefined>)[verb];
  }

  private validateJson(ref: string, text: string): string | null {
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      return `the body is not JSON: ${text.slice(0, 200)}`;
    }
    let validate = this.validators.get(ref);
    if (!validate) {
      validate = this.ajv.compile({ $ref: ref });
      this.validators.set(ref, validate);
    }
    if (validate(body)) return null;
    const errors = (validate.errors ?? []).slice(0, 5).map((error) => `${error.instancePath || '(body)'} ${error.message}`);
    return `the body does not match the schema: ${errors.join('; ')}; body ${text.slice(0, 300)}`;
  }
}

function decoded(body: Buffer, encoding: unknown): string {
  if (body.length === 0) return '';
  const inflate = { gzip: gunzipSync, br: brotliDecompressSync, deflate: inflateSync }[String(encoding ?? '')];
  return (inflate ? inflate(body) : body).toString('utf8');
}

function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}
