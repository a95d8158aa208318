import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import request from 'supertest';
import { FirstOfficerSetup, SETUP_TOKEN_FILE } from '../../src/auth/first-officer-setup';
import { createTestApp, removeDatabase, TestApp } from '../helpers/create-test-app';

// No ADMIN_* variables: the first start has no officer and issues a set-up link.
const NO_ADMIN = { ADMIN_USERNAME: '', ADMIN_PASSWORD: '' };
const CHIEF = { username: 'chief', password: 'a long enough password' };

describe('first run: the set-up link creates the first officer once', () => {
  let testApp: TestApp;
  const api = () => request(testApp.app.getHttpServer());
  const tokenFile = () => join(dirname(testApp.databasePath), SETUP_TOKEN_FILE);
  const issuedToken = () => testApp.app.get(FirstOfficerSetup).pending()?.token;

  beforeEach(async () => {
    testApp = await createTestApp({ env: NO_ADMIN });
  });

  afterEach(async () => {
    await testApp.close();
    removeDatabase(testApp.databasePath);
  });

  it('writes the token into the data folder, readable by the owner only', () => {
    expect(issuedToken()).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(readFileSync(tokenFile(), 'utf8').trim()).toBe(issuedToken());
    expect(statSync(tokenFile()).mode & 0o777).toBe(0o600);
  });

  it('refuses a wrong token with 401 and creates nobody', async () => {
    await api().post('/api/auth/setup').send({ ...CHIEF, token: 'not-the-token' }).expect(401);
    await api().post('/api/auth/login').send(CHIEF).expect(401);
    expect(existsSync(tokenFile())).toBe(true);
  });

  it('names a bad username or short password with 400', async () => {
    const response = await api().post('/api/auth/setup').send({ token: issuedToken(), username: 'x', password: 'short' }).expect(400);
    expect(response.body.message.join(' ')).toMatch(/username.*password|password.*username/);
  });

  it('creates the officer, signs them in, then answers 409 and forgets the token', async () => {
    const token = issuedToken();
    const created = await api().post('/api/auth/setup').send({ ...CHIEF, token }).expect(201);
    expect(created.body).toMatchObject({ role: 'officer', accessToken: expect.any(String), officer: { username: 'chief' } });
    await api().get('/api/officers').set('Authorization', `Bearer ${created.body.accessToken}`).expect(200);
    await api().post('/api/auth/login').send(CHIEF).expect(200);

    await api().post('/api/auth/setup').send({ ...CHIEF, username: 'second', token }).expect(409);
    expect(existsSync(tokenFile())).toBe(false);
    expect(testApp.app.get(FirstOfficerSetup).pending()).toBeNull();
  });

  it('of two set-ups sent at once, creates one officer: one 201, one 409', async () => {
    const token = issuedToken();
    const statuses = await Promise.all(
      ['first', 'second'].map(async (username) => (await api().post('/api/auth/setup').send({ ...CHIEF, username, token })).status),
    );
    expect(statuses.sort()).toEqual([201, 409]);
    const signedIn = await Promise.all(['first', 'second'].map(async (username) => (await api().post('/api/auth/login').send({ ...CHIEF, username })).status));
    expect(signedIn.sort()).toEqual([200, 401]);
  });

  it('keeps the same link across a restart until it is used, and issues none once an officer exists', async () => {
    const token = issuedToken();
    testApp = await testApp.restart();
    expect(issuedToken()).toBe(token);
    await api().post('/api/auth/setup').send({ ...CHIEF, token }).expect(201);
    testApp = await testApp.restart();
    expect(testApp.app.get(FirstOfficerSetup).pending()).toBeNull();
    expect(existsSync(tokenFile())).toBe(false);
    await api().post('/api/auth/setup').send({ ...CHIEF, token }).expect(409);
  });

  it('issues no link when ADMIN_* created the first officer', async () => {
    const withAdmin = await createTestApp();
    try {
      expect(withAdmin.app.get(FirstOfficerSetup).pending()).toBeNull();
      expect(existsSync(join(dirname(withAdmin.databasePath), SETUP_TOKEN_FILE))).toBe(false);
    } finally {
      await withAdmin.close();
      removeDatabase(withAdmin.databasePath);
    }
  });
});
