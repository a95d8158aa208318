import request from 'supertest';
import { clientAddress, meetingId, officer, scale } from './scale-env';

const MEMBER_STATES = 193;

interface Entry {
  id: number;
  delegation: { id: number };
  status: string;
  position: number | null;
}

/** Runs work over items, at most `limit` at a time. */
async function inBatches<T, R>(items: T[], limit: number, work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let start = 0; start < items.length; start += limit) {
    results.push(...(await Promise.all(items.slice(start, start + limit).map((item, offset) => work(item, start + offset)))));
  }
  return results;
}

describe('193 delegates inscribing through two instances at once', () => {
  let meeting: number;
  let delegates: { delegationId: number; token: string; url: string }[];

  beforeAll(async () => {
    const token = await officer();
    meeting = await meetingId('inscriptions');
    const all = (await request(scale.urlA).get('/api/conferences/bms7/delegations').expect(200)).body as { id: number; kind: string }[];
    const states = all.filter((d) => d.kind === 'member-state').map((d) => d.id);
    expect(states).toHaveLength(MEMBER_STATES);
    // Every delegation gets its own access code and token; even ones work through A, odd through B.
    delegates = await inBatches(states, 20, async (delegationId, index) => {
      const url = index % 2 ? scale.urlB : scale.urlA;
      const created = await request(url)
        .post(`/api/conferences/bms7/delegations/${delegationId}/access-codes`)
        .set('Authorization', `Bearer ${token}`)
        .send({ label: 'scale test' })
        .expect(201);
      const redeemed = await request(url).post('/api/auth/delegate').set('X-Forwarded-For', clientAddress(3)).send({ code: created.body.code }).expect(200);
      return { delegationId, token: redeemed.body.accessToken as string, url };
    });
  });

  it('takes every inscription, at distinct positions 1..193, one list version each', async () => {
    const before = (await request(scale.urlA).get(`/api/meetings/${meeting}/speakers`).set('Authorization', `Bearer ${delegates[0].token}`).expect(200)).body;
    const responses = await Promise.all(
      delegates.map(({ delegationId, token, url }) =>
        request(url).post(`/api/meetings/${meeting}/speakers`).set('Authorization', `Bearer ${token}`).send({ delegationId, capacity: 'national' }),
      ),
    );
    const statuses = responses.reduce<Record<number, number>>((count, r) => ({ ...count, [r.status]: (count[r.status] ?? 0) + 1 }), {});
    expect(statuses).toEqual({ 201: MEMBER_STATES });

    const list = (await request(scale.urlB).get(`/api/meetings/${meeting}/speakers`).set('Authorization', `Bearer ${delegates[0].token}`).expect(200)).body;
    const waiting = (list.entries as Entry[]).filter((e) => e.status === 'waiting');
    expect(waiting).toHaveLength(MEMBER_STATES);
    expect(waiting.map((e) => e.position).sort((a, b) => a! - b!)).toEqual(Array.from({ length: MEMBER_STATES }, (_, i) => i + 1));
    expect(new Set(waiting.map((e) => e.delegation.id)).size).toBe(MEMBER_STATES);
    expect(list.version).toBe(before.version + MEMBER_STATES);
  });
});
