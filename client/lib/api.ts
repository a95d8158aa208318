import { t } from './strings';

/** Nest's error body, as every route and live ack sends it. */
export interface ServerErrorBody {
  statusCode: number;
  error?: string;
  message?: string | string[];
}

/** A failed request, with the server's own words kept for the person reading them. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly messages: string[],
    readonly errorName: string,
  ) {
    super(messages.join('; ') || errorName);
    this.name = 'ApiError';
  }
}

/** "409 Conflict: The list of speakers is closed"; a 400 lists every bad field. */
export function describeServerError(body: ServerErrorBody): string {
  const messages = toMessages(body.message);
  const head = [body.statusCode, body.error].filter((part) => part !== undefined && part !== '').join(' ');
  return messages.length > 0 ? `${head}: ${messages.join('; ')}` : head;
}

export function toMessages(message: unknown): string[] {
  if (Array.isArray(message)) return message.map(String);
  if (typeof message === 'string' && message !== '') return [message];
  return [];
}

export function errorText(error: unknown): string {
  if (error instanceof ApiError) {
    return error.status === 0 ? error.message : describeServerError({ statusCode: error.status, error: error.errorName, message: error.messages });
  }
  return error instanceof Error ? error.message : String(error);
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
    throw new ApiError(0, [t('error.network', { reason: cause instanceof Error ? cause.message : String(cause) })], t('error.networkName'));
  }
  const text = await response.text();
  const data = parseJson(text);
  if (!response.ok) {
    const body = (data ?? {}) as ServerErrorBody;
    const messages = toMessages(body.message);
    const error = new ApiError(response.status, messages.length > 0 ? messages : [text.slice(0, 200) || response.statusText], body.error ?? response.statusText);
    if (response.status === 401 && onUnauthorized) onUnauthorized(error);
    throw error;
  }
  return data as T;
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
