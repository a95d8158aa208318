import { Module } from '@nestjs/common';
import { LiveModule } from '../live/live.module';
import { FloorTimers } from './floor-timers';
import { MeetingCore } from './meeting-core.service';
import { MeetingStateStore } from './meeting-state.store';

@Module({
  imports: [LiveModule],
  providers: [MeetingCore, MeetingStateStore, FloorTimers],
  exports: [MeetingCore],
})
export class MeetingCoreModule {}
