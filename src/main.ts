import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { networkInterfaces } from 'node:os';
import { AppModule } from './app.module';
import { configureApp } from './app-setup';
import { FirstOfficerSetup } from './auth/first-officer-setup';
import { AppLogger, logLevelsFrom } from './common/app-logger';
import { framedSetupLink, listeningUrls } from './common/startup-lines';
import { APP_CONFIG, AppConfig, describeDatabase } from './config/app-config';
import { StartupLock } from './persistence/startup-lock';

async function bootstrap(): Promise<void> {
  // Buffered until the configured logger is attached, so LOG_LEVEL applies from the first line.
  const app = await NestFactory.create<NestExpressApplication>(AppModule, { bodyParser: false, bufferLogs: true });
  const config = app.get<AppConfig>(APP_CONFIG);
  app.useLogger(new AppLogger({ logLevels: logLevelsFrom(config.logLevel) }));
  configureApp(app);
  await app.init();
  // Migrations, seed and first officer are done: another instance may start (PostgreSQL).
  await app.get(StartupLock).release();
  await app.listen(config.port, config.host);
  const logger = new Logger('Rostrum');
  const urls = listeningUrls(config.host, config.port, networkInterfaces());
  for (const url of urls) logger.log(`Listening on ${url}`);
  logger.log(`Database ${describeDatabase(config)}${config.redisUrl ? ', Redis' : ''}`);
  const setup = app.get(FirstOfficerSetup).pending();
  // Printed plainly, whatever LOG_LEVEL says: without it nobody can sign in as an officer.
  if (setup) process.stdout.write(`${framedSetupLink(`${urls[0]}/setup?token=${setup.token}`, setup.file)}\n`);
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
