import { Module } from '@nestjs/common';
import { LiveModule } from '../live/live.module';
import { MeetingsModule } from '../meetings/meetings.module';
import { SpeakersController, SpeakersCsvController } from './speakers.controller';
import { SpeakersService } from './speakers.service';

@Module({
  imports: [MeetingsModule, LiveModule],
  controllers: [SpeakersController, SpeakersCsvController],
  providers: [SpeakersService],
  exports: [SpeakersService],
})
export class SpeakersModule {}
