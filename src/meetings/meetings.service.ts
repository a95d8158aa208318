import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { FindOptionsWhere, LessThan, MoreThan, Repository } from 'typeorm';
import { ConferenceEntity } from '../conferences/conference.entity';
import { ConferencesService } from '../conferences/conferences.service';
import { RoomEntity } from '../conferences/room.entity';
import { DomainError } from '../domain/domain-error';
import { parseIsoInstant } from '../domain/timetable/meeting-time';
import { ianaZoneName } from '../domain/timetable/venue-time';
import type { MeetingView } from '../shared/api-types';
import { MeetingEntity } from './meeting.entity';
import { toMeetingView } from './meeting.mapper';
import type { MeetingsQuery } from './meetings.dto';

@Injectable()
export class MeetingsService {
  constructor(
    @InjectRepository(MeetingEntity) private readonly meetings: Repository<MeetingEntity>,
    @InjectRepository(RoomEntity) private readonly rooms: Repository<RoomEntity>,
    private readonly conferences: ConferencesService,
  ) {}

  /** The meeting row and its conference, or 404. */
  async load(meetingId: number): Promise<{ meeting: MeetingEntity; conference: ConferenceEntity }> {
    const meeting = await this.meetings.findOneBy({ id: meetingId });
    if (!meeting) throw new DomainError('MEETING_NOT_FOUND', `Meeting ${meetingId} not found`);
    return { meeting, conference: await this.conferences.getById(meeting.conferenceId) };
  }

  async get(meetingId: number): Promise<MeetingView> {
    const { meeting, conference } = await this.load(meetingId);
    return this.view(meeting, conference);
  }

  async view(meeting: MeetingEntity, conference: ConferenceEntity): Promise<MeetingView> {
    const room = meeting.roomId === null ? null : await this.rooms.findOneBy({ id: meeting.roomId });
    return toMeetingView(meeting, conference, room?.name ?? null);
  }

  /** Meetings overlapping [from, to), sorted by start; `tz` adds each one's local times there. */
  async listForConference(slug: string, query: MeetingsQuery = {}): Promise<MeetingView[]> {
    const conference = await this.conferences.getBySlug(slug);
    const where: FindOptionsWhere<MeetingEntity> = { conferenceId: conference.id };
    if (query.from !== undefined) where.endsAt = MoreThan(parseIsoInstant(query.from)!);
    if (query.to !== undefined) where.startsAt = LessThan(parseIsoInstant(query.to)!);
    const rows = await this.meetings.find({ where, order: { startsAt: 'ASC', id: 'ASC' } });
    const roomNames = await this.roomNames(conference.id);
    const zone = query.tz === undefined ? undefined : (ianaZoneName(query.tz) ?? undefined);
    return rows.map((row) => toMeetingView(row, conference, row.roomId === null ? null : (roomNames.get(row.roomId) ?? null), zone));
  }

  async roomNames(conferenceId: number): Promise<Map<number, string>> {
    return new Map((await this.rooms.findBy({ conferenceId })).map((room) => [room.id, room.name]));
  }
}
