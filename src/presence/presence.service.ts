import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import type { Principal } from '../auth/principal';
import { DelegationEntity } from '../conferences/delegation.entity';
import { Clock } from '../domain/clock';
import { DomainError, invalidInput } from '../domain/domain-error';
import { declarePresence, NO_PRESENCE, PresenceRecord, presenceOf } from '../domain/presence/presence';
import { LivePublisher, MeetingPage } from '../live/live-publisher';
import { MeetingCore } from '../meeting-core/meeting-core.service';
import { MeetingsService } from '../meetings/meetings.service';
import { CLOCK } from '../persistence/clock.provider';
import { TransactionRunner } from '../persistence/transaction-runner';
import type { PresenceView } from '../shared/api-types';
import { DelegationPresenceEntity } from './delegation-presence.entity';
import type { DeclarePresence } from './presence.dto';
import { toPresenceRecord, toPresenceView } from './presence-mapper';

/**
 * Pages that join or leave together (a reload, a second tab) settle this long before the
 * delegation's online state is read: one push for the lot, read after all of them.
 */
export const PAGES_SETTLE_MS = 50;

const joinedAtOf = (pages: readonly MeetingPage[]) => pages.map((page) => page.joinedAt);

/**
 * Each delegation's presence in a meeting: online derived from its pages connected to the meeting
 * (on every instance), mode and ready as it declared them (kept in the database). Officers get
 * every change as presence:update.
 */
@Injectable()
export class PresenceService implements OnModuleDestroy {
  private readonly logger = new Logger('Presence');
  private readonly settling = new Map<string, ReturnType<typeof setTimeout>>();
  /** The last row this instance pushed, by meeting and delegation: what did not change is not pushed. */
  private readonly pushed = new Map<string, PresenceView>();
  /** Shutting down: the pages dropped by the closing server change nobody's presence. */
  private stopped = false;

