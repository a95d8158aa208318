import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Clock } from '../domain/clock';
import { nextSignalAt } from '../domain/timer/enforcement';
import { FloorEntity } from '../floor/floor.entity';
import { CLOCK } from '../persistence/clock.provider';
import { TransactionRunner } from '../persistence/transaction-runner';
import { MeetingCore, MeetingNow } from './meeting-core.service';

// PostgreSQL: how often every instance looks for running statements another instance left
// unwatched (it stopped); the moment itself is fired exactly once by the meeting core.
const SWEEP_INTERVAL_MS = 5_000;
const RETRY_AFTER_FAILURE_MS = 1_000;

/**
 * The server keeps time: for each running statement, a timer for its next moment (amber, zero,
 * cut-off) runs the meeting core's `time-signal` command, with no page open. At start-up every
 * running statement is picked up again, and a moment that passed while the server was down fires
 * at once. Any instance may fire: the command reads the floor under the meeting's lock and does
 * nothing when the moment was already acted on.
 */
@Injectable()
export class FloorTimers implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(FloorTimers.name);
  private readonly timers = new Map<number, { atMs: number; handle: NodeJS.Timeout }>();
  private sweep: NodeJS.Timeout | null = null;
  private stopped = false;

  constructor(
    private readonly core: MeetingCore,
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    this.core.onCommitted(({ meetingId, after, settings }) => this.track(meetingId, { state: after, settings }));
    this.core.onForgotten((meetingId) => void this.refresh(meetingId));
    await this.pickUpRunning();
    if (!this.transactions.queuesTransactions) {
      this.sweep = setInterval(() => void this.pickUpRunning(), SWEEP_INTERVAL_MS);
      this.sweep.unref();
    }
  }

  onModuleDestroy(): void {
    this.stopped = true;
    if (this.sweep) clearInterval(this.sweep);
    for (const { handle } of this.timers.values()) clearTimeout(handle);
    this.timers.clear();
  }

  /** Re-reads a meeting whose settings changed (its mode, its grace) and sets its timer again. */
  async refresh(meetingId: number): Promise<void> {
    try {
      this.track(meetingId, await this.core.current(meetingId));
    } catch {
      this.clear(meetingId);
    }
  }

  private async pickUpRunning(): Promise<void> {
    try {
      const running = await this.dataSource.getRepository(FloorEntity).find({ select: { meetingId: true }, where: { status: 'running' } });
      await Promise.all(running.filter(({ meetingId }) => !this.timers.has(meetingId)).map(({ meetingId }) => this.refresh(meetingId)));
    } catch (error) {
      this.logger.warn(`Could not look for running statements: ${(error as Error).message}`);
    }
  }

  private track(meetingId: number, { state, settings }: MeetingNow): void {
    const atMs = nextSignalAt(state.floor, settings.rules);
    const current = this.timers.get(meetingId);
    if (current?.atMs === atMs) return;
    this.clear(meetingId);
    if (atMs === null || this.stopped) return;
    this.arm(meetingId, atMs, Math.max(0, atMs - this.clock.now()));
  }

  private arm(meetingId: number, atMs: number, delayMs: number): void {
    const handle = setTimeout(() => {
      this.timers.delete(meetingId);
      void this.fire(meetingId, atMs);
    }, delayMs);
    this.timers.set(meetingId, { atMs, handle });
  }

  private async fire(meetingId: number, atMs: number): Promise<void> {
    try {
      // The committed burst re-arms the timer (onCommitted), also when nothing was due yet.
      await this.core.execute(meetingId, { kind: 'time-signal' });
    } catch (error) {
      if (this.stopped) return;
      this.logger.warn(`Timer of meeting ${meetingId} failed (${(error as Error).message}); retrying`);
      if (!this.timers.has(meetingId)) this.arm(meetingId, atMs, RETRY_AFTER_FAILURE_MS);
    }
  }

  private clear(meetingId: number): void {
    const current = this.timers.get(meetingId);
    if (current) clearTimeout(current.handle);
    this.timers.delete(meetingId);
  }
}
