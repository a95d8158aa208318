import { Module } from '@nestjs/common';
import { MeetingCoreModule } from '../meeting-core/meeting-core.module';
import { PresenceModule } from '../presence/presence.module';
import { LiveModule } from './live.module';
import { LiveGateway } from './live.gateway';

@Module({
  imports: [LiveModule, MeetingCoreModule, PresenceModule],
  providers: [LiveGateway],
})
export class LiveGatewayModule {}
