import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { DomainError } from '../domain/domain-error';
import { changedEntries } from '../domain/meeting/entry-updates';
import type { ListEntry, MeetingState } from '../domain/meeting/meeting-state';
import type { EndedStatement, Floor } from '../domain/timer/floor-state';
import { FloorEntity } from '../floor/floor.entity';
import { StatementEntity } from '../floor/statement.entity';
import { declaredModes } from '../presence/speaker-modes';
import { SpeakerEntryEntity } from '../speakers/speaker-entry.entity';
import { SpeakersListEntity } from '../speakers/speakers-list.entity';

/** Statements a burst ended, and those its undos took back. */
export interface StatementRecords {
  ended: readonly EndedStatement[];
  retracted: readonly EndedStatement[];
}

const isPostgres = (manager: EntityManager) => manager.connection.options.type === 'postgres';

// sqlite allows 32,766 bound values per statement, PostgreSQL 65,535; 13 columns an entry.
const INSERT_CHUNK = 500;
const ENTRY_COLUMNS = [
  'id',
  'meetingId',
  'delegationId',
  'capacity',
  'onBehalfOfId',
  'status',
  'position',
  'pinned',
  'limitSeconds',
  'usedMs',
  'requestedAt',
  'requestId',
  'inscribedByRole',
] as const;

/**
 * New entries with the ids the decision gave them. Written by hand because TypeORM leaves a
 * generated id out of its INSERT on PostgreSQL and the sequence would pick another.
 */
async function insertEntries(manager: EntityManager, meetingId: number, entries: readonly ListEntry[]): Promise<void> {
  const postgres = isPostgres(manager);
  const values: unknown[] = [];
  const rows = entries.map((entry) => {
    const row = { ...entry, meetingId, pinned: postgres ? entry.pinned : Number(entry.pinned) };
    const placeholders = ENTRY_COLUMNS.map((column) => {
      values.push(row[column]);
      return postgres ? `$${values.length}` : '?';
    });
    return `(${placeholders.join(', ')})`;
  });
  const columns = ENTRY_COLUMNS.map((column) => `"${column}"`).join(', ');
  await manager.query(`INSERT INTO "speaker_entry" (${columns}) VALUES ${rows.join(', ')}`, values);
}

function toFloor(row: FloorEntity): Floor {
  const { status, entryId, limitMs, elapsedMs, runningSince, statementStartedAt, interruptions, message, interrupted, signalled, backFromPointOfOrder } = row;
  return { status, entryId, limitMs, elapsedMs, runningSince, statementStartedAt, interruptions, message, interrupted, signalled, backFromPointOfOrder };
}

function toEntry(row: SpeakerEntryEntity): ListEntry {
  const { id, delegationId, capacity, onBehalfOfId, status, position, pinned, limitSeconds, usedMs, requestedAt, requestId, inscribedByRole } = row;
  return { id, delegationId, capacity, onBehalfOfId, status, position, pinned, limitSeconds, usedMs, requestedAt, requestId, inscribedByRole };
}

/** The rows of a meeting's floor and list, read and written as one MeetingState. */
@Injectable()
export class MeetingStateStore {
  /** sqlite: this process is the only writer of the file, so it hands out entry ids itself. */
  private nextEntryId: number | null = null;

  constructor(private readonly dataSource: DataSource) {}

