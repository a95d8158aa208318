import request from 'supertest';
import type { FloorStateView, SpeakersListView } from '../../src/shared/api-types';
import type { TestApp } from './create-test-app';

export interface MeetingState {
  speakers: SpeakersListView;
  floor: FloorStateView;
}

/** The speakers' list and the floor of a meeting, as GET returns them. */
export async function meetingState(testApp: Pick<TestApp, 'app'>, meetingId: number): Promise<MeetingState> {
  const api = () => request(testApp.app.getHttpServer());
  const [speakers, floor] = await Promise.all([
    api().get(`/api/meetings/${meetingId}/speakers`),
    api().get(`/api/meetings/${meetingId}/floor`),
  ]);
  if (speakers.status !== 200 || floor.status !== 200) {
    throw new Error(`meeting ${meetingId} state: speakers ${speakers.status}, floor ${floor.status}`);
  }
  return { speakers: speakers.body, floor: floor.body };
}

/** The waiting entries' ids in speaking order, with the positions they claim. */
export function waitingOrder(list: SpeakersListView): { id: number; position: number | null }[] {
  return list.entries.filter((entry) => entry.status === 'waiting').map(({ id, position }) => ({ id, position }));
}
