import { EntityManager } from 'typeorm';
import { FloorEntity } from '../floor/floor.entity';
import { SpeakersListEntity } from '../speakers/speakers-list.entity';
import { MeetingEntity } from './meeting.entity';

/** A meeting always comes with its (empty) speakers' list and an idle floor. */
export async function createMeetingRows(
  manager: EntityManager,
  meeting: Omit<MeetingEntity, 'id' | 'version'>,
): Promise<MeetingEntity> {
  const saved = await manager.save(MeetingEntity, manager.create(MeetingEntity, { ...meeting, version: 1 }));
  await manager.insert(SpeakersListEntity, { meetingId: saved.id, version: 1, closed: false });
  await manager.insert(FloorEntity, { meetingId: saved.id, version: 1, status: 'idle', interrupted: [] });
  return saved;
}
