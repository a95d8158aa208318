import type { FloorStateView, PresenceView, SpeakerEntryView, SpeakersListView } from '../../src/shared/api-types';
import { needsReadyReminder, remoteSpeakerDropped, speakersAhead, withPresence } from './presence';

const row = (delegationId: number, extra: Partial<PresenceView> = {}): PresenceView => ({
  delegationId,
  online: true,
  mode: null,
  ready: false,
  since: null,
  onlineSince: null,
  modeSince: null,
  readySince: null,
  ...extra,
});
const entry = (id: number, delegationId: number, status: SpeakerEntryView['status'], position: number | null) =>
  ({ id, delegation: { id: delegationId, name: `D${delegationId}` }, status, position }) as SpeakerEntryView;
const list = (...entries: SpeakerEntryView[]) => ({ entries }) as SpeakersListView;
const floorWith = (delegationId: number, status: FloorStateView['status']) => ({ status, speaker: entry(9, delegationId, 'speaking', null) }) as FloorStateView;

describe('presence on the pages', () => {
  it('replaces everything with a join list, one row with a push', () => {
    const shown = withPresence(new Map(), [row(1), row(2)], true);
    expect([...withPresence(shown, [row(2, { ready: true })], false).values()].map((r) => [r.delegationId, r.ready])).toEqual([
      [1, false],
      [2, true],
    ]);
    expect([...withPresence(shown, [row(3)], true).keys()]).toEqual([3]);
  });

  it('counts the waiting speakers before a delegation in speaking order', () => {
    const speakers = list(entry(1, 10, 'speaking', null), entry(2, 20, 'waiting', 2), entry(3, 30, 'waiting', 1), entry(4, 40, 'waiting', 3));
    expect(speakersAhead(speakers, 30)).toBe(0);
    expect(speakersAhead(speakers, 40)).toBe(2);
    expect(speakersAhead(speakers, 10)).toBeNull();
  });

  it('reminds a delegation two speakers away that is not ready, and no one further or ready', () => {
    expect(needsReadyReminder(2, row(1))).toBe(true);
    expect(needsReadyReminder(0, undefined)).toBe(true);
    expect(needsReadyReminder(3, row(1))).toBe(false);
    expect(needsReadyReminder(1, row(1, { ready: true }))).toBe(false);
    expect(needsReadyReminder(null, row(1))).toBe(false);
  });

  it('warns when the remote speaker on the floor has gone off line, only then', () => {
    const presence = withPresence(new Map(), [row(10, { mode: 'remote', online: false }), row(20, { mode: 'in-room', online: false })], true);
    expect(remoteSpeakerDropped(floorWith(10, 'running'), presence)).toBe(true);
    expect(remoteSpeakerDropped(floorWith(10, 'paused'), presence)).toBe(true);
    expect(remoteSpeakerDropped(floorWith(10, 'stopped'), presence)).toBe(false);
    expect(remoteSpeakerDropped(floorWith(20, 'running'), presence)).toBe(false);
    expect(remoteSpeakerDropped(floorWith(10, 'running'), withPresence(presence, [row(10, { mode: 'remote', online: true })], false))).toBe(false);
  });
});
