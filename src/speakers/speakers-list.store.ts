import { EntityManager } from 'typeorm';
import { DomainError } from '../domain/domain-error';
import { SpeakerEntryEntity } from './speaker-entry.entity';
import { SpeakersListEntity } from './speakers-list.entity';

/** Row-level reads and writes of a speakers' list, shared by the list and the floor. */

export async function loadList(manager: EntityManager, meetingId: number): Promise<SpeakersListEntity> {
  const list = await manager.findOneBy(SpeakersListEntity, { meetingId });
  if (!list) throw new DomainError('NOT_FOUND', `Meeting ${meetingId} has no speakers' list`);
  return list;
}

/**
 * The list row for a write. On PostgreSQL it is locked (SELECT ... FOR UPDATE) until the
 * transaction ends, so writers of one list, on any instance, queue behind each other and each reads
 * the order the previous one committed: 193 inscriptions at once take positions 1..193. sqlite
 * needs no lock: TransactionRunner runs one transaction at a time.
 */
export async function lockList(manager: EntityManager, meetingId: number): Promise<SpeakersListEntity> {
  if (manager.connection.options.type !== 'postgres') return loadList(manager, meetingId);
  const list = await manager.findOne(SpeakersListEntity, { where: { meetingId }, lock: { mode: 'pessimistic_write' } });
  if (!list) throw new DomainError('NOT_FOUND', `Meeting ${meetingId} has no speakers' list`);
  return list;
}

export function assertVersion(kind: 'speakers list' | 'floor', current: number, sent: number | undefined): void {
  if (sent !== undefined && sent !== current) {
    throw new DomainError('STALE_VERSION', `The ${kind} has changed (now version ${current}, you sent ${sent}): reload and retry`);
  }
}

/** Optimistic write: the UPDATE only lands on the version that was read, so a racing writer gets 409. */
export async function bumpListVersion(
  manager: EntityManager,
  list: SpeakersListEntity,
  changes: Partial<Pick<SpeakersListEntity, 'closed'>> = {},
): Promise<number> {
  const result = await manager.update(SpeakersListEntity, { meetingId: list.meetingId, version: list.version }, { ...changes, version: list.version + 1 });
  if (result.affected !== 1) {
    throw new DomainError('STALE_VERSION', 'The speakers list changed while this request ran: reload and retry');
  }
  return list.version + 1;
}

export async function loadWaiting(manager: EntityManager, meetingId: number): Promise<SpeakerEntryEntity[]> {
  return manager.find(SpeakerEntryEntity, { where: { meetingId, status: 'waiting' }, order: { position: 'ASC', id: 'ASC' } });
}

/** Persists a new waiting order: positions 1..n, pinned flags as the order policy set them. */
export async function saveWaitingOrder(
  manager: EntityManager,
  before: SpeakerEntryEntity[],
  ordered: readonly { id: number; pinned: boolean }[],
): Promise<void> {
  const previous = new Map(before.map((entry) => [entry.id, entry]));
  for (const [index, { id, pinned }] of ordered.entries()) {
    const old = previous.get(id);
    if (old && old.position === index + 1 && old.pinned === pinned) continue;
    await manager.update(SpeakerEntryEntity, { id }, { position: index + 1, pinned });
  }
}
