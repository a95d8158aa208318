import { Inject, Injectable } from '@nestjs/common';
import { EntityManager, Not } from 'typeorm';
import { ConferenceEntity } from '../conferences/conference.entity';
import { ConferencesService } from '../conferences/conferences.service';
import type { Clock } from '../domain/clock';
import { DomainError } from '../domain/domain-error';
import { planRehearsal } from '../domain/timetable/rehearsal';
import { FloorEntity } from '../floor/floor.entity';
import { StatementEntity } from '../floor/statement.entity';
import { LiveAccess } from '../live/live-access';
import { MeetingCore } from '../meeting-core/meeting-core.service';
import { CLOCK } from '../persistence/clock.provider';
import { TransactionRunner } from '../persistence/transaction-runner';
import { ScreenLinkEntity } from '../screens/screen-link.entity';
import type { MeetingView } from '../shared/api-types';
import { SpeakerEntryEntity } from '../speakers/speaker-entry.entity';
import { SpeakersListEntity } from '../speakers/speakers-list.entity';
import { createMeetingRows } from './create-meeting-rows';
import { MeetingEntity } from './meeting.entity';
import type { CreateMeetingBody, UpdateMeetingBody } from './meetings.dto';
import { MeetingsService } from './meetings.service';
import { resolveMeetingDraft } from './resolve-meeting-draft';

/** Officers' timetable writes. `slug` null: the /api/meetings/:id routes, any conference. */
@Injectable()
export class MeetingWritesService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly conferences: ConferencesService,
    private readonly meetings: MeetingsService,
    private readonly core: MeetingCore,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly liveAccess: LiveAccess,
  ) {}

  async create(slug: string, body: CreateMeetingBody): Promise<MeetingView> {
    const conference = await this.conferences.getBySlug(slug);
    // The clash check and the insert share one transaction, so two bookings cannot both pass it.
    const saved = await this.transactions.write(async (manager) => {
      const draft = await resolveMeetingDraft(manager, conference, body, null);
      return createMeetingRows(manager, { ...draft, changedAt: this.clock.now() });
    });
    return this.meetings.view(saved, conference);
  }

  /**
   * A copy of the meeting starting now (same length, kind, format, room and agenda), not webcast,
   * with an empty list and an idle floor. It books no room (resolve-meeting-draft), so a real
   * meeting in the room now does not stop it.
   */
  async rehearse(meetingId: number): Promise<MeetingView> {
    const { meeting, conference } = await this.meetings.load(meetingId);
    const plan = planRehearsal(meeting, this.clock.now());
    const saved = await this.transactions.write((manager) =>
      createMeetingRows(manager, {
        conferenceId: meeting.conferenceId,
        roomId: meeting.roomId,
        title: plan.title,
        titles: null,
        kind: meeting.kind,
        format: meeting.format,
        webcast: false,
        startsAt: plan.startsAt,
        endsAt: plan.endsAt,
        agendaItemIds: meeting.agendaItemIds,
        preparatory: false,
        cancelled: false,
        rehearsal: true,
        rehearsalOf: plan.rehearsalOf,
        provisional: false,
        note: null,
        enforcementMode: meeting.enforcementMode,
        enforcementGraceSeconds: meeting.enforcementGraceSeconds,
        changedAt: this.clock.now(),
      }),
    );
    return this.meetings.view(saved, conference);
  }

  async update(slug: string | null, meetingId: number, body: UpdateMeetingBody): Promise<MeetingView> {
    const { version, ...patch } = body;
    const { conference } = await this.loadIn(slug, meetingId);
    const { saved, wasWebcast } = await this.transactions.write(async (manager) => {
      const current = await this.currentRow(manager, meetingId, version);
      const draft = await resolveMeetingDraft(manager, conference, patch, current);
      const next = { ...draft, version: current.version + 1, changedAt: this.clock.now() };
      const result = await manager.update(MeetingEntity, { id: meetingId, version: current.version }, next);
      if (result.affected === 0) throw staleVersion(meetingId);
      return { saved: { ...current, ...next }, wasWebcast: current.webcast };
    });
    // Times, cancellation and webcast are read by the list's rules and views.
    this.core.forget(meetingId);
    if (wasWebcast && !saved.webcast) this.liveAccess.endPublicFollowing(meetingId);
    return this.meetings.view(saved, conference);
  }

  /**
   * Removes the meeting with its speakers' list and floor; refused once anyone is inscribed, except
   * for a rehearsal, which goes with its list and statements.
   */
  async remove(slug: string | null, meetingId: number): Promise<void> {
    await this.loadIn(slug, meetingId);
    await this.transactions.write(async (manager) => {
      const meeting = await this.currentRow(manager, meetingId, undefined);
      const statements = await manager.countBy(StatementEntity, { meetingId });
      const inscribed = await manager.countBy(SpeakerEntryEntity, { meetingId, status: Not('withdrawn' as const) });
      if (!meeting.rehearsal && (statements > 0 || inscribed > 0)) {
        throw new DomainError(
          'MEETING_HAS_RECORD',
          `Meeting ${meetingId} "${meeting.title}" has ${inscribed} speaker(s) inscribed and ${statements} statement(s) recorded: ` +
            'cancel it instead (PATCH {"cancelled": true}), which keeps its record',
        );
      }
      await manager.delete(StatementEntity, { meetingId });
      await manager.delete(SpeakerEntryEntity, { meetingId });
      await manager.delete(SpeakersListEntity, { meetingId });
      await manager.delete(FloorEntity, { meetingId });
      await manager.delete(ScreenLinkEntity, { meetingId });
      await manager.delete(MeetingEntity, { id: meetingId });
    });
    this.core.forget(meetingId);
  }

  /** 404 unless the meeting exists (in the conference, when a slug is given). */
  private async loadIn(slug: string | null, meetingId: number): Promise<{ meeting: MeetingEntity; conference: ConferenceEntity }> {
    const loaded = await this.meetings.load(meetingId);
    if (slug !== null && loaded.conference.slug !== slug) {
      await this.conferences.getBySlug(slug);
      throw new DomainError('MEETING_NOT_FOUND', `Meeting ${meetingId} not found in conference "${slug}"`);
    }
    return loaded;
  }

  /** The row as this transaction sees it; 409 if the caller loaded an older version. */
  private async currentRow(manager: EntityManager, meetingId: number, version: number | undefined): Promise<MeetingEntity> {
    const current = await manager.findOneBy(MeetingEntity, { id: meetingId });
    if (!current) throw new DomainError('MEETING_NOT_FOUND', `Meeting ${meetingId} not found`);
    if (version !== undefined && version !== current.version) throw staleVersion(meetingId, current.version, version);
    return current;
  }
}

function staleVersion(meetingId: number, current?: number, sent?: number): DomainError {
  const versions = current === undefined ? '' : ` (now version ${current}, you sent ${sent})`;
  return new DomainError('STALE_VERSION', `Meeting ${meetingId} has changed since you loaded it${versions}: reload and try again`);
}
