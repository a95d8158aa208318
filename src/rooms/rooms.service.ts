import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Not, Repository } from 'typeorm';
import type { ConferenceEntity } from '../conferences/conference.entity';
import { ConferencesService } from '../conferences/conferences.service';
import { RoomEntity } from '../conferences/room.entity';
import { DomainError } from '../domain/domain-error';
import { MeetingEntity } from '../meetings/meeting.entity';
import { TransactionRunner } from '../persistence/transaction-runner';
import type { RoomView } from '../shared/api-types';
import type { RoomBody } from './rooms.dto';

const toRoomView = (room: RoomEntity): RoomView => ({ id: room.id, name: room.name });

/** Meetings name their room, so a rename shows everywhere; a room in use cannot go. */
@Injectable()
export class RoomsService {
  constructor(
    @InjectRepository(RoomEntity) private readonly rooms: Repository<RoomEntity>,
    private readonly conferences: ConferencesService,
    private readonly transactions: TransactionRunner,
  ) {}

  async list(slug: string): Promise<RoomView[]> {
    const conference = await this.conferences.getBySlug(slug);
    return (await this.rooms.find({ where: { conferenceId: conference.id }, order: { name: 'ASC' } })).map(toRoomView);
  }

  async create(slug: string, { name }: RoomBody): Promise<RoomView> {
    const conference = await this.conferences.getBySlug(slug);
    return this.transactions.write(async (manager) => {
      await assertNameFree(manager, conference, name, null);
      return toRoomView(await manager.save(RoomEntity, manager.create(RoomEntity, { conferenceId: conference.id, name })));
    });
  }

  async rename(slug: string, roomId: number, { name }: RoomBody): Promise<RoomView> {
    const conference = await this.conferences.getBySlug(slug);
    return this.transactions.write(async (manager) => {
      const room = await findRoom(manager, conference, roomId);
      await assertNameFree(manager, conference, name, roomId);
      await manager.update(RoomEntity, { id: roomId }, { name });
      return toRoomView({ ...room, name });
    });
  }

  async remove(slug: string, roomId: number): Promise<void> {
    const conference = await this.conferences.getBySlug(slug);
    await this.transactions.write(async (manager) => {
      const room = await findRoom(manager, conference, roomId);
      const meetings = await manager.find(MeetingEntity, { where: { roomId }, order: { startsAt: 'ASC' } });
      if (meetings.length > 0) {
        throw new DomainError(
          'ROOM_IN_USE',
          `Room "${room.name}" is used by ${meetings.length} meeting(s), the first meeting ${meetings[0].id} "${meetings[0].title}": ` +
            'move or delete them first',
        );
      }
      await manager.delete(RoomEntity, { id: roomId });
    });
  }
}

async function findRoom(manager: EntityManager, conference: ConferenceEntity, roomId: number): Promise<RoomEntity> {
  const room = await manager.findOneBy(RoomEntity, { id: roomId, conferenceId: conference.id });
  if (!room) throw new DomainError('ROOM_NOT_FOUND', `Room ${roomId} not found in conference "${conference.slug}"`);
  return room;
}

async function assertNameFree(manager: EntityManager, conference: ConferenceEntity, name: string, exceptId: number | null): Promise<void> {
  const taken = await manager.findOneBy(RoomEntity, {
    conferenceId: conference.id,
    name,
    ...(exceptId === null ? {} : { id: Not(exceptId) }),
  });
  if (taken) throw new DomainError('ROOM_NAME_TAKEN', `${conference.shortTitle} already has a room named "${name}" (room ${taken.id})`);
}
