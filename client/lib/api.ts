import type { FieldError } from '../../src/shared/error-codes';

/** Nest's error body, as every route and live ack sends it, with the code pages translate. */
export interface ServerErrorBody {
  statusCode: number;
  error?: string;
  message?: string | string[];
  code?: string;
  fields?: FieldError[];
}

/**
 * A failed request: status and code for the page to word it (client/lib/error-text.ts), the
 * server's English kept for a details line. Status 0 is the network.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly messages: string[],
    readonly errorName: string,
    readonly code: string | null = null,
    readonly fields: readonly FieldError[] = [],
  ) {
    super(messages.join('; ') || errorName);
    this.name = 'ApiError';
  }

  static fromBody(body: ServerErrorBody, fallbackText = ''): ApiError {
    const messages = toMessages(body.message);
    return new ApiError(body.statusCode, messages.length > 0 ? messages : [fallbackText].filter(Boolean), body.error ?? '', body.code ?? null, body.fields ?? []);
  }
}

export function toMessages(message: unknown): string[] {
  if (Array.isArray(message)) return message.map(String);
  if (typeof message === 'string' && message !== '') return [message];
  return [];
}

/** The ApiError of a refused response, from its JSON body (or its status alone). */
export function refusalOf(response: Pick<Response, 'status' | 'statusText'>, text: string): ApiError {
  const data = parseJson(text);
  const body = typeof data === 'object' && data !== null ? (data as ServerErrorBody) : { statusCode: response.status };
  return ApiError.fromBody({ ...body, statusCode: response.status, error: body.error ?? response.statusText }, text.slice(0, 200) || response.statusText);
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'DELETE' | 'PATCH' | 'PUT';
  body?: unknown;
  token?: string | null;
  signal?: AbortSignal;
}

export type UnauthorizedListener = (error: ApiError) => void;
let onUnauthorized: UnauthorizedListener | null = null;

/** Pages with a sign-in hear about a 401 here, so an expired token leads back to the form. */
export function setUnauthorizedListener(listener: UnauthorizedListener | null): void {
  onUnauthorized = listener;
}

export async function api<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (options.token) headers.Authorization = `Bearer ${options.token}`;
  let response: Response;
  try {
    response = await fetch(path, {
      method: options.method ?? 'GET',
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(0, [cause instanceof Error ? cause.message : String(cause)], 'Network error');
  }
  const text = await response.text();
  if (!response.ok) {
    const error = refusalOf(response, text);
    if (response.status === 401 && onUnauthorized) onUnauthorized(error);
    throw error;
  }
  return parseJson(text) as T;
}

function parseJson(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

export const postJson = <T>(path: string, body: unknown, token?: string | null) => api<T>(path, { method: 'POST', body, token });
