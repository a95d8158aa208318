import { EntityManager, In } from 'typeorm';
import type { PresenceMode } from '../domain/presence/presence';
import { DelegationPresenceEntity } from './delegation-presence.entity';

/** The modes the delegations have declared in a meeting, read in the caller's transaction. */
export async function declaredModes(manager: EntityManager, meetingId: number, delegationIds: readonly number[]): Promise<Map<number, PresenceMode | null>> {
  if (delegationIds.length === 0) return new Map();
  const rows = await manager.find(DelegationPresenceEntity, {
    select: { delegationId: true, mode: true },
    where: { meetingId, delegationId: In([...new Set(delegationIds)]) },
  });
  return new Map(rows.map((row) => [row.delegationId, row.mode]));
}
