import { Global, Module } from '@nestjs/common';
import { ConfigModule, ConfigService } from '@nestjs/config';
import { APP_CONFIG, AppConfig, loadConfig } from './app-config';

const CONFIG_KEY = 'rostrum';

@Global()
@Module({
  imports: [
    ConfigModule.forRoot({
      cache: true,
      validate: (env) => ({ [CONFIG_KEY]: loadConfig(env) }),
    }),
  ],
  providers: [
    {
      provide: APP_CONFIG,
      inject: [ConfigService],
      useFactory: (configService: ConfigService): AppConfig => configService.getOrThrow<AppConfig>(CONFIG_KEY),
    },
  ],
  exports: [APP_CONFIG],
})
export class AppConfigModule {}
