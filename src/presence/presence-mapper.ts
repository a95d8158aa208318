import type { Presence, PresenceRecord } from '../domain/presence/presence';
import { epochMsToIso } from '../domain/timetable/venue-time';
import type { PresenceView } from '../shared/api-types';
import type { DelegationPresenceEntity } from './delegation-presence.entity';

const iso = (at: number | null) => (at === null ? null : epochMsToIso(at));

export function toPresenceRecord(row: DelegationPresenceEntity): PresenceRecord {
  const { mode, modeSince, ready, readySince, offlineSince } = row;
  return { mode, modeSince, ready: Boolean(ready), readySince, offlineSince };
}

export function toPresenceView(delegationId: number, presence: Presence): PresenceView {
  return {
    delegationId,
    online: presence.online,
    mode: presence.mode,
    ready: presence.ready,
    since: iso(presence.since),
    onlineSince: iso(presence.onlineSince),
    modeSince: iso(presence.modeSince),
    readySince: iso(presence.readySince),
  };
}
