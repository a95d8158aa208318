import { EntityManager } from 'typeorm';
import type { ConferenceEntity } from '../conferences/conference.entity';
import type { Floor } from '../domain/timer/floor-state';
import type { FloorStateView } from '../shared/api-types';
import { SpeakerEntryEntity } from '../speakers/speaker-entry.entity';
import { loadDelegationNames, toEntryView } from '../speakers/speaker-entry.mapper';
import { FloorEntity } from './floor.entity';

export function toDomainFloor(row: FloorEntity): Floor {
  const { status, entryId, limitMs, elapsedMs, runningSince, statementStartedAt, interruptions, message, interrupted } = row;
  return { status, entryId, limitMs, elapsedMs, runningSince, statementStartedAt, interruptions, message, interrupted };
}

/** The contract's FloorState, stamped with the server's now so clients measure their offset. */
export async function buildFloorView(
  manager: EntityManager,
  meetingId: number,
  conference: Pick<ConferenceEntity, 'warningSeconds'>,
  nowMs: number,
): Promise<FloorStateView> {
  const row = await manager.findOneByOrFail(FloorEntity, { meetingId });
  const entry = row.entryId === null ? null : await manager.findOneBy(SpeakerEntryEntity, { id: row.entryId });
  const names = entry ? await loadDelegationNames(manager, [entry]) : new Map<number, string>();
  return {
    meetingId,
    version: row.version,
    status: row.status,
    entryId: row.entryId,
    speaker: entry ? toEntryView(entry, names) : null,
    limitMs: row.limitMs,
    elapsedMs: row.elapsedMs,
    runningSince: row.runningSince,
    serverNow: nowMs,
    warningMs: conference.warningSeconds * 1000,
    message: row.message,
    interruptedEntryIds: row.interrupted.map((statement) => statement.entryId),
  };
}
