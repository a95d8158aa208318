import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { ConferenceEntity } from '../conferences/conference.entity';
import { ConferencesService } from '../conferences/conferences.service';
import { RoomEntity } from '../conferences/room.entity';
import type { MeetingView } from '../shared/api-types';
import { MeetingEntity } from './meeting.entity';
import { toMeetingView } from './meeting.mapper';

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
    if (!meeting) throw new NotFoundException(`Meeting ${meetingId} not found`);
    return { meeting, conference: await this.conferences.getById(meeting.conferenceId) };
  }

  async get(meetingId: number): Promise<MeetingView> {
    const { meeting, conference } = await this.load(meetingId);
    return toMeetingView(meeting, conference.slug, await this.roomName(meeting.roomId));
  }

  async listForConference(slug: string): Promise<MeetingView[]> {
    const conference = await this.conferences.getBySlug(slug);
    const rows = await this.meetings.find({ where: { conferenceId: conference.id }, order: { startsAt: 'ASC', id: 'ASC' } });
    const roomNames = new Map((await this.rooms.findBy({ conferenceId: conference.id })).map((r) => [r.id, r.name]));
    return rows.map((row) => toMeetingView(row, conference.slug, row.roomId === null ? null : (roomNames.get(row.roomId) ?? null)));
  }

  private async roomName(roomId: number | null): Promise<string | null> {
    if (roomId === null) return null;
    return (await this.rooms.findOneBy({ id: roomId }))?.name ?? null;
  }
}
