import { applyDecorators } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse } from '@nestjs/swagger';
import { STATUS_CODES } from 'node:http';
import { ErrorBodyDto } from './response-dtos';

/** Who may call: anyone, the sign-in routes (which ignore any token), officers, or any signed-in caller. */
export type OperationAccess = 'public' | 'signIn' | 'officer' | 'signedIn';

/** Refusals any operation can answer: bad input or JSON, a bad token, a body too big or not JSON, a fault, storage failing. */
const EVERY_OPERATION = [400, 401, 413, 415, 500, 503];
const BY_ACCESS: Record<OperationAccess, number[]> = { public: [], signIn: [429], officer: [403], signedIn: [403] };

export const ERROR_DESCRIPTIONS: Record<number, string> = {
  400: 'Bad input: `message` names every bad field, `fields` gives each its field and code',
  401: 'No access token, or a bad, expired or revoked one',
  403: 'Not allowed for this role or delegation',
  409: 'Conflict: stale version, closed list, or a state that does not allow it',
  413: 'Body over 64 kb',
  415: 'Body not sent as application/json',
  429: 'Too many requests; see Retry-After',
  500: 'Unexpected fault (logged)',
  503: 'Not available now',
};

export interface OperationAnswers {
  summary: string;
  description?: string;
  access: OperationAccess;
  /** Refusals beyond the ones every operation and its access level can answer (404 comes with path parameters). */
  errors?: number[];
}

/**
 * Summary, security and the error answers of an operation; the success answer is declared beside
 * it with @ZodResponse (JSON) or @ApiResponse (files, 204).
 */
export function ApiAnswers({ summary, description, access, errors = [] }: OperationAnswers): MethodDecorator {
  const open = access === 'public' || access === 'signIn';
  const statuses = [...new Set([...EVERY_OPERATION, ...BY_ACCESS[access], ...errors])].sort();
  return applyDecorators(
    ApiOperation({ summary, description, ...(open ? { security: [] } : {}) }),
    ...(open ? [] : [ApiBearerAuth()]),
    ...statuses.map((status) => ApiResponse({ status, description: ERROR_DESCRIPTIONS[status] ?? STATUS_CODES[status] ?? 'Error', type: ErrorBodyDto })),
  );
}

