import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedDelivery {
  headers: IncomingHttpHeaders;
  raw: string;
  body: { event: string; [key: string]: unknown };
  signatureValid: boolean;
  receivedAt: number;
}

/**
 * A receiver on a loopback port, as a conference system would run one: it checks each delivery's
 * signature as the README tells receivers to, and answers with the status `answer` picks.
 */
export async function webhookReceiver(secret: string, answer: (delivery: ReceivedDelivery, index: number) => number = () => 200) {
  const received: ReceivedDelivery[] = [];
  const waiters: (() => void)[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      const expected = Buffer.from(`sha256=${createHmac('sha256', secret).update(raw).digest('hex')}`);
      const sent = Buffer.from(String(request.headers['x-rostrum-signature'] ?? ''));
      const delivery: ReceivedDelivery = {
        headers: request.headers,
        raw,
        body: JSON.parse(raw),
        signatureValid: sent.length === expected.length && timingSafeEqual(sent, expected),
        receivedAt: Date.now(),
      };
      received.push(delivery);
      response.statusCode = answer(delivery, received.length - 1);
      response.end();
      for (const waiter of waiters.splice(0)) waiter();
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hook`,
    received,
    /** Waits until `accept` holds for what was received so far. */
    async until(accept: (all: ReceivedDelivery[]) => boolean, timeoutMs = 15_000): Promise<ReceivedDelivery[]> {
      const deadline = Date.now() + timeoutMs;
      while (!accept(received)) {
        if (Date.now() > deadline) throw new Error(`Webhook receiver: condition not met; got ${received.map((d) => d.body.event).join(', ')}`);
        await new Promise<void>((done) => {
          waiters.push(done);
          setTimeout(done, 200);
        });
      }
      return received;
    },
    close: () => new Promise((done) => server.close(done)),
  };
}
