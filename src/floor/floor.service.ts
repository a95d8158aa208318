import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Clock } from '../domain/clock';
import { DomainError } from '../domain/domain-error';
import type { EndedStatement, Floor } from '../domain/timer/floor-state';
import { callNext, skipSpeaker } from '../domain/timer/floor-transitions';
import { extendTimer, pauseTimer, resumeTimer, setSpeakerMessage, startTimer, stopTimer } from '../domain/timer/timer';
import { LivePublisher } from '../live/live-publisher';
import { MeetingsService } from '../meetings/meetings.service';
import { CLOCK } from '../persistence/clock.provider';
import { TransactionRunner } from '../persistence/transaction-runner';
import type { FloorStateView } from '../shared/api-types';
import { SpeakerEntryEntity } from '../speakers/speaker-entry.entity';
import { buildSpeakersListView } from '../speakers/speakers-list.view';
import { assertVersion, bumpListVersion, loadWaiting, lockList, saveWaitingOrder } from '../speakers/speakers-list.store';
import { FloorEntity } from './floor.entity';
import { buildFloorView, toDomainFloor } from './floor.view';
import { StatementEntity } from './statement.entity';

export type FloorCommand =
  | { kind: 'start' | 'pause' | 'resume' | 'stop' | 'next' }
  | { kind: 'extend'; seconds: number }
  | { kind: 'skip'; after?: number }
  | { kind: 'message'; text: string | null };

interface Transition {
  floor: Floor;
  listChanged: boolean;
}

@Injectable()
export class FloorService implements OnModuleInit {
  /**
   * The floor version last committed, per meeting. A command that carries no version is held to the
   * state when it arrived: two officers pressing Next at once get one transition and one 409,
   * never two speakers called. Kept only on sqlite, where this process queues every transaction (a
   * read at arrival would wait behind the first Next); on PostgreSQL other instances commit too, so
   * the committed row is read at arrival instead.
   */
  private readonly committedVersions = new Map<number, number>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly meetings: MeetingsService,
    private readonly transactions: TransactionRunner,
    private readonly live: LivePublisher,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async onModuleInit(): Promise<void> {
    if (!this.transactions.queuesTransactions) return;
    const rows = await this.dataSource.getRepository(FloorEntity).find({ select: { meetingId: true, version: true } });
    for (const row of rows) this.committedVersions.set(row.meetingId, row.version);
  }

  async snapshot(meetingId: number): Promise<FloorStateView> {
    const { conference } = await this.meetings.load(meetingId);
    return this.transactions.read((manager) => buildFloorView(manager, meetingId, conference, this.clock.now()));
  }

  async command(meetingId: number, command: FloorCommand, sentVersion?: number): Promise<FloorStateView> {
    const expectedVersion = sentVersion ?? (await this.committedVersion(meetingId));
    const { meeting, conference } = await this.meetings.load(meetingId);
    const { view, list } = await this.transactions.write(async (manager) => {
      const row = await manager.findOneByOrFail(FloorEntity, { meetingId });
      assertVersion('floor', row.version, expectedVersion);
      const now = this.clock.now();
      const transition = await this.apply(manager, meetingId, toDomainFloor(row), command, now);
      const saved = await manager.update(FloorEntity, { meetingId, version: row.version }, { ...transition.floor, version: row.version + 1 });
      if (saved.affected !== 1) throw new DomainError('STALE_VERSION', 'The floor changed while this command ran: reload and retry');
      // Both views as this write committed them (see SpeakersService.changeList).
      const list = transition.listChanged ? await buildSpeakersListView(manager, meeting, now) : null;
      return { view: await buildFloorView(manager, meetingId, conference, now), list };
    });
    if (this.transactions.queuesTransactions) this.committedVersions.set(meetingId, view.version);
    this.live.floor(view);
    if (list) this.live.speakers(list);
    return view;
  }

  private async committedVersion(meetingId: number): Promise<number | undefined> {
    if (this.transactions.queuesTransactions) return this.committedVersions.get(meetingId);
    const row = await this.dataSource.getRepository(FloorEntity).findOne({ select: { version: true }, where: { meetingId } });
    return row?.version;
  }

