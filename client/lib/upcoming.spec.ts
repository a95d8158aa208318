import type { SpeakerEntryView, SpeakersListView } from '../../src/shared/api-types';
import { upcomingFromList } from './upcoming';

const entry = (id: number, name: string, status: SpeakerEntryView['status'], position: number | null, capacity: SpeakerEntryView['capacity'] = 'national') =>
  ({ id, delegation: { id, name }, capacity, onBehalfOf: null, status, position, limitSeconds: 180, usedMs: 0, requestedAt: '2021-07-26T14:00:00.000Z' }) as SpeakerEntryView;

const list = (entries: SpeakerEntryView[]) => ({ meetingId: 1, version: 1, closed: false, entries }) as unknown as SpeakersListView;

describe('upcomingFromList', () => {
  const kenya = entry(1, 'Kenya', 'speaking', null);
  const pointOfOrder = entry(4, 'Brazil', 'speaking', null, 'point-of-order');
  const waiting = [entry(2, 'Germany', 'waiting', 1), entry(3, 'Japan', 'waiting', 2)];
  const names = (entries: SpeakerEntryView[]) => entries.map((e) => e.delegation.name);

  it('puts the speaker a point of order interrupted first, then the waiting list', () => {
    expect(names(upcomingFromList(list([kenya, pointOfOrder, ...waiting]), [1]))).toEqual(['Kenya', 'Germany', 'Japan']);
  });

  it('gives the waiting list once the interrupted speaker is back', () => {
    expect(names(upcomingFromList(list([kenya, ...waiting]), []))).toEqual(['Germany', 'Japan']);
  });

  it('lets a waiting point of order interrupt the speaker on the floor, who then resumes', () => {
    const raised = entry(5, 'Chile', 'waiting', 1, 'point-of-order');
    expect(names(upcomingFromList(list([kenya, raised, entry(2, 'Germany', 'waiting', 2)]), [], 2))).toEqual(['Chile', 'Kenya']);
  });

  it('gives nothing before the list arrives', () => {
    expect(upcomingFromList(null, [])).toEqual([]);
  });
});
