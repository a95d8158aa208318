import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ConferenceEntity } from '../conferences/conference.entity';
import { Clock } from '../domain/clock';
import { DomainError } from '../domain/domain-error';
import { isFloorCommand } from '../domain/meeting/meeting-command';
import type { MeetingState } from '../domain/meeting/meeting-state';
import { LivePublisher } from '../live/live-publisher';
import { CLOCK } from '../persistence/clock.provider';
import { TransactionRunner } from '../persistence/transaction-runner';
import { AppliedBatch, applyBatch, CommandOutcome, entryIdsNeeded, MeetingIntent } from './command-batch';
import { Directory, loadDirectory, loadMeetingRow, meetingSettings, MeetingSettings } from './meeting-settings';
import { MeetingStateStore } from './meeting-state.store';
import { floorView, forecastMoved, listView, nextView } from './meeting-views';
import { SharedRead } from './shared-read';

/** A meeting as it stands: its state and the settings its views read. */
export interface MeetingNow {
  state: MeetingState;
  settings: MeetingSettings;
}

export type Applied = MeetingNow & Extract<CommandOutcome, { ok: true }>;

/** A committed burst, for what follows the floor (timers, webhooks): each step and the settings it ran under. */
export interface Committed {
  meetingId: number;
  settings: MeetingSettings;
  steps: Extract<CommandOutcome, { ok: true }>[];
  after: MeetingState;
}

interface Waiting {
  intent: MeetingIntent;
  resolve(applied: Applied): void;
  reject(error: unknown): void;
}

/** Per meeting: the commands waiting their turn and, on sqlite, the state written through. */
interface Slot {
  queue: Waiting[];
  draining: boolean;
  cached: MeetingNow | null;
  /** Counts forget(): what was read before one must not be kept after it. */
  generation: number;
  loading: Promise<MeetingNow> | null;
  /** PostgreSQL: reads shared by joins that arrive together. */
  reads: SharedRead<MeetingNow>;
}

// Bounds one transaction; the rest of a larger burst goes in the next.
const MAX_BATCH = 1000;

/**
 * The meeting core: every command on a meeting's floor and list is loaded, decided (one pure
 * transition, src/domain/meeting/decide.ts), saved and published here.
 *
 * Commands on one meeting run in arrival order, and those that arrive while a transaction is
 * running are applied together in the next one (group commit): 193 inscriptions in one second are
 * a handful of commits, each request still answered on its own, after its commit.
 *
 * sqlite: this process owns the file, so the state stays in memory, written through: a read or a
 * join runs no query. PostgreSQL: other instances write too, so every burst reads the rows under
 * the list's row lock and nothing is answered from memory.
 */
@Injectable()
export class MeetingCore {
  private readonly slots = new Map<number, Slot>();
  private readonly conferences = new Map<number, Promise<{ conference: ConferenceEntity; directory: Directory }>>();
  private readonly committedListeners: ((committed: Committed) => void)[] = [];
  private readonly forgottenListeners: ((meetingId: number) => void)[] = [];

