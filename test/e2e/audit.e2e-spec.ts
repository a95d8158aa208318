import { delegateTokenFor } from '../helpers/auth';
import { isFirstPlenary } from '../helpers/bms7';
import { useBms7App } from '../helpers/use-bms7-app';

describe('audit trail', () => {
  const suite = useBms7App();

  it('records every officer and delegate write with who, what, when and versions, for officers only', async () => {
    const { bms7, officer, api } = suite;
    const kenya = await delegateTokenFor(suite.testApp, 'Kenya');
    const meetingId = bms7.meetingId(isFirstPlenary);
    await api()
      .post(`/api/meetings/${meetingId}/speakers`)
      .set('Authorization', `Bearer ${kenya}`)
      .send({ delegationId: bms7.delegationId('Kenya'), capacity: 'national' })
      .expect(201);
    const next = await api().post(`/api/meetings/${meetingId}/floor/next`).set('Authorization', `Bearer ${officer}`).expect(200);
    await api().post(`/api/meetings/${meetingId}/floor/start`).set('Authorization', `Bearer ${kenya}`).expect(403);

    await api().get(`/api/meetings/${meetingId}/audit`).set('Authorization', `Bearer ${kenya}`).expect(403);
    const trail = (await api().get(`/api/meetings/${meetingId}/audit`).set('Authorization', `Bearer ${officer}`).expect(200)).body;
    expect(trail).toEqual([
      expect.objectContaining({
        actor: { role: 'delegate', id: bms7.delegationId('Kenya') },
        action: 'POST /api/meetings/:id/speakers',
        at: '2021-07-26T14:00:00.000Z',
      }),
      expect.objectContaining({
        actor: { role: 'officer', id: expect.any(Number) },
        action: 'POST /api/meetings/:id/floor/:command',
        beforeVersion: next.body.version - 1,
        afterVersion: next.body.version,
      }),
    ]);
  });
});
