import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AgendaItemEntity } from './agenda-item.entity';
import { ConferenceEntity } from './conference.entity';
import { ConferencesController } from './conferences.controller';
import { ConferenceSettingsService } from './conference-settings.service';
import { ConferencesService } from './conferences.service';
import { MeetingCoreModule } from '../meeting-core/meeting-core.module';
import { DelegationEntity, DelegationMembershipEntity } from './delegation.entity';
import { RoomEntity } from './room.entity';

@Module({
  imports: [TypeOrmModule.forFeature([ConferenceEntity, AgendaItemEntity, DelegationEntity, DelegationMembershipEntity, RoomEntity]), MeetingCoreModule],
  controllers: [ConferencesController],
  providers: [ConferencesService, ConferenceSettingsService],
  exports: [ConferencesService],
})
export class ConferencesModule {}
