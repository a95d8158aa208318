import request from 'supertest';
import { meetingId, officer, scale } from './scale-env';

describe('two officers on two instances racing Next', () => {
  let token: string;
  let meeting: number;
  let delegations: number[];

  beforeAll(async () => {
    token = await officer();
    meeting = await meetingId('race');
    const all = (await request(scale.urlA).get('/api/conferences/bms7/delegations').expect(200)).body as { id: number; kind: string }[];
    delegations = all.filter((d) => d.kind === 'member-state').map((d) => d.id);
    // Inscribed alternately through A and B: speakers enough for every round below.
    for (const [index, delegationId] of delegations.slice(0, 12).entries()) {
      await request(index % 2 ? scale.urlB : scale.urlA)
        .post(`/api/meetings/${meeting}/speakers`)
        .set('Authorization', `Bearer ${token}`)
        .send({ delegationId, capacity: 'national' })
        .expect(201);
    }
  });

  const next = (url: string, body: Record<string, unknown> = {}) =>
    request(url).post(`/api/meetings/${meeting}/floor/next`).set('Authorization', `Bearer ${token}`).send(body);
  const floor = async () => (await request(scale.urlB).get(`/api/meetings/${meeting}/floor`).set('Authorization', `Bearer ${token}`).expect(200)).body;
  const speakingEntries = async () => {
    const list = (await request(scale.urlA).get(`/api/meetings/${meeting}/speakers`).set('Authorization', `Bearer ${token}`).expect(200)).body;
    return list.entries.filter((e: { status: string }) => e.status === 'speaking');
  };

  it('gives one 200 and one 409 when both send the version they saw (checked by the database)', async () => {
    for (let round = 0; round < 5; round += 1) {
      const { version } = await floor();
      const responses = await Promise.all([next(scale.urlA, { version }), next(scale.urlB, { version })]);
      expect(responses.map((r) => r.status).sort()).toEqual([200, 409]);
      expect((await floor()).version).toBe(version + 1);
      expect(await speakingEntries()).toHaveLength(1);
    }
  });

  it('holds a Next without version to the floor committed when it arrived: one winner, one 409', async () => {
    const { version } = await floor();
    const responses = await Promise.all([next(scale.urlA), next(scale.urlB)]);
    expect(responses.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(responses.find((r) => r.status === 409)!.body).toMatchObject({ statusCode: 409, error: 'Conflict' });
    expect((await floor()).version).toBe(version + 1);
    expect(await speakingEntries()).toHaveLength(1);
  });
});
