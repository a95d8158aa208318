import request from 'supertest';
import { webhookReceiver } from '../helpers/webhook-receiver';
import { meetingId, officer, scale } from './scale-env';

const SECRET = 'a-long-shared-secret-for-the-scale-run';

describe('a cut-off with two instances watching the same statement', () => {
  it('fires once: one statement, one time-up and one ended delivery, whichever instance gets there first', async () => {
    const token = await officer();
    const meeting = await meetingId('enforcement');
    const receiver = await webhookReceiver(SECRET);
    const as = (url: string) => ({
      post: (path: string, body: unknown) => request(url).post(path).set('Authorization', `Bearer ${token}`).send(body as object),
    });
    const hook = await as(scale.urlA).post('/api/conferences/bms7/webhooks', { url: receiver.url, secret: SECRET, events: ['statement.time-up', 'statement.ended'] }).expect(201);
    try {
      await request(scale.urlA).patch(`/api/meetings/${meeting}`).set('Authorization', `Bearer ${token}`).send({ enforcement: { mode: 'cut', graceSeconds: 0 } }).expect(200);
      const all = (await request(scale.urlA).get('/api/conferences/bms7/delegations').expect(200)).body as { id: number; kind: string }[];
      await as(scale.urlA).post(`/api/meetings/${meeting}/speakers`, { delegationId: all.find((d) => d.kind === 'member-state')!.id, capacity: 'national' }).expect(201);
      await as(scale.urlA).post(`/api/meetings/${meeting}/floor/next`, {}).expect(200);
      await as(scale.urlB).post(`/api/meetings/${meeting}/floor/start`, {}).expect(200);
      // Each instance commits a change of this statement, so each holds a timer for its cut-off.
      await as(scale.urlA).post(`/api/meetings/${meeting}/floor/set`, { remainingSeconds: 2 }).expect(200);
      await as(scale.urlB).post(`/api/meetings/${meeting}/floor/set`, { remainingSeconds: 2 }).expect(200);

      await receiver.until((got) => got.some((delivery) => delivery.body.event === 'statement.ended'));
      // Time for a second, wrong cut-off or delivery to show up.
      await new Promise((done) => setTimeout(done, 3000));
      const ours = receiver.received.filter((delivery) => delivery.body.meetingId === meeting);
      expect(ours.map((delivery) => delivery.body.event).sort()).toEqual(['statement.ended', 'statement.time-up']);
      expect(ours.every((delivery) => delivery.signatureValid)).toBe(true);
      const statements = (await request(scale.urlB).get(`/api/meetings/${meeting}/statements`).set('Authorization', `Bearer ${token}`).expect(200)).body;
      expect(statements).toHaveLength(1);
      expect(statements[0]).toMatchObject({ endedBy: 'time-limit' });
      const floor = (await request(scale.urlA).get(`/api/meetings/${meeting}/floor`).set('Authorization', `Bearer ${token}`).expect(200)).body;
      expect(floor.status).toBe('stopped');
    } finally {
      await request(scale.urlA).delete(`/api/conferences/bms7/webhooks/${hook.body.id}`).set('Authorization', `Bearer ${token}`);
      await receiver.close();
    }
  });
});
