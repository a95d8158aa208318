export const PRESENCE_MODES = ['in-room', 'remote'] as const;
/** Where a delegation speaks from, as it declared: null until it does. */
export type PresenceMode = (typeof PRESENCE_MODES)[number];

/** What is kept of a delegation's presence in a meeting: its declarations, and when its last page left. */
export interface PresenceRecord {
  mode: PresenceMode | null;
  modeSince: number | null;
  ready: boolean;
  readySince: number | null;
  offlineSince: number | null;
}

export const NO_PRESENCE: PresenceRecord = { mode: null, modeSince: null, ready: false, readySince: null, offlineSince: null };

export interface PresenceDeclaration {
  mode?: PresenceMode | null;
  ready?: boolean;
}

/** A declaration applied: a value that changes gets `nowMs` as its since; one sent again keeps its own. */
export function declarePresence(record: PresenceRecord, declaration: PresenceDeclaration, nowMs: number): PresenceRecord {
  const mode = declaration.mode === undefined || declaration.mode === record.mode ? {} : { mode: declaration.mode, modeSince: nowMs };
  const ready = declaration.ready === undefined || declaration.ready === record.ready ? {} : { ready: declaration.ready, readySince: nowMs };
  return { ...record, ...mode, ...ready };
}

/** Presence as shown; every instant is epoch ms, null when that value was never seen to change. */
export interface Presence {
  online: boolean;
  /** Online: since its earliest page still connected joined. Off line: since its last page left. */
  onlineSince: number | null;
  mode: PresenceMode | null;
  modeSince: number | null;
  ready: boolean;
  readySince: number | null;
  /** The latest of the three: when this delegation's presence last changed. */
  since: number | null;
}

/** `pagesJoinedAtMs`: when each of the delegation's pages connected to the meeting now joined it. */
export function presenceOf(record: PresenceRecord, pagesJoinedAtMs: readonly number[]): Presence {
  const online = pagesJoinedAtMs.length > 0;
  const onlineSince = online ? Math.min(...pagesJoinedAtMs) : record.offlineSince;
  const instants = [onlineSince, record.modeSince, record.readySince].filter((at): at is number => at !== null);
  return {
    online,
    onlineSince,
    mode: record.mode,
    modeSince: record.modeSince,
    ready: record.ready,
    readySince: record.readySince,
    since: instants.length === 0 ? null : Math.max(...instants),
  };
}
