import { delegateTokenFor } from '../helpers/auth';
import { isFirstPlenary } from '../helpers/bms7';
import { AuditEntryEntity } from '../../src/audit/audit-entry.entity';
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
        detail: { params: { id: String(meetingId) }, body: { delegationId: bms7.delegationId('Kenya'), capacity: 'national' } },
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

describe('audit trail: room for every action', () => {
  const suite = useBms7App();

  it('fits the longest write route of the API in the action column', async () => {
    const { getMetadataArgsStorage } = await import('typeorm');
    const column = getMetadataArgsStorage().columns.find((c) => c.target === AuditEntryEntity && c.propertyName === 'action');
    const document = (await suite.api().get('/api/docs-json').expect(200)).body as { paths: Record<string, Record<string, unknown>> };
    const actions = Object.entries(document.paths).flatMap(([path, operations]) =>
      Object.keys(operations)
        .filter((method) => method !== 'get')
        .map((method) => `${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`),
    );
    const longest = Math.max(...actions.map((action) => action.length));
    expect(actions.length).toBeGreaterThan(20);
    expect(longest).toBeLessThanOrEqual(Number(column?.options.length));
  });
});
