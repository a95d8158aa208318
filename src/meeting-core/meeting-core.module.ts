import { Module } from '@nestjs/common';
import { LiveModule } from '../live/live.module';
import { MeetingCore } from './meeting-core.service';
import { MeetingStateStore } from './meeting-state.store';

@Module({
  imports: [LiveModule],
  providers: [MeetingCore, MeetingStateStore],
  exports: [MeetingCore],
})
export class MeetingCoreModule {}
