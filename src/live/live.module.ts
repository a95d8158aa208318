import { Module } from '@nestjs/common';
import { LiveAccess } from './live-access';
import { LivePublisher } from './live-publisher';

@Module({
  providers: [LivePublisher, LiveAccess],
  exports: [LivePublisher, LiveAccess],
})
export class LiveModule {}
