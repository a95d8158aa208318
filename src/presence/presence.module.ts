import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DelegationEntity } from '../conferences/delegation.entity';
import { LiveModule } from '../live/live.module';
import { MeetingCoreModule } from '../meeting-core/meeting-core.module';
import { MeetingsModule } from '../meetings/meetings.module';
import { DelegationPresenceEntity } from './delegation-presence.entity';
import { PresenceController } from './presence.controller';
import { PresenceService } from './presence.service';

@Module({
  imports: [TypeOrmModule.forFeature([DelegationPresenceEntity, DelegationEntity]), LiveModule, MeetingCoreModule, MeetingsModule],
  controllers: [PresenceController],
  providers: [PresenceService],
  exports: [PresenceService],
})
export class PresenceModule {}