  constructor(
    private readonly transactions: TransactionRunner,
    private readonly store: MeetingStateStore,
    private readonly publisher: LivePublisher,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Queues a command; resolves once it is committed, rejects with its DomainError if refused. */
  async execute(meetingId: number, intent: MeetingIntent): Promise<Applied> {
    const slot = this.slotOf(meetingId);
    // Held to the floor as it was when the command arrived: two officers pressing Next at once get
    // one transition and one 409, never two speakers called.
    const heldToFloor = isFloorCommand(intent) && intent.kind !== 'time-signal';
    const version = intent.version ?? (heldToFloor ? await this.floorVersionNow(meetingId) : undefined);
    return new Promise<Applied>((resolve, reject) => {
      slot.queue.push({ intent: { ...intent, version }, resolve, reject });
      if (slot.draining) return;
      slot.draining = true;
      // After the requests read in this turn of the event loop, so that they start one burst together.
      setImmediate(() => void this.drain(meetingId, slot));
    });
  }

  /** The meeting now, for a read or a join: from memory on sqlite, freshly read on PostgreSQL. */
  current(meetingId: number): Promise<MeetingNow> {
    const slot = this.slotOf(meetingId);
    if (slot.cached) return Promise.resolve(slot.cached);
    const read = () => this.transactions.read((manager) => this.load(manager, meetingId, false));
    if (!this.transactions.queuesTransactions) return slot.reads.next(read);
    // Everyone who asks before the first read ends shares it, so commands that arrived together
    // are held to the same floor version.
    const generation = slot.generation;
    slot.loading ??= read().then(
      (loaded) => {
        slot.loading = null;
        if (slot.generation !== generation) return loaded;
        slot.cached ??= loaded;
        return slot.cached;
      },
      (error: unknown) => {
        slot.loading = null;
        throw error;
      },
    );
    return slot.loading;
  }

  /** Called after every committed burst, in commit order. */
  onCommitted(listener: (committed: Committed) => void): void {
    this.committedListeners.push(listener);
  }

  /** Called after a meeting's settings changed elsewhere (see forget). */
  onForgotten(listener: (meetingId: number) => void): void {
    this.forgottenListeners.push(listener);
  }

  /** Drops what is kept of a conference whose settings changed, and of its meetings. */
  forgetConference(conferenceId: number): void {
    this.conferences.delete(conferenceId);
    // Every meeting held, cached or not: on PostgreSQL nothing is cached, yet running timers must re-read their mode.
    for (const [meetingId, slot] of this.slots) {
      if (!slot.cached || slot.cached.settings.conferenceId === conferenceId) this.forget(meetingId);
    }
  }

  /** Drops what is kept of a meeting whose row changed elsewhere (timetable edits, removal). */
  forget(meetingId: number): void {
    const slot = this.slots.get(meetingId);
    if (slot) {
      slot.cached = null;
      slot.generation += 1;
    }
    this.publisher.forget(meetingId);
    for (const listener of this.forgottenListeners) listener(meetingId);
  }

  private slotOf(meetingId: number): Slot {
    let slot = this.slots.get(meetingId);
    if (!slot) this.slots.set(meetingId, (slot = { queue: [], draining: false, cached: null, generation: 0, loading: null, reads: new SharedRead() }));
    return slot;
  }

  private async floorVersionNow(meetingId: number): Promise<number | undefined> {
    if (!this.transactions.queuesTransactions) return this.store.committedFloorVersion(meetingId);
    return (await this.current(meetingId)).state.floorVersion;
  }

  private async drain(meetingId: number, slot: Slot): Promise<void> {
    try {
      while (slot.queue.length > 0) await this.runBatch(meetingId, slot, slot.queue.splice(0, MAX_BATCH));
    } finally {
      slot.draining = false;
    }
  }

  private async runBatch(meetingId: number, slot: Slot, batch: Waiting[]): Promise<void> {
    let applied: AppliedBatch & { settings: MeetingSettings };
    const generation = slot.generation;
    try {
      applied = await this.transactions.write(async (manager) => {
        const { state, settings } = slot.cached ?? (await this.load(manager, meetingId, true));
        const entryIds = await this.store.allocateEntryIds(manager, entryIdsNeeded(batch.map((waiting) => waiting.intent)));
        const result = applyBatch(state, batch.map((waiting) => waiting.intent), settings.rules, entryIds, () => this.clock.now());
        await this.store.saveChanges(manager, result.before, result.after, result.records);
        return { ...result, settings };
      });
    } catch (error) {
      // Nothing of the burst was committed: what is in memory may be ahead of the database.
      slot.cached = null;
      for (const waiting of batch) waiting.reject(error);
      return;
    }
    const { settings, after } = applied;
    if (this.transactions.queuesTransactions && slot.generation === generation) slot.cached = { state: after, settings };
    applied.outcomes.forEach((outcome, index) => {
      if (outcome.ok) batch[index].resolve({ ...outcome, state: outcome.decision.state, settings });
      else batch[index].reject(outcome.error);
    });
    this.publish(applied.outcomes, settings);
    const steps = applied.outcomes.filter((outcome): outcome is Extract<CommandOutcome, { ok: true }> => outcome.ok);
    for (const listener of this.committedListeners) listener({ meetingId, settings, steps, after });
  }

  /**
   * Every floor state in turn (each is small, and a display counts from it); the list once, merged,
   * as the last command of the burst that changed it, or moved its forecast, left it, built (only
   * when it goes out) as that command's answer was.
   */
  private publish(outcomes: CommandOutcome[], settings: MeetingSettings): void {
    let lastListChange: Extract<CommandOutcome, { ok: true }> | null = null;
    for (const outcome of outcomes) {
      if (!outcome.ok) continue;
      const { decision, before, nowMs } = outcome;
      if (decision.floorChanged) this.publisher.floor(floorView(decision.state, settings.view, nowMs));
      if (decision.listChanged || (decision.floorChanged && forecastMoved(before, decision.state, settings.view, nowMs))) lastListChange = outcome;
    }
    if (lastListChange) {
      const { decision, nowMs } = lastListChange;
      this.publisher.listChanged(decision.state.meetingId, {
        list: () => listView(decision.state, settings.view, nowMs),
        next: (count) => nextView(decision.state, count, settings.view),
      });
    }
  }

  private async load(manager: EntityManager, meetingId: number, lock: boolean): Promise<MeetingNow> {
    const meeting = await loadMeetingRow(manager, meetingId);
    const state = await this.store.loadMeeting(manager, meetingId, { lock });
    const { conference, directory } = await this.conferenceOf(manager, meeting.conferenceId);
    // PostgreSQL: another instance may have changed the conference's settings; the row is one cheap read.
    const settingsRow = this.transactions.queuesTransactions ? conference : await this.conferenceRow(manager, meeting.conferenceId);
    return { state, settings: meetingSettings(meeting, settingsRow, directory) };
  }

  private async conferenceRow(manager: EntityManager, conferenceId: number): Promise<ConferenceEntity> {
    const conference = await manager.findOneBy(ConferenceEntity, { id: conferenceId });
    if (!conference) throw new DomainError('CONFERENCE_NOT_FOUND', `Conference ${conferenceId} not found`);
    return conference;
  }

  // Delegations are seeded, and no route changes them while the server runs; settings changes call forgetConference.
  private conferenceOf(manager: EntityManager, conferenceId: number) {
    let cached = this.conferences.get(conferenceId);
    if (!cached) {
      cached = (async () => {
        const conference = await this.conferenceRow(manager, conferenceId);
        return { conference, directory: await loadDirectory(manager, conferenceId) };
      })();
      this.conferences.set(conferenceId, cached);
      cached.catch(() => this.conferences.delete(conferenceId));
    }
    return cached;
  }
}
