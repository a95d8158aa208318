/** Builders for the meeting aggregate's specs: defaults plus overrides. */
import { DEFAULT_SPEAKING_ORDER } from '../capacity';
import { DEFAULT_ENFORCEMENT } from '../timer/enforcement';
import { IDLE_FLOOR } from '../timer/floor-state';
import type { DirectoryDelegation, ListEntry, MeetingRules, MeetingState } from './meeting-state';

/** Mon 26 July 2021, 10:00 in New York. */
export const T0 = Date.UTC(2021, 6, 26, 14, 0);

export const KENYA = 1;
export const BRAZIL = 2;
export const GERMANY = 3;
export const AFRICAN_GROUP = 10;

const DELEGATIONS: DirectoryDelegation[] = [
  { id: KENYA, name: 'Kenya', kind: 'member-state', memberOf: [AFRICAN_GROUP] },
  { id: BRAZIL, name: 'Brazil', kind: 'member-state', memberOf: [] },
  { id: GERMANY, name: 'Germany', kind: 'member-state', memberOf: [] },
  { id: AFRICAN_GROUP, name: 'African Group', kind: 'group', memberOf: [] },
];

export function rules(overrides: Partial<MeetingRules> = {}): MeetingRules {
  return {
    cancelled: false,
    limits: {
      statementLimits: { national: 180, group: 300, observer: 180, organization: 180, 'civil-society': 180, 'point-of-order': 120 },
      rightOfReplySeconds: [600, 300],
    },
    speakingOrder: DEFAULT_SPEAKING_ORDER,
    delegations: new Map(DELEGATIONS.map((delegation) => [delegation.id, delegation])),
    enforcement: DEFAULT_ENFORCEMENT,
    warningMs: 30_000,
    ...overrides,
  };
}

export function anEntry(overrides: Partial<ListEntry> & Pick<ListEntry, 'id'>): ListEntry {
  return {
    delegationId: KENYA,
    capacity: 'national',
    onBehalfOfId: null,
    status: 'waiting',
    position: null,
    pinned: false,
    limitSeconds: 180,
    usedMs: 0,
    requestedAt: T0,
    requestId: null,
    inscribedByRole: 'delegate',
    ...overrides,
  };
}

/** An open list with the given entries waiting in order, and an idle floor. */
export function aMeeting(waiting: Partial<ListEntry>[] = [], overrides: Partial<MeetingState> = {}): MeetingState {
  return {
    meetingId: 7,
    listVersion: 1,
    closed: false,
    entries: waiting.map((entry, index) => anEntry({ id: index + 1, position: index + 1, ...entry })),
    floorVersion: 1,
    floor: IDLE_FLOOR,
    undo: null,
    overlayOnAir: true,
    ...overrides,
  };
}

export const positionsOf = (state: MeetingState) =>
  state.entries.filter((entry) => entry.status === 'waiting').sort((a, b) => a.position! - b.position!).map((entry) => [entry.id, entry.position]);
