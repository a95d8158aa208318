import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { ConferencesService } from '../conferences/conferences.service';
import { RecordReport, recordReport } from '../domain/record/record-report';
import { StatementsService } from '../floor/statements.service';
import { MeetingEntity } from '../meetings/meeting.entity';
import type { DelegationRef, StatementView } from '../shared/api-types';

/** A statement of the conference's speech list: the meeting's title beside its id. */
export interface ConferenceStatement extends StatementView {
  meetingTitle: string;
}

const startOf = (s: StatementView) => Date.parse(s.startedAt ?? s.endedAt);

/** The conference's record: every statement of the week in the order given, and its totals. */
@Injectable()
export class RecordService {
  constructor(
    @InjectRepository(MeetingEntity) private readonly meetingRows: Repository<MeetingEntity>,
    private readonly statements: StatementsService,
    private readonly conferences: ConferencesService,
  ) {}

  async statementsOf(slug: string, delegationId?: number): Promise<ConferenceStatement[]> {
    const conference = await this.conferences.getBySlug(slug);
    const meetings = await this.meetingRows.find({ where: { conferenceId: conference.id }, order: { startsAt: 'ASC', id: 'ASC' } });
    const all: ConferenceStatement[] = [];
    for (const meeting of meetings) {
      for (const statement of await this.statements.forMeeting(meeting.id)) all.push({ ...statement, meetingTitle: meeting.title });
    }
    return all
      .filter((s) => delegationId === undefined || s.delegation.id === delegationId || s.onBehalfOf?.id === delegationId)
      .sort((a, b) => startOf(a) - startOf(b) || Date.parse(a.endedAt) - Date.parse(b.endedAt) || a.entryId - b.entryId);
  }

  async report(slug: string): Promise<RecordReport<DelegationRef>> {
    const statements = await this.statementsOf(slug);
    const meetings = new Map(statements.map((s) => [s.meetingId, s.meetingTitle]));
    // In the order the meetings first gave the floor.
    const ordered = [...meetings].map(([id, title]) => ({ id, title }));
    return recordReport(statements, ordered);
  }
}
