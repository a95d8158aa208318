import { MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { AppExceptionFilter } from './common/domain-exception.filter';
import { jsonBodiesOnly } from './common/json-bodies-only.middleware';
import { requestLogger } from './common/request-logger.middleware';
import { ZodValidationPipe } from './common/zod-validation.pipe';
import { AppConfigModule } from './config/config.module';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { ConferencesModule } from './conferences/conferences.module';
import { FloorModule } from './floor/floor.module';
import { RecordModule } from './record/record.module';
import { HealthController } from './health/health.controller';
import { LiveGatewayModule } from './live/live-gateway.module';
import { MeetingsModule } from './meetings/meetings.module';
import { PersistenceModule } from './persistence/persistence.module';
import { ScreensModule } from './screens/screens.module';
import { SeedService } from './seed/seed.service';
import { SpeakersModule } from './speakers/speakers.module';
import { WebModule } from './web/web.module';
import { WebhooksModule } from './webhooks/webhooks.module';

@Module({
  imports: [AppConfigModule, PersistenceModule, AuthModule, ConferencesModule, MeetingsModule, SpeakersModule, FloorModule, RecordModule, LiveGatewayModule, AuditModule, WebhooksModule, ScreensModule, WebModule],
  controllers: [HealthController],
  providers: [
    SeedService,
    { provide: APP_PIPE, useClass: ZodValidationPipe },
    { provide: APP_FILTER, useClass: AppExceptionFilter },
  ],
})
export class AppModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(requestLogger, jsonBodiesOnly).forRoutes('{*path}');
  }
}
