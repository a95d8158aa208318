import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { ConferencesService } from '../conferences/conferences.service';
import { namesOf } from '../conferences/delegation-names';
import { DelegationEntity } from '../conferences/delegation.entity';
import { epochMsToIso } from '../domain/timetable/venue-time';
import { MeetingEntity } from '../meetings/meeting.entity';
import { MeetingsService } from '../meetings/meetings.service';
import type { DelegationRef, StatementView, StatementsReport } from '../shared/api-types';
import { StatementEntity } from './statement.entity';
import { summarizeStatements } from './statement-totals';

@Injectable()
export class StatementsService {
  constructor(
    @InjectRepository(StatementEntity) private readonly statements: Repository<StatementEntity>,
    @InjectRepository(DelegationEntity) private readonly delegations: Repository<DelegationEntity>,
    @InjectRepository(MeetingEntity) private readonly meetingRows: Repository<MeetingEntity>,
    private readonly meetings: MeetingsService,
    private readonly conferences: ConferencesService,
  ) {}

  async forMeeting(meetingId: number): Promise<StatementView[]> {
    await this.meetings.load(meetingId);
    return this.toViews(await this.statements.find({ where: { meetingId }, order: { endedAt: 'ASC', id: 'ASC' } }));
  }

  async report(slug: string): Promise<StatementsReport> {
    const conference = await this.conferences.getBySlug(slug);
    // Rehearsals are practice: their statements stay on the rehearsal, out of the conference's report.
    const meetings = await this.meetingRows.find({ where: { conferenceId: conference.id, rehearsal: false }, order: { startsAt: 'ASC' } });
    const rows = await this.statements.find({ where: { meetingId: In(meetings.map((m) => m.id)) }, order: { endedAt: 'ASC' } });
    const views = await this.toViews(rows);
    return summarizeStatements(conference.slug, views, meetings.map((m) => ({ id: m.id, title: m.title })));
  }

  private async toViews(rows: StatementEntity[]): Promise<StatementView[]> {
    const ids = [...new Set(rows.flatMap((r) => (r.onBehalfOfId === null ? [r.delegationId] : [r.delegationId, r.onBehalfOfId])))];
    const byId = new Map((await this.delegations.findBy({ id: In(ids) })).map((d) => [d.id, d]));
    const ref = (id: number): DelegationRef => {
      const name = byId.get(id)?.name ?? `Delegation ${id}`;
      return { id, name, names: namesOf({ name, isoCode: byId.get(id)?.isoCode }) };
    };
    return rows.map((row) => ({
      meetingId: row.meetingId,
      entryId: row.entryId,
      delegation: ref(row.delegationId),
      capacity: row.capacity,
      onBehalfOf: row.onBehalfOfId === null ? null : ref(row.onBehalfOfId),
      limitMs: row.limitMs,
      usedMs: row.usedMs,
      overtimeMs: row.overtimeMs,
      startedAt: row.startedAt === null ? null : epochMsToIso(row.startedAt),
      endedAt: epochMsToIso(row.endedAt),
      interruptions: row.interruptions,
      mode: row.speakerMode,
      endedBy: row.endedBy,
    }));
  }
}
