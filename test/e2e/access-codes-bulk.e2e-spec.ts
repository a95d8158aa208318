import { useBms7App } from '../helpers/use-bms7-app';

const CODE_PATTERN = /^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/;

interface Issued {
  issued: { id: number; delegationId: number; code: string; status: string }[];
  skippedDelegationIds: number[];
}

describe('access codes of a whole conference', () => {
  const suite = useBms7App();
  const path = '/api/conferences/bms7/access-codes';
  const asOfficer = (method: 'get' | 'post') => suite.api()[method](path).set('Authorization', `Bearer ${suite.officer}`);

  it('issues one code to each member State in one request, every one signing in as its own delegation', async () => {
    const { body } = (await asOfficer('post').send({ kinds: ['member-state'] }).expect(201)) as { body: Issued };
    expect(body.issued).toHaveLength(193);
    expect(new Set(body.issued.map((code) => code.delegationId)).size).toBe(193);
    expect(body.issued.every((code) => CODE_PATTERN.test(code.code) && code.status === 'active')).toBe(true);
    const kenya = body.issued.find((code) => code.delegationId === suite.bms7.delegationId('Kenya'))!;
    const signIn = await suite.api().post('/api/auth/delegate').send({ code: kenya.code }).expect(200);
    expect(signIn.body.delegation).toEqual({ id: suite.bms7.delegationId('Kenya'), name: 'Kenya' });
  });

  it('issues nothing to a delegation that already holds an active code', async () => {
    const { body } = (await asOfficer('post').send({ kinds: ['member-state'] }).expect(201)) as { body: Issued };
    expect(body.issued).toEqual([]);
    expect(body.skippedDelegationIds).toHaveLength(193);
  });

  it('issues again to a delegation whose code was revoked', async () => {
    const mexico = suite.bms7.delegationId('Mexico');
    const list = (await asOfficer('get').expect(200)).body as { id: number; delegationId: number }[];
    const code = list.find((row) => row.delegationId === mexico)!;
    await suite.api().delete(`/api/conferences/bms7/delegations/${mexico}/access-codes/${code.id}`).set('Authorization', `Bearer ${suite.officer}`).expect(204);
    const { body } = (await asOfficer('post').send({ delegationIds: [mexico, suite.bms7.delegationId('Kenya')] }).expect(201)) as { body: Issued };
    expect(body.issued.map((row) => row.delegationId)).toEqual([mexico]);
    expect(body.skippedDelegationIds).toEqual([suite.bms7.delegationId('Kenya')]);
  });

  it('by default gives a code to every delegation that speaks in its own name, not to groups', async () => {
    const delegations = (await suite.api().get('/api/conferences/bms7/delegations').expect(200)).body as { id: number; kind: string }[];
    const { body } = (await asOfficer('post').send({}).expect(201)) as { body: Issued };
    const issuedTo = new Set(body.issued.map((row) => row.delegationId));
    expect(delegations.filter((d) => d.kind === 'group').some((d) => issuedTo.has(d.id))).toBe(false);
    const nonGroups = delegations.filter((d) => d.kind !== 'group' && d.kind !== 'member-state');
    expect(nonGroups.every((d) => issuedTo.has(d.id))).toBe(true);
  });

  it('lists every code of the conference with its delegation, never the code itself', async () => {
    const list = (await asOfficer('get').expect(200)).body as Record<string, unknown>[];
    expect(list.length).toBeGreaterThanOrEqual(194);
    expect(list.find((row) => row.delegationId === suite.bms7.delegationId('Brazil'))).toEqual({
      id: expect.any(Number),
      delegationId: expect.any(Number),
      label: null,
      status: 'active',
      createdAt: expect.any(String),
      expiresAt: null,
      revokedAt: null,
      lastUsedAt: null,
    });
    const kenya = list.find((row) => row.delegationId === suite.bms7.delegationId('Kenya') && row.status === 'active')!;
    expect(kenya.lastUsedAt).toEqual(expect.any(String));
    expect(list.some((row) => row.status === 'revoked')).toBe(true);
    expect(list.every((row) => !('code' in row))).toBe(true);
  });

  it('names every bad field and an unknown delegation with 400', async () => {
    const bad = await asOfficer('post').send({ delegationIds: [0], kinds: ['planet'], colour: 'red' }).expect(400);
    expect(bad.body.message).toEqual(expect.arrayContaining([expect.stringMatching(/^delegationIds/), expect.stringMatching(/^kinds/), expect.stringMatching(/^colour/)]));
    const unknown = await asOfficer('post').send({ delegationIds: [999999] }).expect(400);
    expect(String(unknown.body.message)).toContain('999999');
  });

  it('is for officers only', async () => {
    await suite.api().get(path).expect(401);
    await suite.api().post(path).send({}).expect(401);
  });

  it('answers 404 for an unknown conference', async () => {
    await suite.api().get('/api/conferences/nope/access-codes').set('Authorization', `Bearer ${suite.officer}`).expect(404);
  });
});
