import { createHash } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { AccessCodeEntity } from '../../src/auth/access-code.entity';
import { delegateSessionFor, delegationIdByName, loginAsOfficer } from '../helpers/auth';
import { BMS7_OPENING_MS, createTestApp, removeDatabase, TestApp } from '../helpers/create-test-app';

const HOUR_MS = 3600_000;
const CODE_PATTERN = /^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/;
const BAD_CODE = { statusCode: 401, error: 'Unauthorized', message: 'Access code is not valid, or no longer active', code: 'ACCESS_CODE_INVALID' };

describe('auth: delegate access codes', () => {
  let testApp: TestApp;
  let officer: string;
  let kenyaId: number;
  let mexicoId: number;

  beforeAll(async () => {
    testApp = await createTestApp();
    officer = await loginAsOfficer(testApp);
    [kenyaId, mexicoId] = await Promise.all([delegationIdByName(testApp, 'Kenya'), delegationIdByName(testApp, 'Mexico')]);
  });

  afterEach(() => testApp.clock.set(BMS7_OPENING_MS));

  afterAll(async () => {
    await testApp.close();
    removeDatabase(testApp.databasePath);
  });

  const api = () => request(testApp.app.getHttpServer());
  const codesPath = (delegationId = kenyaId, slug = 'bms7') => `/api/conferences/${slug}/delegations/${delegationId}/access-codes`;
  const createCode = (body: object = {}, delegationId = kenyaId) =>
    api().post(codesPath(delegationId)).set('Authorization', `Bearer ${officer}`).send(body);
  const listCodes = (delegationId = kenyaId) => api().get(codesPath(delegationId)).set('Authorization', `Bearer ${officer}`).expect(200);
  const revoke = (codeId: number, delegationId = kenyaId) =>
    api().delete(`${codesPath(delegationId)}/${codeId}`).set('Authorization', `Bearer ${officer}`);
  const redeem = (code: string) => api().post('/api/auth/delegate').send({ code });
  // A public read: any token sent is checked, so a dead one shows as 401 here.
  const useToken = (token: string) => api().get('/api/conferences').set('Authorization', `Bearer ${token}`);

  describe('creation', () => {
    it('shows a new code once, in four groups of four, with its label and expiry', async () => {
      const expiresAt = new Date(BMS7_OPENING_MS + 5 * 24 * HOUR_MS).toISOString();
      const response = await createCode({ label: 'Kenya desk', expiresAt }).expect(201);
      expect(response.body).toEqual({
        id: expect.any(Number),
        delegationId: kenyaId,
        code: expect.stringMatching(CODE_PATTERN),
        label: 'Kenya desk',
        status: 'active',
        createdAt: new Date(BMS7_OPENING_MS).toISOString(),
        expiresAt,
        revokedAt: null,
        lastUsedAt: null,
      });
    });

    it('takes an empty body: no label, no expiry', async () => {
      const response = await api().post(codesPath()).set('Authorization', `Bearer ${officer}`).expect(201);
      expect(response.body).toMatchObject({ label: null, expiresAt: null, code: expect.stringMatching(CODE_PATTERN) });
    });

    it('stores only the SHA-256 of the code', async () => {
      const { id, code } = (await createCode().expect(201)).body;
      const row = await testApp.app.get(DataSource).getRepository(AccessCodeEntity).findOneByOrFail({ id });
      expect(row.codeHash).toBe(createHash('sha256').update(code.replace(/-/g, '')).digest('hex'));
      expect(JSON.stringify(row)).not.toContain(code.replace(/-/g, ''));
    });

    it('refuses an expiry in the past, a malformed one and unknown fields, naming each', async () => {
      const past = await createCode({ expiresAt: new Date(BMS7_OPENING_MS - 1000).toISOString() }).expect(400);
      expect(past.body).toEqual({
        statusCode: 400,
        error: 'Bad Request',
        message: ['expiresAt: must be in the future'],
        code: 'INVALID_INPUT',
        fields: [{ field: 'expiresAt', code: 'NOT_IN_FUTURE', message: 'must be in the future' }],
      });
      const malformed = await createCode({ expiresAt: 'tomorrow', label: '' }).expect(400);
      expect(malformed.body.message).toEqual(
        expect.arrayContaining([expect.stringMatching(/^expiresAt: /), expect.stringMatching(/^label: /)]),
      );
      const unknown = await createCode({ code: 'AAAA-AAAA-AAAA-AAAA' }).expect(400);
      expect(unknown.body.message).toEqual([expect.stringContaining('code')]);
    });

    it('answers 404 for an unknown conference or delegation, 400 for a malformed id', async () => {
      await api().post(codesPath(kenyaId, 'bms99')).set('Authorization', `Bearer ${officer}`).send({}).expect(404);
      await createCode({}, 999999).expect(404);
      const response = await api()
        .post('/api/conferences/bms7/delegations/kenya/access-codes')
        .set('Authorization', `Bearer ${officer}`)
        .send({})
        .expect(400);
      expect(response.body.message).toEqual([expect.stringMatching(/^delegationId/)]);
    });
  });

  describe('listing', () => {
    it('lists a delegation’s codes without the code or its hash', async () => {
      const { id } = (await createCode({ label: 'listed' }, mexicoId).expect(201)).body;
      const listed = (await listCodes(mexicoId)).body;
      expect(listed).toContainEqual({
        id,
        delegationId: mexicoId,
        label: 'listed',
        status: 'active',
        createdAt: expect.any(String),
        expiresAt: null,
        revokedAt: null,
        lastUsedAt: null,
      });
      expect(JSON.stringify(listed)).not.toMatch(/"code"|codeHash/);
      expect((await listCodes(kenyaId)).body.map((c: { id: number }) => c.id)).not.toContain(id);
    });

    it('answers 404 for an unknown delegation', async () => {
      await api().get(codesPath(999999)).set('Authorization', `Bearer ${officer}`).expect(404);
    });
  });

  describe('redemption', () => {
    it('gives a delegate token for the code’s delegation, and records the use', async () => {
      const { id, code } = (await createCode().expect(201)).body;
      testApp.clock.advance(60_000);
      const response = await redeem(code).expect(200);
      expect(response.body).toEqual({
        accessToken: expect.any(String),
        role: 'delegate',
        expiresAt: expect.any(String),
        delegation: { id: kenyaId, name: 'Kenya' },
      });
      await useToken(response.body.accessToken).expect(200);
      const listed = (await listCodes()).body.find((c: { id: number }) => c.id === id);
      expect(listed.lastUsedAt).toBe(new Date(BMS7_OPENING_MS + 60_000).toISOString());
    });

    it('reads codes case-insensitively, dashes and spaces optional', async () => {
      const { code } = (await createCode().expect(201)).body;
      await redeem(code.toLowerCase()).expect(200);
      await redeem(code.replace(/-/g, '')).expect(200);
      await redeem(code.replace(/-/g, ' ').toLowerCase()).expect(200);
    });

    it('lets a code be redeemed again, on a second device, until revoked', async () => {
      const { code } = (await createCode().expect(201)).body;
      await redeem(code).expect(200);
      await redeem(code).expect(200);
    });

    it('answers an unknown or malformed code with the same 401', async () => {
      expect((await redeem('AAAA-BBBB-CCCC-DDDD').expect(401)).body).toEqual(BAD_CODE);
      expect((await redeem('not a code').expect(401)).body).toEqual(BAD_CODE);
    });

    it('names the missing field with 400', async () => {
      const response = await api().post('/api/auth/delegate').send({}).expect(400);
      expect(response.body.message).toEqual([expect.stringMatching(/^code: /)]);
    });
  });

  describe('revocation', () => {
    it('refuses a revoked code with 401, and ends the sessions it opened', async () => {
      const session = await delegateSessionFor(testApp, 'Kenya');
      await useToken(session.accessToken).expect(200);
      await revoke(session.accessCodeId).expect(204);
      expect((await redeem(session.code).expect(401)).body).toEqual(BAD_CODE);
      const refused = await useToken(session.accessToken).expect(401);
      expect(refused.body.message).toBe('The access code of this token has been revoked');
    });

    it('shows the revocation in the list, and keeps the first revocation time', async () => {
      const { id } = (await createCode().expect(201)).body;
      await revoke(id).expect(204);
      testApp.clock.advance(HOUR_MS);
      await revoke(id).expect(204);
      const listed = (await listCodes()).body.find((c: { id: number }) => c.id === id);
      expect(listed).toMatchObject({ status: 'revoked', revokedAt: new Date(BMS7_OPENING_MS).toISOString() });
    });

    it('leaves the delegation’s other codes working', async () => {
      const [first, second] = await Promise.all([delegateSessionFor(testApp, 'Kenya'), delegateSessionFor(testApp, 'Kenya')]);
      await revoke(first.accessCodeId).expect(204);
      await useToken(second.accessToken).expect(200);
    });

    it('answers 404 for an unknown code, or a code of another delegation', async () => {
      await revoke(999999).expect(404);
      const { id } = (await createCode({}, mexicoId).expect(201)).body;
      await revoke(id, kenyaId).expect(404);
      await revoke(id, mexicoId).expect(204);
    });
  });

  describe('expiry', () => {
    it('refuses an expired code with 401, and ends the sessions it opened', async () => {
      const expiresAt = new Date(BMS7_OPENING_MS + HOUR_MS).toISOString();
      const { id, code } = (await createCode({ expiresAt }).expect(201)).body;
      const { accessToken } = (await redeem(code).expect(200)).body;
      testApp.clock.advance(HOUR_MS);
      expect((await redeem(code).expect(401)).body).toEqual(BAD_CODE);
      expect((await useToken(accessToken).expect(401)).body.message).toBe('The access code of this token has expired');
      const listed = (await listCodes()).body.find((c: { id: number }) => c.id === id);
      expect(listed.status).toBe('expired');
    });
  });
});
