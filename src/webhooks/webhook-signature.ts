import { createHmac } from 'node:crypto';

/** `X-Rostrum-Signature`: the hex HMAC-SHA256 of the raw body, keyed with the webhook's secret. */
export const signatureOf = (secret: string, body: string): string => `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