  /**
   * The meeting's state. With `lock` on PostgreSQL the list row is locked (SELECT ... FOR UPDATE)
   * until the transaction ends, so writers of one meeting, on any instance, take turns and each
   * reads what the previous one committed. sqlite needs no lock: TransactionRunner runs one
   * transaction at a time.
   */
  async loadMeeting(manager: EntityManager, meetingId: number, { lock }: { lock: boolean }): Promise<MeetingState> {
    const list = await manager.findOne(SpeakersListEntity, {
      where: { meetingId },
      ...(lock && isPostgres(manager) ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!list) throw new DomainError('MEETING_NOT_FOUND', `Meeting ${meetingId} not found`);
    const floor = await manager.findOneByOrFail(FloorEntity, { meetingId });
    const entries = await manager.find(SpeakerEntryEntity, { where: { meetingId }, order: { id: 'ASC' } });
    return {
      meetingId,
      listVersion: list.version,
      closed: list.closed,
      entries: entries.map(toEntry),
      floorVersion: floor.version,
      floor: toFloor(floor),
      undo: floor.undo,
      overlayOnAir: floor.overlayOnAir,
    };
  }

  /** Ids for entries about to be created, in order. */
  async allocateEntryIds(manager: EntityManager, count: number): Promise<number[]> {
    if (count === 0) return [];
    if (isPostgres(manager)) {
      const rows: { id: string }[] = await manager.query(
        `SELECT nextval(pg_get_serial_sequence('speaker_entry', 'id')) AS id FROM generate_series(1, $1)`,
        [count],
      );
      return rows.map((row) => Number(row.id));
    }
    if (this.nextEntryId === null) {
      const [{ maxId }] = await manager.query(`SELECT MAX(id) AS maxId FROM speaker_entry`);
      const [sequence] = await manager.query(`SELECT seq FROM sqlite_sequence WHERE name = 'speaker_entry'`);
      this.nextEntryId = Math.max(Number(maxId ?? 0), Number(sequence?.seq ?? 0)) + 1;
    }
    const first = this.nextEntryId;
    this.nextEntryId += count;
    return Array.from({ length: count }, (_, index) => first + index);
  }

  /** The floor version committed now (PostgreSQL: other instances commit too). */
  async committedFloorVersion(meetingId: number): Promise<number | undefined> {
    const row = await this.dataSource.getRepository(FloorEntity).findOne({ select: { version: true }, where: { meetingId } });
    return row?.version;
  }

  /**
   * Writes what changed from `before` to `after` (one command or a whole burst). Each half's row is
   * updated only on the version that was read, so a writer that raced this one makes it fail.
   */
  async saveChanges(manager: EntityManager, before: MeetingState, after: MeetingState, records: StatementRecords): Promise<void> {
    const { added, updated } = changedEntries(before.entries, after.entries);
    for (let start = 0; start < added.length; start += INSERT_CHUNK) {
      await insertEntries(manager, after.meetingId, added.slice(start, start + INSERT_CHUNK));
    }
    for (const { id, status, position, pinned, usedMs } of updated) {
      await manager.update(SpeakerEntryEntity, { id }, { status, position, pinned, usedMs });
    }
    if (after.listVersion !== before.listVersion) {
      const saved = await manager.update(
        SpeakersListEntity,
        { meetingId: after.meetingId, version: before.listVersion },
        { version: after.listVersion, closed: after.closed },
      );
      if (saved.affected !== 1) throw new DomainError('STALE_VERSION', 'The speakers list changed while this request ran: reload and retry');
    }
    // A timer signal and the on-air switch change the floor's row without a new version.
    const floorRowChanged = after.floor !== before.floor || after.undo !== before.undo || after.overlayOnAir !== before.overlayOnAir;
    if (after.floorVersion !== before.floorVersion || floorRowChanged) {
      const row = { ...after.floor, undo: after.undo, overlayOnAir: after.overlayOnAir, version: after.floorVersion } as QueryDeepPartialEntity<FloorEntity>;
      const saved = await manager.update(FloorEntity, { meetingId: after.meetingId, version: before.floorVersion }, row);
      if (saved.affected !== 1) throw new DomainError('STALE_VERSION', 'The floor changed while this command ran: reload and retry');
    }
    for (const { entryId, endedAt } of records.retracted) {
      await manager.delete(StatementEntity, { meetingId: after.meetingId, entryId, endedAt });
    }
    const byId = new Map(after.entries.map((entry) => [entry.id, entry]));
    const modes = await declaredModes(manager, after.meetingId, records.ended.map((statement) => byId.get(statement.entryId)!.delegationId));
    const rows = records.ended.map((statement) => {
      const entry = byId.get(statement.entryId)!;
      return {
        meetingId: after.meetingId,
        entryId: entry.id,
        delegationId: entry.delegationId,
        capacity: entry.capacity,
        onBehalfOfId: entry.onBehalfOfId,
        limitMs: statement.limitMs,
        usedMs: statement.usedMs,
        overtimeMs: statement.overtimeMs,
        startedAt: statement.startedAt,
        endedAt: statement.endedAt,
        interruptions: statement.interruptions,
        endedBy: statement.endedBy,
        speakerMode: modes.get(entry.delegationId) ?? null,
      };
    });
    if (rows.length > 0) await manager.insert(StatementEntity, rows);
  }
}
