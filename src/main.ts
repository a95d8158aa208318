import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from './app.module';
import { configureApp } from './app-setup';
import { APP_CONFIG, AppConfig, describeDatabase } from './config/app-config';
import { StartupLock } from './persistence/startup-lock';

async function bootstrap(): Promise<void> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule, { bodyParser: false });
  configureApp(app);
  const config = app.get<AppConfig>(APP_CONFIG);
  await app.init();
  // Migrations, seed and first officer are done: another instance may start (PostgreSQL).
  await app.get(StartupLock).release();
  await app.listen(config.port, config.host);
  const logger = new Logger('Rostrum');
  const shownHost = config.host === '0.0.0.0' ? 'localhost' : config.host;
  logger.log(`Listening on http://${shownHost}:${config.port} (database ${describeDatabase(config)}${config.redisUrl ? ', Redis' : ''})`);
  // Finish in-flight requests, close sockets and the database, then exit 0 (Nest's own hooks re-raise the signal).
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      logger.log(`${signal}: closing`);
      app.close().then(
        () => process.exit(0),
        (error: unknown) => {
          logger.error(error);
          process.exit(1);
        },
      );
    });
  }
}

bootstrap().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
