import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ConferenceEntity } from '../conferences/conference.entity';
import { ConferencesModule } from '../conferences/conferences.module';
import { MeetingCoreModule } from '../meeting-core/meeting-core.module';
import { WebhookDeliveryEntity, WebhookEntity } from './webhook.entity';
import { WebhookDispatcher } from './webhook-dispatcher';
import { WebhooksController } from './webhooks.controller';
import { WebhooksService } from './webhooks.service';

@Module({
  imports: [TypeOrmModule.forFeature([WebhookEntity, WebhookDeliveryEntity, ConferenceEntity]), ConferencesModule, MeetingCoreModule],
  controllers: [WebhooksController],
  providers: [WebhooksService, WebhookDispatcher],
})
export class WebhooksModule {}
