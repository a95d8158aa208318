import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AgendaItemEntity } from '../conferences/agenda-item.entity';
import { ConferencesModule } from '../conferences/conferences.module';
import { RoomEntity } from '../conferences/room.entity';
import { LiveModule } from '../live/live.module';
import { MeetingCoreModule } from '../meeting-core/meeting-core.module';
import { RoomsModule } from '../rooms/rooms.module';
import { MeetingCalendarController } from './meeting-calendar.controller';
import { MeetingCalendarService } from './meeting-calendar.service';
import { MeetingWritesController } from './meeting-writes.controller';
import { MeetingWritesService } from './meeting-writes.service';
import { MeetingEntity } from './meeting.entity';
import { MeetingsController } from './meetings.controller';
import { MeetingsService } from './meetings.service';

@Module({
  imports: [TypeOrmModule.forFeature([MeetingEntity, RoomEntity, AgendaItemEntity]), ConferencesModule, RoomsModule, MeetingCoreModule, LiveModule],
  controllers: [MeetingsController, MeetingWritesController, MeetingCalendarController],
  providers: [MeetingsService, MeetingWritesService, MeetingCalendarService],
  exports: [MeetingsService],
})
export class MeetingsModule {}
