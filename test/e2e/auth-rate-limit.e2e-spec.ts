import request from 'supertest';
import { generateAccessCode } from '../../src/auth/access-code-format';
import {
  CODE_FAILURES_PER_ADDRESS,
  CODE_FAILURES_PER_CODE,
  LOGIN_FAILURES_PER_ACCOUNT,
  LOGIN_FAILURES_PER_ADDRESS,
  SIGN_IN_REQUESTS_PER_MINUTE,
} from '../../src/auth/sign-in-limits';
import { delegateSessionFor } from '../helpers/auth';
import { createTestApp, removeDatabase, TEST_ADMIN, TestApp } from '../helpers/create-test-app';

const WRONG = { username: TEST_ADMIN.username, password: 'not the password at all' };

describe('auth: failed sign-ins are rate limited', () => {
  let testApp: TestApp;

  // A fresh app per test: the failure counts live in memory for the app's lifetime.
  beforeEach(async () => {
    testApp = await createTestApp();
  });

  afterEach(async () => {
    await testApp.close();
    removeDatabase(testApp.databasePath);
  });

  const api = () => request(testApp.app.getHttpServer());
  const login = (body: object) => api().post('/api/auth/login').send(body);
  const redeem = (code: string) => api().post('/api/auth/delegate').send({ code });
  const statuses = async (attempts: number, send: () => request.Test) => {
    const seen: number[] = [];
    for (let i = 0; i < attempts; i += 1) seen.push((await send()).status);
    return seen;
  };

  it('answers 429 after too many wrong passwords for one username, even to the right one, until the block ends', async () => {
    const { maxFailures, blockMs } = LOGIN_FAILURES_PER_ACCOUNT;
    expect(await statuses(maxFailures, () => login(WRONG))).toEqual(Array(maxFailures).fill(401));
    const blocked = await login(WRONG).expect(429);
    expect(blocked.body).toEqual({
      statusCode: 429,
      error: 'Too Many Requests',
      message: expect.stringContaining('try again in 60 seconds'),
      code: 'TOO_MANY_ATTEMPTS',
    });
    expect(blocked.headers['retry-after']).toBe('60');
    await login(TEST_ADMIN).expect(429);
    testApp.clock.advance(blockMs);
    await login(TEST_ADMIN).expect(200);
  });

  it('does not count successful sign-ins, and a success clears the count for that username', async () => {
    const nearlyBlocked = LOGIN_FAILURES_PER_ACCOUNT.maxFailures - 1;
    expect(await statuses(nearlyBlocked, () => login(WRONG))).toEqual(Array(nearlyBlocked).fill(401));
    await login(TEST_ADMIN).expect(200);
    // Counted or not cleared, the success would leave the username blocked by now.
    expect(await statuses(2, () => login(WRONG))).toEqual([401, 401]);
  });

  it('does not count malformed requests (400)', async () => {
    expect(await statuses(LOGIN_FAILURES_PER_ACCOUNT.maxFailures + 1, () => login({ username: TEST_ADMIN.username }))).toEqual(
      Array(LOGIN_FAILURES_PER_ACCOUNT.maxFailures + 1).fill(400),
    );
    await login(TEST_ADMIN).expect(200);
  });

  it('one device retrying a bad code blocks that code only: a good code from the same address still signs in', async () => {
    const { maxFailures, blockMs } = CODE_FAILURES_PER_CODE;
    const good = await delegateSessionFor(testApp, 'Kenya');
    expect(await statuses(maxFailures, () => redeem('AAAA-BBBB-CCCC-DDDD'))).toEqual(Array(maxFailures).fill(401));
    const blocked = await redeem('aaaa bbbb cccc dddd').expect(429);
    expect(blocked.body).toMatchObject({ statusCode: 429, error: 'Too Many Requests' });
    await redeem(good.code).expect(200);
    testApp.clock.advance(blockMs);
    await redeem('AAAA-BBBB-CCCC-DDDD').expect(401);
  });

  it('answers 429 to every code from an address past its much higher allowance of different bad codes, until the block ends', async () => {
    const { maxFailures, blockMs } = CODE_FAILURES_PER_ADDRESS;
    expect(maxFailures).toBeGreaterThanOrEqual(10 * CODE_FAILURES_PER_CODE.maxFailures);
    const good = await delegateSessionFor(testApp, 'Kenya');
    const seen = await statuses(maxFailures, () => redeem(generateAccessCode()));
    expect(seen).toEqual(Array(maxFailures).fill(401));
    await redeem(good.code).expect(429);
    testApp.clock.advance(blockMs);
    await redeem(good.code).expect(200);
  });

  it('bad logins for other usernames from the address do not lock the officer out of it', async () => {
    const seen = await statuses(30, () => login({ username: `someone-${Math.random()}`, password: 'not the password at all' }));
    expect(seen).toEqual(Array(30).fill(401));
    await login(TEST_ADMIN).expect(200);
    expect(LOGIN_FAILURES_PER_ADDRESS.maxFailures).toBeGreaterThanOrEqual(10 * LOGIN_FAILURES_PER_ACCOUNT.maxFailures);
  });

  it('does not count good codes: a suite may redeem many', async () => {
    const many = CODE_FAILURES_PER_CODE.maxFailures + 20;
    const sessions = await Promise.all(Array.from({ length: many }, () => delegateSessionFor(testApp, 'Kenya')));
    expect(await statuses(sessions.length, () => redeem(sessions[0].code))).toEqual(sessions.map(() => 200));
    // Only the flood backstop counts every request, and it is far above any suite's pace.
    const last = await redeem(sessions[0].code).expect(200);
    expect(Number(last.headers['x-ratelimit-limit'])).toBe(SIGN_IN_REQUESTS_PER_MINUTE);
  });
});
