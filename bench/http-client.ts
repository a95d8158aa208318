import { Agent, request } from 'node:http';

export interface JsonResponse<T = unknown> {
  status: number;
  body: T;
}

/**
 * Keep-alive, so a timed request never pays for a TCP handshake a browser would not; idle
 * connections are dropped after two seconds, well before node's server closes them (5 s), so a
 * request never goes out on a connection the server is closing ("socket hang up").
 */
export function keepAliveAgent(): Agent {
  return new Agent({ keepAlive: true, maxSockets: Infinity, maxFreeSockets: 1024, timeout: IDLE_CONNECTION_MS });
}

const IDLE_CONNECTION_MS = 2000;
const sharedAgent = keepAliveAgent();

const REQUEST_TIMEOUT_MS = 30_000;

/** One JSON request over node:http (loopback only); rejects on network errors and timeouts, never on a status. */
export function requestJson<T = unknown>(
  method: string,
  url: string,
  options: { body?: unknown; token?: string; agent?: Agent } = {},
): Promise<JsonResponse<T>> {
  const payload = options.body === undefined ? undefined : JSON.stringify(options.body);
  const headers: Record<string, string> = { accept: 'application/json' };
  if (payload !== undefined) {
    headers['content-type'] = 'application/json';
    headers['content-length'] = String(Buffer.byteLength(payload));
  }
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers, agent: options.agent ?? sharedAgent, timeout: REQUEST_TIMEOUT_MS }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let body: unknown = text;
        try {
          body = text ? JSON.parse(text) : null;
        } catch {
          // Not JSON: keep the text for the error message.
        }
        resolve({ status: res.statusCode ?? 0, body: body as T });
      });
      res.on('error', reject);
    });
    req.on('timeout', () => req.destroy(new Error(`${method} ${url}: no answer in ${REQUEST_TIMEOUT_MS} ms`)));
    req.on('error', reject);
    req.end(payload);
  });
}

/** The body when the status is the one expected, else an error naming the call. */
export async function expectJson<T>(what: string, status: number, pending: Promise<JsonResponse<T>>): Promise<T> {
  const response = await pending;
  if (response.status !== status) {
    throw new Error(`${what}: expected ${status}, got ${response.status} ${JSON.stringify(response.body).slice(0, 300)}`);
  }
  return response.body;
}
