import request from 'supertest';
import type { FloorStateView, SpeakersListView } from '../../src/shared/api-types';
import { loginAsOfficer } from './auth';
import type { TestApp } from './create-test-app';

export interface MeetingState {
  speakers: SpeakersListView;
  floor: FloorStateView;
}

/** The speakers' list and the floor of a meeting, as GET returns them to an officer. */
export async function meetingState(testApp: TestApp, meetingId: number): Promise<MeetingState> {
  const officer = await loginAsOfficer(testApp);
  const api = (path: string) => request(testApp.app.getHttpServer()).get(path).set('Authorization', `Bearer ${officer}`);
  const [speakers, floor] = await Promise.all([api(`/api/meetings/${meetingId}/speakers`), api(`/api/meetings/${meetingId}/floor`)]);
  if (speakers.status !== 200 || floor.status !== 200) {
    throw new Error(`meeting ${meetingId} state: speakers ${speakers.status}, floor ${floor.status}`);
  }
  return { speakers: speakers.body, floor: floor.body };
}

/** The waiting entries' ids in speaking order, with the positions they claim. */
export function waitingOrder(list: SpeakersListView): { id: number; position: number | null }[] {
  return list.entries.filter((entry) => entry.status === 'waiting').map(({ id, position }) => ({ id, position }));
}
