import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { Principal } from '../auth/principal';
import { ConferenceEntity } from '../conferences/conference.entity';
import { DelegationEntity, DelegationMembershipEntity } from '../conferences/delegation.entity';
import { Clock } from '../domain/clock';
import { DomainError } from '../domain/domain-error';
import { checkInscription } from '../domain/speakers/inscription-rules';
import { insertAt, moveEntry, placeByPolicy, removeEntry, swapEntries } from '../domain/speakers/speaking-order';
import { LivePublisher } from '../live/live-publisher';
import { MeetingEntity } from '../meetings/meeting.entity';
import { MeetingsService } from '../meetings/meetings.service';
import { CLOCK } from '../persistence/clock.provider';
import { TransactionRunner } from '../persistence/transaction-runner';
import type { SpeakerEntryView, SpeakersListView } from '../shared/api-types';
import { SpeakerEntryEntity } from './speaker-entry.entity';
import { InscribeDto, MoveDto, SwapDto } from './speakers.dto';
import { buildSpeakersListView } from './speakers-list.view';
import { assertVersion, bumpListVersion, loadWaiting, lockList, saveWaitingOrder } from './speakers-list.store';
import { SpeakersListEntity } from './speakers-list.entity';

interface MeetingContext {
  meeting: MeetingEntity;
  conference: ConferenceEntity;
}

