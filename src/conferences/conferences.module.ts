import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AgendaItemEntity } from './agenda-item.entity';
import { ConferenceEntity } from './conference.entity';
import { ConferencesController } from './conferences.controller';
import { ConferencesService } from './conferences.service';
import { DelegationEntity, DelegationMembershipEntity } from './delegation.entity';
import { RoomEntity } from './room.entity';

@Module({
  imports: [TypeOrmModule.forFeature([ConferenceEntity, AgendaItemEntity, DelegationEntity, DelegationMembershipEntity, RoomEntity])],
  controllers: [ConferencesController],
  providers: [ConferencesService],
  exports: [ConferencesService],
})
export class ConferencesModule {}