  private async apply(manager: EntityManager, meetingId: number, floor: Floor, command: FloorCommand, now: number): Promise<Transition> {
    switch (command.kind) {
      case 'start':
        return { floor: startTimer(floor, now), listChanged: false };
      case 'pause':
        return { floor: pauseTimer(floor, now), listChanged: false };
      case 'resume':
        return { floor: resumeTimer(floor, now), listChanged: false };
      case 'extend':
        return { floor: extendTimer(floor, command.seconds), listChanged: false };
      case 'message':
        return { floor: setSpeakerMessage(floor, command.text), listChanged: false };
      case 'stop': {
        const stopped = stopTimer(floor, now);
        await this.recordStatement(manager, meetingId, stopped.ended);
        await this.changeEntries(manager, meetingId, async () => {
          await manager.update(SpeakerEntryEntity, { id: stopped.ended.entryId }, { status: 'done', position: null });
        });
        return { floor: stopped.floor, listChanged: true };
      }
      case 'next':
        return { floor: await this.next(manager, meetingId, floor, now), listChanged: true };
      case 'skip':
        return { floor: await this.skip(manager, meetingId, floor, command.after ?? 1, now), listChanged: true };
      default: {
        const unknown: never = command;
        throw new Error(`Unknown floor command ${JSON.stringify(unknown)}`);
      }
    }
  }

  private async next(manager: EntityManager, meetingId: number, floor: Floor, now: number): Promise<Floor> {
    let called: Floor = floor;
    await this.changeEntries(manager, meetingId, async (waiting) => {
      const head = waiting[0];
      const outcome = callNext(
        floor,
        head ? { entryId: head.id, capacity: head.capacity, limitSeconds: head.limitSeconds, usedMs: head.usedMs } : null,
        now,
      );
      if (outcome.ended) await this.recordStatement(manager, meetingId, outcome.ended);
      if (outcome.doneEntryId !== null) {
        await manager.update(SpeakerEntryEntity, { id: outcome.doneEntryId, status: 'speaking' }, { status: 'done', position: null });
      }
      await this.takeFromQueue(manager, waiting, waiting, outcome.calledEntryId);
      called = outcome.floor;
    });
    return called;
  }

  private async skip(manager: EntityManager, meetingId: number, floor: Floor, after: number, now: number): Promise<Floor> {
    const { floor: emptied, skippedEntryId, usedMs } = skipSpeaker(floor, now);
    let called: Floor = emptied;
    await this.changeEntries(manager, meetingId, async (waiting) => {
      const skipped = await manager.findOneByOrFail(SpeakerEntryEntity, { id: skippedEntryId });
      const requeued = { ...skipped, status: 'waiting' as const, usedMs, pinned: true };
      const order = [...waiting];
      order.splice(Math.min(after, waiting.length), 0, requeued);
      const head = order[0];
      const outcome = callNext(
        emptied,
        head.id === skippedEntryId ? null : { entryId: head.id, capacity: head.capacity, limitSeconds: head.limitSeconds, usedMs: head.usedMs },
        now,
      );
      await manager.update(SpeakerEntryEntity, { id: skippedEntryId }, { status: 'waiting', usedMs });
      await this.takeFromQueue(manager, [...waiting, { ...skipped, position: null }], order, outcome.calledEntryId);
      called = outcome.floor;
    });
    return called;
  }

  /** Saves the queue without the entry called to the floor, which becomes the speaker. */
  private async takeFromQueue(
    manager: EntityManager,
    before: SpeakerEntryEntity[],
    order: SpeakerEntryEntity[],
    calledEntryId: number | null,
  ): Promise<void> {
    if (calledEntryId !== null) {
      await manager.update(SpeakerEntryEntity, { id: calledEntryId }, { status: 'speaking', position: null, pinned: false });
    }
    await saveWaitingOrder(manager, before, order.filter((entry) => entry.id !== calledEntryId));
  }

  /** A list change made by the floor: same transaction, list version bumped once. */
  private async changeEntries(
    manager: EntityManager,
    meetingId: number,
    change: (waiting: SpeakerEntryEntity[]) => Promise<void>,
  ): Promise<void> {
    const list = await lockList(manager, meetingId);
    await change(await loadWaiting(manager, meetingId));
    await bumpListVersion(manager, list);
  }

  private async recordStatement(manager: EntityManager, meetingId: number, ended: EndedStatement): Promise<void> {
    const entry = await manager.findOneByOrFail(SpeakerEntryEntity, { id: ended.entryId });
    await manager.insert(StatementEntity, {
      meetingId,
      entryId: entry.id,
      delegationId: entry.delegationId,
      capacity: entry.capacity,
      onBehalfOfId: entry.onBehalfOfId,
      limitMs: ended.limitMs,
      usedMs: ended.usedMs,
      overtimeMs: ended.overtimeMs,
      startedAt: ended.startedAt,
      endedAt: ended.endedAt,
      interruptions: ended.interruptions,
    });
  }
}
