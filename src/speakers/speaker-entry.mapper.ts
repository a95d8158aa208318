import { EntityManager, In } from 'typeorm';
import { namesOf } from '../conferences/delegation-names';
import { DelegationEntity } from '../conferences/delegation.entity';
import { epochMsToIso } from '../domain/timetable/venue-time';
import type { DelegationRef, SpeakerEntryView } from '../shared/api-types';
import type { SpeakerEntryEntity } from './speaker-entry.entity';

export type DelegationNames = Map<number, string>;

/** Names of every delegation the entries mention (speakers and the groups they speak for). */
export async function loadDelegationNames(manager: EntityManager, entries: SpeakerEntryEntity[]): Promise<DelegationNames> {
  const ids = [...new Set(entries.flatMap((e) => (e.onBehalfOfId === null ? [e.delegationId] : [e.delegationId, e.onBehalfOfId])))];
  if (ids.length === 0) return new Map();
  const rows = await manager.find(DelegationEntity, { select: { id: true, name: true }, where: { id: In(ids) } });
  return new Map(rows.map((row) => [row.id, row.name]));
}

function ref(id: number, names: DelegationNames): DelegationRef {
  const name = names.get(id) ?? `Delegation ${id}`;
  // Looked up by English name: every delegation comes from the seed, where names are unique.
  return { id, name, names: namesOf({ name }) };
}

export function toEntryView(entry: SpeakerEntryEntity, names: DelegationNames): SpeakerEntryView {
  return {
    id: entry.id,
    delegation: ref(entry.delegationId, names),
    capacity: entry.capacity,
    onBehalfOf: entry.onBehalfOfId === null ? null : ref(entry.onBehalfOfId, names),
    status: entry.status,
    position: entry.position,
    limitSeconds: entry.limitSeconds,
    usedMs: entry.usedMs,
    requestedAt: epochMsToIso(entry.requestedAt),
  };
}
