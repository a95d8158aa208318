import { Module } from '@nestjs/common';
import { MeetingCoreModule } from '../meeting-core/meeting-core.module';
import { SpeakersController, SpeakersCsvController } from './speakers.controller';
import { SpeakersService } from './speakers.service';

@Module({
  imports: [MeetingCoreModule],
  controllers: [SpeakersController, SpeakersCsvController],
  providers: [SpeakersService],
})
export class SpeakersModule {}
