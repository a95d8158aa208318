import request from 'supertest';
import { INSCRIPTION_RATE } from '../../src/common/principal-rate-limit';
import { clientAddress, meetingId, officer, scale } from './scale-env';

// A delegation's inscription budget is counted in Redis: spread over both instances it is one budget.
describe('per-principal inscription limit shared through Redis', () => {
  it('refuses the request past the limit on both instances when the requests alternate between them', async () => {
    const meeting = await meetingId('rateLimit');
    const delegations = (await request(scale.urlA).get('/api/conferences/bms7/delegations').expect(200)).body as { id: number; name: string }[];
    // An observer State: the other suites inscribe every member State, and a budget spent there
    // less than a window ago would be counted here.
    const holySee = delegations.find((d) => d.name === 'Holy See')!.id;
    const created = await request(scale.urlA)
      .post(`/api/conferences/bms7/delegations/${holySee}/access-codes`)
      .set('Authorization', `Bearer ${await officer()}`)
      .send({})
      .expect(201);
    const token = (await request(scale.urlB).post('/api/auth/delegate').set('X-Forwarded-For', clientAddress(6)).send({ code: created.body.code }).expect(200))
      .body.accessToken as string;
    const inscribe = (url: string) =>
      request(url).post(`/api/meetings/${meeting}/speakers`).set('Authorization', `Bearer ${token}`).send({ delegationId: holySee, capacity: 'observer' });
    // At once, so the whole budget falls inside one window however slow the machine is.
    const answers = await Promise.all(
      Array.from({ length: INSCRIPTION_RATE.delegate.limit }, (_, index) => inscribe(index % 2 ? scale.urlB : scale.urlA)),
    );
    const statuses = answers.map((answer) => answer.status).sort();
    expect(statuses).toEqual([201, ...Array.from({ length: INSCRIPTION_RATE.delegate.limit - 1 }, () => 409)]);
    for (const url of [scale.urlA, scale.urlB]) await inscribe(url).expect(429);
  });
});
