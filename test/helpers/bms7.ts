import request from 'supertest';
import type { TestApp } from './create-test-app';

export interface SeededBms7 {
  delegationId(name: string): number;
  /** The meetings of the seed, by title fragment and (optionally) day. */
  meetingId(match: (meeting: { id: number; title: string; kind: string; webcast: boolean; startsAt: string }) => boolean): number;
  /** Every seeded meeting id, in start order. */
  meetingIds: number[];
}

/** Ids of the seeded BMS7 data, read through the public API. */
export async function seededBms7(testApp: TestApp): Promise<SeededBms7> {
  const api = request(testApp.app.getHttpServer());
  const delegations: { id: number; name: string }[] = (await api.get('/api/conferences/bms7/delegations').expect(200)).body;
  const meetings: { id: number; title: string; kind: string; webcast: boolean; startsAt: string }[] = (
    await request(testApp.app.getHttpServer()).get('/api/conferences/bms7/meetings').expect(200)
  ).body;
  const byName = new Map(delegations.map((d) => [d.name, d.id]));
  return {
    delegationId: (name) => {
      const id = byName.get(name);
      if (id === undefined) throw new Error(`No delegation named ${name}`);
      return id;
    },
    meetingIds: meetings.map((m) => m.id),
    meetingId: (match) => {
      const meeting = meetings.find(match);
      if (!meeting) throw new Error('No meeting matches');
      return meeting.id;
    },
  };
}

/** The first plenary: Mon 26 July 2021, 10:00-13:00 New York, webcast. */
export const isFirstPlenary = (m: { startsAt: string; kind: string }) => m.kind === 'plenary' && m.startsAt === '2021-07-26T14:00:00.000Z';
/** The informal consultations of Tue 27 July 09:00: not webcast. */
export const isClosedConsultation = (m: { startsAt: string }) => m.startsAt === '2021-07-27T13:00:00.000Z';