  constructor(
    @InjectRepository(DelegationPresenceEntity) private readonly rows: Repository<DelegationPresenceEntity>,
    @InjectRepository(DelegationEntity) private readonly delegations: Repository<DelegationEntity>,
    private readonly transactions: TransactionRunner,
    private readonly meetings: MeetingsService,
    private readonly core: MeetingCore,
    private readonly publisher: LivePublisher,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Every delegation seen on line in the meeting, that declared anything, or that is waiting or speaking on its list. */
  async list(meetingId: number): Promise<PresenceView[]> {
    const [{ state }, rows, pages] = await Promise.all([this.core.current(meetingId), this.rows.findBy({ meetingId }), this.publisher.pagesOf(meetingId)]);
    const records = new Map(rows.map((row) => [row.delegationId, toPresenceRecord(row)]));
    const listed = state.entries.filter((entry) => entry.status === 'waiting' || entry.status === 'speaking').map((entry) => entry.delegationId);
    const ids = [...new Set([...records.keys(), ...pages.map((page) => page.delegationId), ...listed])].sort((a, b) => a - b);
    return ids.map((id) =>
      toPresenceView(id, presenceOf(records.get(id) ?? NO_PRESENCE, joinedAtOf(pages.filter((page) => page.delegationId === id)))),
    );
  }

  async ownPresence(meetingId: number, delegationId: number): Promise<PresenceView> {
    const [row, pages] = await Promise.all([this.rows.findOneBy({ meetingId, delegationId }), this.publisher.pagesOf(meetingId, delegationId)]);
    return toPresenceView(delegationId, presenceOf(row ? toPresenceRecord(row) : NO_PRESENCE, joinedAtOf(pages)));
  }

  async declare(meetingId: number, principal: Principal, declaration: DeclarePresence): Promise<PresenceView> {
    const delegationId = await this.delegationFor(meetingId, principal, declaration.delegationId);
    const nowMs = this.clock.now();
    const record = await this.update(meetingId, delegationId, (current) => declarePresence(current, declaration, nowMs));
    return this.push(meetingId, delegationId, record, await this.publisher.pagesOf(meetingId, delegationId));
  }

  /** A delegate page joined or left the meeting: once the pages settle, push the delegation's presence if it changed. */
  pagesChanged(meetingId: number, delegationId: number): void {
    const key = `${meetingId}:${delegationId}`;
    if (this.stopped || this.settling.has(key)) return;
    const timer = setTimeout(() => {
      this.settling.delete(key);
      this.refreshOnline(meetingId, delegationId).catch((error: unknown) =>
        this.logger.error(`Presence of delegation ${delegationId} in meeting ${meetingId}: ${error instanceof Error ? error.message : String(error)}`),
      );
    }, PAGES_SETTLE_MS);
    this.settling.set(key, timer);
  }

  onModuleDestroy(): void {
    this.stopped = true;
    for (const timer of this.settling.values()) clearTimeout(timer);
    this.settling.clear();
  }

  private async refreshOnline(meetingId: number, delegationId: number): Promise<void> {
    const pages = await this.publisher.pagesOf(meetingId, delegationId);
    const wentOffline = pages.length === 0 && this.pushed.get(`${meetingId}:${delegationId}`)?.online !== false;
    const nowMs = this.clock.now();
    const record = wentOffline
      ? await this.update(meetingId, delegationId, (current) => ({ ...current, offlineSince: nowMs }))
      : await this.rows.findOneBy({ meetingId, delegationId }).then((row) => (row ? toPresenceRecord(row) : NO_PRESENCE));
    this.push(meetingId, delegationId, record, pages);
  }

  private push(meetingId: number, delegationId: number, record: PresenceRecord, pages: readonly MeetingPage[]): PresenceView {
    const view = toPresenceView(delegationId, presenceOf(record, joinedAtOf(pages)));
    const key = `${meetingId}:${delegationId}`;
    if (JSON.stringify(this.pushed.get(key)) !== JSON.stringify(view)) {
      this.pushed.set(key, view);
      this.publisher.presence(meetingId, view);
    }
    return view;
  }

  /** Reads, changes and writes one delegation's record, creating it on first use; PostgreSQL locks the row meanwhile. */
  private update(meetingId: number, delegationId: number, change: (record: PresenceRecord) => PresenceRecord): Promise<PresenceRecord> {
    return this.transactions.write(async (manager: EntityManager) => {
      await manager.createQueryBuilder().insert().into(DelegationPresenceEntity).values({ meetingId, delegationId }).orIgnore().execute();
      const postgres = manager.connection.options.type === 'postgres';
      const row = await manager.findOneOrFail(DelegationPresenceEntity, {
        where: { meetingId, delegationId },
        ...(postgres ? { lock: { mode: 'pessimistic_write' as const } } : {}),
      });
      const next = change(toPresenceRecord(row));
      await manager.update(DelegationPresenceEntity, { id: row.id }, next);
      return next;
    });
  }

  private async delegationFor(meetingId: number, principal: Principal, named: number | undefined): Promise<number> {
    const { meeting } = await this.meetings.load(meetingId);
    if (principal.role === 'delegate') {
      if (named !== undefined && named !== principal.delegationId) {
        throw new DomainError('OWN_DELEGATION_ONLY', 'A delegation sets its own presence only');
      }
      if (!(await this.delegations.existsBy({ id: principal.delegationId, conferenceId: meeting.conferenceId }))) {
        throw new DomainError('OTHER_CONFERENCE', `Meeting ${meetingId} belongs to another conference than your delegation`);
      }
      return principal.delegationId;
    }
    if (named === undefined) throw invalidInput([{ field: 'delegationId', code: 'REQUIRED', message: 'required when an officer sets a presence' }]);
    if (!(await this.delegations.existsBy({ id: named, conferenceId: meeting.conferenceId }))) {
      throw new DomainError('DELEGATION_NOT_FOUND', `Delegation ${named} not found in this meeting's conference`);
    }
    return named;
  }
}
