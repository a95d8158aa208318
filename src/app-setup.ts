import { INestApplication } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import helmet from 'helmet';
import { cleanupOpenApiDoc } from 'nestjs-zod';
import { APP_CONFIG, AppConfig } from './config/app-config';
import { LiveIoAdapter, TrustProxy } from './live/live-io.adapter';
import { RedisConnection } from './persistence/redis-connection';

export const JSON_BODY_LIMIT = '64kb';

/** Everything main.ts and the e2e helper share, so tests run the production setup. */
export function configureApp(app: NestExpressApplication): INestApplication {
  const config = app.get<AppConfig>(APP_CONFIG);
  // Behind a reverse proxy, rate limits count the client's address, not the proxy's.
  app.set('trust proxy', config.trustProxy);
  const trustProxy = app.getHttpAdapter().getInstance().get('trust proxy fn') as TrustProxy;
  app.useWebSocketAdapter(new LiveIoAdapter(app, config.live, trustProxy, app.get(RedisConnection).client ?? null));
  app.setGlobalPrefix('api', { exclude: ['/', 'officer', 'delegate', 'display/{*path}', 'overlay/{*path}'] });
  app.useBodyParser('json', { limit: JSON_BODY_LIMIT });
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          // Swagger UI at /api/docs styles itself inline; pages use only their own files.
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:'],
          fontSrc: ["'self'"],
          // Older Safari does not count same-host websockets as 'self'.
          connectSrc: ["'self'", 'ws:', 'wss:'],
          mediaSrc: ["'self'", 'data:'],
          frameAncestors: ["'self'"],
          // Room displays are often served over plain http on the venue network.
          upgradeInsecureRequests: null,
        },
      },
      // The overlay is loaded by broadcast software as a browser source, never framed by other sites.
      crossOriginEmbedderPolicy: false,
    }),
  );
  app.enableCors({ origin: config.corsOrigins.length > 0 ? config.corsOrigins : false });
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Rostrum API')
      .setDescription('Speakers list, floor and timer, timetable. The contract: shared/contract.md.')
      .setVersion('1')
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup('api/docs', app, cleanupOpenApiDoc(document), { jsonDocumentUrl: 'api/docs-json' });
  return app;
}
