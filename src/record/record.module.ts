import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ConferencesModule } from '../conferences/conferences.module';
import { DelegationEntity } from '../conferences/delegation.entity';
import { StatementEntity } from '../floor/statement.entity';
import { StatementsService } from '../floor/statements.service';
import { MeetingEntity } from '../meetings/meeting.entity';
import { MeetingsModule } from '../meetings/meetings.module';
import { RecordController } from './record.controller';
import { RecordService } from './record.service';

/** The conference's record across meetings: the week's speech list and its report as files. */
@Module({
  imports: [TypeOrmModule.forFeature([StatementEntity, DelegationEntity, MeetingEntity]), ConferencesModule, MeetingsModule],
  controllers: [RecordController],
  // StatementsService reads one meeting's statements; the floor module keeps its own for its routes.
  providers: [StatementsService, RecordService],
})
export class RecordModule {}
