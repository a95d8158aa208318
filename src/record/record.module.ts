import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ConferencesModule } from '../conferences/conferences.module';
import { FloorModule } from '../floor/floor.module';
import { MeetingEntity } from '../meetings/meeting.entity';
import { MeetingsModule } from '../meetings/meetings.module';
import { RecordController } from './record.controller';
import { RecordService } from './record.service';

/** The conference's record across meetings: the week's speech list and its report as files. */
@Module({
  imports: [TypeOrmModule.forFeature([MeetingEntity]), ConferencesModule, MeetingsModule, FloorModule],
  controllers: [RecordController],
  providers: [RecordService],
})
export class RecordModule {}
