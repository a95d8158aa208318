import request from 'supertest';
import { LOGIN_FAILURES_PER_ACCOUNT, SIGN_IN_REQUESTS_PER_MINUTE } from '../../src/auth/sign-in-limits';
import { clientAddress, scale } from './scale-env';

// With REDIS_URL, both instances count in Redis: a client alternating between them meets the same
// limits as on one instance. In memory, each would see half and let twice as many through.
describe('sign-in limits shared through Redis', () => {
  const via = (index: number) => (index % 2 ? scale.urlB : scale.urlA);

  it('blocks an account on both instances after failures spread over both', async () => {
    const from = clientAddress(4);
    const attempt = (url: string) =>
      request(url).post('/api/auth/login').set('X-Forwarded-For', from).send({ username: scale.admin.username, password: 'not the password' });
    for (let index = 0; index < LOGIN_FAILURES_PER_ACCOUNT.maxFailures; index += 1) {
      await attempt(via(index)).expect(401);
    }
    for (const url of [scale.urlA, scale.urlB]) {
      const refused = await attempt(url).expect(429);
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    }
  });

  it("throttles an address's sign-in requests on both instances once their sum passes the limit", async () => {
    const from = clientAddress(5);
    const malformed = (url: string) => request(url).post('/api/auth/delegate').set('X-Forwarded-For', from).send({});
    const statuses: number[] = [];
    for (let start = 0; start < SIGN_IN_REQUESTS_PER_MINUTE; start += 25) {
      const batch = Array.from({ length: Math.min(25, SIGN_IN_REQUESTS_PER_MINUTE - start) }, (_, offset) => malformed(via(start + offset)));
      statuses.push(...(await Promise.all(batch)).map((r) => r.status));
    }
    expect(statuses.filter((status) => status !== 400)).toEqual([]);
    await malformed(scale.urlA).expect(429);
    await malformed(scale.urlB).expect(429);
  });
});
