import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ConferencesModule } from '../conferences/conferences.module';
import { DelegationEntity } from '../conferences/delegation.entity';
import { MeetingCoreModule } from '../meeting-core/meeting-core.module';
import { MeetingEntity } from '../meetings/meeting.entity';
import { MeetingsModule } from '../meetings/meetings.module';
import { FloorController } from './floor.controller';
import { FloorService } from './floor.service';
import { StatementEntity } from './statement.entity';
import { StatementsController } from './statements.controller';
import { StatementsService } from './statements.service';

@Module({
  imports: [TypeOrmModule.forFeature([StatementEntity, DelegationEntity, MeetingEntity]), ConferencesModule, MeetingsModule, MeetingCoreModule],
  controllers: [FloorController, StatementsController],
  providers: [FloorService, StatementsService],
  exports: [StatementsService],
})
export class FloorModule {}
