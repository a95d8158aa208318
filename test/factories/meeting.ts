import type { Bms7Suite } from '../helpers/use-bms7-app';

let created = 0;

/**
 * A virtual plenary of its own (no room, so it never clashes), with short helpers for its floor
 * and list: a test that uses one depends on no other test.
 */
export async function aMeeting(suite: Bms7Suite, overrides: Record<string, unknown> = {}) {
  const { body } = await suite
    .api()
    .post('/api/conferences/bms7/meetings')
    .set('Authorization', `Bearer ${suite.officer}`)
    .send({ title: `Floor test ${++created}`, kind: 'plenary', format: 'virtual', room: null, startsAt: '2021-07-26T10:00', endsAt: '2021-07-26T13:00', ...overrides })
    .expect(201);
  const meetingId: number = body.id;
  const asOfficer = (method: 'get' | 'post', path: string) =>
    suite.api()[method](`/api/meetings/${meetingId}${path}`).set('Authorization', `Bearer ${suite.officer}`);
  return {
    meetingId,
    /** An entry for the named delegation; `capacity` national unless given. */
    inscribe: async (name: string, extra: Record<string, unknown> = {}) =>
      (await asOfficer('post', '/speakers').send({ delegationId: suite.bms7.delegationId(name), capacity: 'national', ...extra }).expect(201)).body,
    command: (name: string, body: Record<string, unknown> = {}) => asOfficer('post', `/floor/${name}`).send(body),
    floor: async () => (await asOfficer('get', '/floor').expect(200)).body,
    list: async () => (await asOfficer('get', '/speakers').expect(200)).body,
    statements: async () => (await asOfficer('get', '/statements').expect(200)).body,
  };
}

export type MeetingFixture = Awaited<ReturnType<typeof aMeeting>>;
