import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { AgendaItemEntity } from '../conferences/agenda-item.entity';
import { ConferenceEntity } from '../conferences/conference.entity';
import { ConferencesService } from '../conferences/conferences.service';
import { DomainError } from '../domain/domain-error';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { buildMeetingCalendar } from './meeting-calendar';
import { MeetingEntity } from './meeting.entity';
import { MeetingsService } from './meetings.service';

export interface CalendarFile {
  filename: string;
  body: string;
}

@Injectable()
export class MeetingCalendarService {
  constructor(
    @InjectRepository(MeetingEntity) private readonly meetings: Repository<MeetingEntity>,
    @InjectRepository(AgendaItemEntity) private readonly agendaItems: Repository<AgendaItemEntity>,
    private readonly conferences: ConferencesService,
    private readonly meetingViews: MeetingsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The conference's timetable as iCalendar text, or one meeting of it (404 if not there). */
  async export(slug: string, meetingId?: number): Promise<CalendarFile> {
    return this.exportOf(await this.conferences.getBySlug(slug), meetingId);
  }

  /** One meeting's calendar, found by id alone (404 if unknown, or a rehearsal). */
  async exportMeeting(meetingId: number): Promise<CalendarFile> {
    const { conference } = await this.meetingViews.load(meetingId);
    return this.exportOf(conference, meetingId);
  }

  private async exportOf(conference: ConferenceEntity, meetingId?: number): Promise<CalendarFile> {
    const { slug } = conference;
    // Rehearsals are not meetings anyone attends: they stay out of calendars.
    const where = { conferenceId: conference.id, rehearsal: false, ...(meetingId === undefined ? {} : { id: meetingId }) };
    const meetings = await this.meetings.find({ where, order: { startsAt: 'ASC', id: 'ASC' } });
    if (meetingId !== undefined && meetings.length === 0) {
      throw new DomainError('MEETING_NOT_FOUND', `Meeting ${meetingId} not found in conference "${slug}"`);
    }
    const body = buildMeetingCalendar({
      conference,
      meetings,
      roomNames: await this.meetingViews.roomNames(conference.id),
      agenda: await this.agendaItems.findBy({ conferenceId: conference.id }),
      organizer: this.config.calendarOrganizer,
    });
    return { filename: meetingId === undefined ? `${slug}.ics` : `${slug}-meeting-${meetingId}.ics`, body };
  }
}
