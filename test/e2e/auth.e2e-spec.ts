import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { JwtService } from '@nestjs/jwt';
import request from 'supertest';
import { FirstOfficerSetup } from '../../src/auth/first-officer-setup';
import { JWT_SECRET_FILE, resolveJwtSecret } from '../../src/auth/jwt-secret';
import { expiredTokenFor, loginAsOfficer, officerPrincipal } from '../helpers/auth';
import { createTestApp, removeDatabase, TEST_ADMIN, TestApp } from '../helpers/create-test-app';

const HOUR_MS = 3600_000;

describe('auth: officer sign-in, officer accounts, tokens', () => {
  let testApp: TestApp;
  let officer: string;

  beforeAll(async () => {
    testApp = await createTestApp();
    officer = await loginAsOfficer(testApp);
  });

  afterAll(async () => {
    await testApp.close();
    removeDatabase(testApp.databasePath);
  });

  const api = () => request(testApp.app.getHttpServer());
  const login = (body: object) => api().post('/api/auth/login').send(body);
  const asOfficer = (pending: request.Test) => pending.set('Authorization', `Bearer ${officer}`);
  const addOfficer = (body: object) => asOfficer(api().post('/api/officers')).send(body);

  describe('login', () => {
    it('signs in the officer created from ADMIN_USERNAME / ADMIN_PASSWORD', async () => {
      const response = await login(TEST_ADMIN).expect(200);
      expect(response.body).toEqual({
        accessToken: expect.any(String),
        role: 'officer',
        expiresAt: expect.any(String),
        officer: { id: expect.any(Number), username: TEST_ADMIN.username },
      });
    });

    it('issues tokens that expire after TOKEN_TTL_SECONDS (12 h by default)', async () => {
      const { expiresAt } = (await login(TEST_ADMIN).expect(200)).body;
      expect(Date.parse(expiresAt) - Date.now()).toBeGreaterThan(12 * HOUR_MS - 60_000);
      expect(Date.parse(expiresAt) - Date.now()).toBeLessThanOrEqual(12 * HOUR_MS);
    });

    it('opens officer routes with the token', async () => {
      const { accessToken } = (await login(TEST_ADMIN).expect(200)).body;
      await api().get('/api/officers').set('Authorization', `Bearer ${accessToken}`).expect(200);
    });

    it('treats usernames case-insensitively', async () => {
      await login({ ...TEST_ADMIN, username: TEST_ADMIN.username.toUpperCase() }).expect(200);
    });

    it('answers a wrong password and an unknown user with the same 401', async () => {
      const wrongPassword = await login({ ...TEST_ADMIN, password: 'not the password at all' }).expect(401);
      const unknownUser = await login({ username: 'nobody-here', password: TEST_ADMIN.password }).expect(401);
      expect(wrongPassword.body).toEqual({ statusCode: 401, error: 'Unauthorized', message: 'Username or password is incorrect', code: 'BAD_CREDENTIALS' });
      expect(unknownUser.body).toEqual(wrongPassword.body);
    });

    it('takes about as long for an unknown user as for a wrong password', async () => {
      const timed = async (body: object) => {
        const startedAt = process.hrtime.bigint();
        await login(body).expect(401);
        return Number(process.hrtime.bigint() - startedAt) / 1e6;
      };
      const wrongPasswordMs = await timed({ ...TEST_ADMIN, password: 'not the password at all' });
      const unknownUserMs = await timed({ username: 'nobody-here', password: 'not the password at all' });
      expect(unknownUserMs).toBeGreaterThan(wrongPasswordMs / 2);
    });

    it('names every bad field with 400', async () => {
      const response = await login({ username: 42 }).expect(400);
      expect(response.body).toEqual({
        statusCode: 400,
        error: 'Bad Request',
        message: [expect.stringMatching(/^username: /), expect.stringMatching(/^password: /)],
        code: 'INVALID_INPUT',
        fields: [expect.objectContaining({ field: 'username', code: 'INVALID_TYPE' }), expect.objectContaining({ field: 'password', code: 'REQUIRED' })],
      });
    });

    it('refuses unknown fields with 400', async () => {
      const response = await login({ ...TEST_ADMIN, remember: true }).expect(400);
      expect(response.body.message).toEqual([expect.stringContaining('remember')]);
    });
  });

  describe('tokens', () => {
    it('refuses an expired token with 401, even on a public read', async () => {
      const expired = await expiredTokenFor(testApp, await officerPrincipal(testApp));
      const response = await api().get('/api/conferences').set('Authorization', `Bearer ${expired}`).expect(401);
      expect(response.body).toEqual({ statusCode: 401, error: 'Unauthorized', message: 'Access token has expired', code: 'TOKEN_EXPIRED' });
    });

    it.each([
      ['with no expiry', { role: 'officer', sub: '1', username: 'officer' }],
      ['with a non-numeric subject', { role: 'officer', sub: 'abc', username: 'officer', exp: 4_000_000_000 }],
      ['with a hexadecimal subject', { role: 'officer', sub: '0x1', username: 'officer', exp: 4_000_000_000 }],
      ['for a delegate with a subject of zero', { role: 'delegate', sub: '0', delegationId: 1, exp: 4_000_000_000 }],
    ])('refuses a token signed with our secret but %s with 401', async (_, claims) => {
      // Signed with the app's own secret and issuer, but not as the app signs its tokens.
      const token = await new JwtService({ secret: resolveJwtSecret(testApp.config) }).signAsync(claims, { issuer: 'rostrum' });
      const response = await api().get('/api/officers').set('Authorization', `Bearer ${token}`).expect(401);
      expect(response.body).toEqual({ statusCode: 401, error: 'Unauthorized', message: 'Access token is not valid', code: 'TOKEN_INVALID' });
    });

    it('refuses a malformed Authorization header with 401', async () => {
      await api().get('/api/officers').set('Authorization', 'Token abc').expect(401);
      await api().get('/api/officers').set('Authorization', 'Bearer not-a-jwt').expect(401);
    });

    it('keeps public reads open without a token', async () => {
      await api().get('/api/conferences/bms7/delegations').expect(200);
    });

    it('documents the auth routes in OpenAPI', async () => {
      const { paths } = (await api().get('/api/docs-json').expect(200)).body;
      expect(Object.keys(paths)).toEqual(
        expect.arrayContaining([
          '/api/auth/login',
          '/api/auth/delegate',
          '/api/officers',
          '/api/conferences/{slug}/delegations/{delegationId}/access-codes',
          '/api/conferences/{slug}/delegations/{delegationId}/access-codes/{codeId}',
        ]),
      );
    });
  });

  describe('officer accounts', () => {
    it('lets an officer add an officer, who can then sign in', async () => {
      const created = await addOfficer({ username: 'Desk.Two', password: 'another long password' }).expect(201);
      expect(created.body).toEqual({ id: expect.any(Number), username: 'desk.two', createdAt: expect.any(String) });
      const session = await login({ username: 'desk.two', password: 'another long password' }).expect(200);
      expect(session.body.officer).toEqual({ id: created.body.id, username: 'desk.two' });
    });

    it('answers 409 for a username taken, in any case', async () => {
      await addOfficer({ username: 'desk.three', password: 'a long enough password' }).expect(201);
      const response = await addOfficer({ username: 'DESK.three', password: 'a long enough password' }).expect(409);
      expect(response.body).toEqual({ statusCode: 409, error: 'Conflict', message: expect.stringContaining('desk.three'), code: 'OFFICER_NAME_TAKEN' });
    });

    it('wants a password of at least 10 characters, naming the field', async () => {
      const response = await addOfficer({ username: 'desk.four', password: 'short' }).expect(400);
      expect(response.body.message).toEqual([expect.stringMatching(/^password: must be at least 10 characters/)]);
    });

    it('refuses passwords over 72 bytes, which bcrypt would cut short', async () => {
      const response = await addOfficer({ username: 'desk.five', password: 'x'.repeat(73) }).expect(400);
      expect(response.body.message).toEqual([expect.stringMatching(/^password: must be at most 72 bytes/)]);
    });

    it('names both fields when both are bad, and refuses unknown fields', async () => {
      const both = await addOfficer({ username: 'a b', password: 1 }).expect(400);
      expect(both.body.message).toEqual([expect.stringMatching(/^username: /), expect.stringMatching(/^password: /)]);
      const extra = await addOfficer({ username: 'desk.six', password: 'a long enough password', role: 'admin' }).expect(400);
      expect(extra.body.message).toEqual([expect.stringContaining('role')]);
    });

    it('lists officers without their password hashes', async () => {
      const response = await asOfficer(api().get('/api/officers')).expect(200);
      expect(response.body[0]).toEqual({ id: expect.any(Number), username: TEST_ADMIN.username, createdAt: expect.any(String) });
      for (const officer of response.body) expect(Object.keys(officer).sort()).toEqual(['createdAt', 'id', 'username']);
    });
  });

  describe('restarts', () => {
    it('keeps a generated JWT secret in the data folder, so tokens survive a restart', async () => {
      expect(testApp.config.jwtSecret).toBeUndefined();
      const secretPath = join(dirname(testApp.databasePath), JWT_SECRET_FILE);
      expect(existsSync(secretPath)).toBe(true);
      const secretBefore = readFileSync(secretPath, 'utf8');
      const { accessToken } = (await login(TEST_ADMIN).expect(200)).body;
      testApp = await testApp.restart();
      await api().get('/api/officers').set('Authorization', `Bearer ${accessToken}`).expect(200);
      expect(readFileSync(secretPath, 'utf8')).toBe(secretBefore);
    });

    it('creates the first officer only once: a changed ADMIN_PASSWORD does not reset an existing account', async () => {
      const { databasePath, clock } = testApp;
      await testApp.close();
      testApp = await createTestApp({ databasePath, clock, env: { ADMIN_PASSWORD: 'a completely different password' } });
      await login(TEST_ADMIN).expect(200);
      await login({ username: TEST_ADMIN.username, password: 'a completely different password' }).expect(401);
    });
  });
});

describe('auth: start-up without ADMIN_USERNAME / ADMIN_PASSWORD', () => {
  it('starts with no default account, issuing a one-time set-up link instead', async () => {
    const testApp = await createTestApp({ env: { ADMIN_USERNAME: '', ADMIN_PASSWORD: '' } });
    try {
      expect(testApp.app.get(FirstOfficerSetup).pending()?.token).toEqual(expect.any(String));
      await request(testApp.app.getHttpServer()).post('/api/auth/login').send(TEST_ADMIN).expect(401);
      await request(testApp.app.getHttpServer()).get('/api/health').expect(200);
    } finally {
      await testApp.close();
      removeDatabase(testApp.databasePath);
    }
  });
});
