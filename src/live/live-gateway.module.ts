import { Module } from '@nestjs/common';
import { FloorModule } from '../floor/floor.module';
import { MeetingsModule } from '../meetings/meetings.module';
import { SpeakersModule } from '../speakers/speakers.module';
import { LiveModule } from './live.module';
import { LiveGateway } from './live.gateway';

@Module({
  imports: [LiveModule, MeetingsModule, SpeakersModule, FloorModule],
  providers: [LiveGateway],
})
export class LiveGatewayModule {}