@Injectable()
export class SpeakersService {
  constructor(
    private readonly meetings: MeetingsService,
    private readonly transactions: TransactionRunner,
    private readonly live: LivePublisher,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async snapshot(meetingId: number): Promise<SpeakersListView> {
    const { meeting } = await this.meetings.load(meetingId);
    return this.transactions.read((manager) => buildSpeakersListView(manager, meeting, this.clock.now()));
  }

  /** Inscribes, or returns the entry a retried request already created (`created: false`). */
  async inscribe(meetingId: number, principal: Principal, body: InscribeDto): Promise<{ entry: SpeakerEntryView; created: boolean }> {
    const context = await this.meetings.load(meetingId);
    if (context.meeting.cancelled) throw new DomainError('CONFLICT', `Meeting ${meetingId} is cancelled: its list takes no inscriptions`);
    const outcome = await this.transactions.write(async (manager) => {
      // Locked first, so a retry racing its original finds the entry instead of a duplicate requestId.
      const list = await lockList(manager, meetingId);
      const retried = body.requestId ? await this.findRetry(manager, meetingId, principal, body) : null;
      if (retried) return { entryId: retried.id, view: null };
      const entryId = await this.insertEntry(manager, context, list, principal, body);
      return { entryId, view: await buildSpeakersListView(manager, context.meeting, this.clock.now()) };
    });
    if (outcome.view) this.live.speakers(outcome.view);
    const list = outcome.view ?? (await this.snapshot(meetingId));
    return { entry: list.entries.find((entry) => entry.id === outcome.entryId)!, created: outcome.view !== null };
  }

  async withdraw(meetingId: number, entryId: number, principal: Principal, version?: number): Promise<SpeakersListView> {
    return this.changeList(meetingId, version, async (manager, waiting) => {
      const entry = await this.loadEntry(manager, meetingId, entryId);
      if (principal.role === 'delegate' && principal.delegationId !== entry.delegationId) {
        throw new DomainError('FORBIDDEN', 'A delegation can withdraw only its own entries');
      }
      if (entry.status !== 'waiting') {
        throw new DomainError('CONFLICT', `Entry ${entryId} is ${entry.status}, not waiting: it cannot be withdrawn`);
      }
      await manager.update(SpeakerEntryEntity, { id: entryId }, { status: 'withdrawn', position: null, pinned: false });
      await saveWaitingOrder(manager, waiting, removeEntry(waiting, entryId));
    });
  }

  move(meetingId: number, entryId: number, body: MoveDto): Promise<SpeakersListView> {
    return this.changeList(meetingId, body.version, (manager, waiting) =>
      saveWaitingOrder(manager, waiting, moveEntry(waiting, entryId, body.position)),
    );
  }

  swap(meetingId: number, body: SwapDto): Promise<SpeakersListView> {
    return this.changeList(meetingId, body.version, (manager, waiting) =>
      saveWaitingOrder(manager, waiting, swapEntries(waiting, body.entryIdA, body.entryIdB)),
    );
  }

  setClosed(meetingId: number, closed: boolean, version?: number): Promise<SpeakersListView> {
    return this.changeList(meetingId, version, async () => undefined, { closed });
  }

  /** Runs one list change in a transaction, bumps the version, then pushes the new list. */
  private async changeList(
    meetingId: number,
    version: number | undefined,
    change: (manager: EntityManager, waiting: SpeakerEntryEntity[]) => Promise<void>,
    listChanges: { closed?: boolean } = {},
  ): Promise<SpeakersListView> {
    const { meeting } = await this.meetings.load(meetingId);
    // The view is built inside the write: read after the commit, it could already show the next
    // write's version, and two answers and pushes would then report the same one.
    const view = await this.transactions.write(async (manager) => {
      const list = await lockList(manager, meetingId);
      assertVersion('speakers list', list.version, version);
      await change(manager, await loadWaiting(manager, meetingId));
      await bumpListVersion(manager, list, listChanges);
      return buildSpeakersListView(manager, meeting, this.clock.now());
    });
    this.live.speakers(view);
    return view;
  }

  private async findRetry(manager: EntityManager, meetingId: number, principal: Principal, body: InscribeDto) {
    const existing = await manager.findOneBy(SpeakerEntryEntity, { meetingId, requestId: body.requestId });
    if (!existing) return null;
    if (principal.role === 'delegate' && existing.delegationId !== principal.delegationId) {
      throw new DomainError('FORBIDDEN', 'This requestId belongs to another delegation');
    }
    if (existing.delegationId !== body.delegationId || existing.capacity !== body.capacity) {
      throw new DomainError('CONFLICT', `requestId "${body.requestId}" was already used for another request`);
    }
    return existing;
  }

  private async insertEntry(
    manager: EntityManager,
    { meeting, conference }: MeetingContext,
    list: SpeakersListEntity,
    principal: Principal,
    body: InscribeDto,
  ) {
    if (body.position !== undefined && principal.role !== 'officer') {
      throw new DomainError('FORBIDDEN', 'Only officers place an entry at a chosen position');
    }
    assertVersion('speakers list', list.version, body.version);
    const delegation = await this.loadDelegation(manager, conference.id, body.delegationId, 'delegationId');
    const onBehalfOf = body.onBehalfOfId ? await this.loadDelegation(manager, conference.id, body.onBehalfOfId, 'onBehalfOfId') : null;
    const memberships = await manager.findBy(DelegationMembershipEntity, { memberId: delegation.id });
    const existing = await manager.findBy(SpeakerEntryEntity, { meetingId: meeting.id });
    const { limitSeconds } = checkInscription({
      actor: principal.role === 'officer' ? { role: 'officer' } : { role: 'delegate', delegationId: principal.delegationId },
      delegation: { id: delegation.id, name: delegation.name, kind: delegation.kind, memberOf: memberships.map((m) => m.groupId) },
      capacity: body.capacity,
      onBehalfOf,
      limits: conference,
      listClosed: list.closed,
      existingEntries: existing,
    });
    const entry = await manager.save(
      SpeakerEntryEntity,
      manager.create(SpeakerEntryEntity, {
        meetingId: meeting.id,
        delegationId: delegation.id,
        capacity: body.capacity,
        onBehalfOfId: onBehalfOf?.id ?? null,
        status: 'waiting',
        position: null,
        pinned: false,
        limitSeconds,
        usedMs: 0,
        requestedAt: this.clock.now(),
        requestId: body.requestId ?? null,
        inscribedByRole: principal.role,
      }),
    );
    const waiting = (await loadWaiting(manager, meeting.id)).filter((row) => row.id !== entry.id);
    const order =
      body.position === undefined ? placeByPolicy(waiting, entry, conference.speakingOrder) : insertAt(waiting, entry, body.position);
    await saveWaitingOrder(manager, [...waiting, entry], order);
    await bumpListVersion(manager, list);
    return entry.id;
  }

  private async loadDelegation(manager: EntityManager, conferenceId: number, id: number, field: string) {
    const delegation = await manager.findOneBy(DelegationEntity, { id, conferenceId });
    if (!delegation) throw new DomainError('NOT_FOUND', `${field}: delegation ${id} is not part of this conference`);
    return delegation;
  }

  private async loadEntry(manager: EntityManager, meetingId: number, entryId: number): Promise<SpeakerEntryEntity> {
    const entry = await manager.findOneBy(SpeakerEntryEntity, { id: entryId, meetingId });
    if (!entry) throw new DomainError('NOT_FOUND', `Entry ${entryId} is not on this meeting's list`);
    return entry;
  }
}
