import request from 'supertest';
import { DatabaseFailedAttempts } from '../../src/auth/database-failed-attempts';
import { LOGIN_FAILURES_PER_ACCOUNT } from '../../src/auth/sign-in-limits';
import { TransactionRunner } from '../../src/persistence/transaction-runner';
import { createTestApp, removeDatabase, TEST_ADMIN, TestApp } from '../helpers/create-test-app';
import { describeFailureCounterRules, RULES_LIMIT } from '../helpers/failure-counter-rules';

describe('sign-in attempts kept in the database', () => {
  let testApp: TestApp;
  let counters = 0;

  beforeAll(async () => {
    testApp = await createTestApp();
  });

  afterAll(async () => {
    await testApp.close();
    removeDatabase(testApp.databasePath);
  });

  describe('DatabaseFailedAttempts', () => {
    describeFailureCounterRules(() => new DatabaseFailedAttempts(testApp.app.get(TransactionRunner), `spec-${(counters += 1)}`, RULES_LIMIT));
  });

  it('a restart forgets no failure: a username blocked before it is blocked after', async () => {
    const login = (body: object) => request(testApp.app.getHttpServer()).post('/api/auth/login').send(body);
    for (let i = 0; i < LOGIN_FAILURES_PER_ACCOUNT.maxFailures; i += 1) await login({ ...TEST_ADMIN, password: 'a wrong password' }).expect(401);
    testApp = await testApp.restart();
    await login(TEST_ADMIN).expect(429);
    testApp.clock.advance(LOGIN_FAILURES_PER_ACCOUNT.blockMs);
    await login(TEST_ADMIN).expect(200);
  });
});
