import { INestApplication } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import helmet from 'helmet';
import { APP_CONFIG, AppConfig } from './config/app-config';
import { RedisIoAdapter } from './live/redis-io.adapter';
import { buildOpenApiDocument } from './openapi/openapi-document';
import { RedisConnection } from './persistence/redis-connection';

export const JSON_BODY_LIMIT = '64kb';

/** Everything main.ts and the e2e helper share, so tests run the production setup. */
export function configureApp(app: NestExpressApplication): INestApplication {
  const config = app.get<AppConfig>(APP_CONFIG);
  // Behind a reverse proxy, rate limits count the client's address, not the proxy's.
  app.set('trust proxy', config.trustProxy);
  const redis = app.get(RedisConnection).client;
  if (redis) app.useWebSocketAdapter(new RedisIoAdapter(app, redis));
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
  SwaggerModule.setup('api/docs', app, buildOpenApiDocument(app), { jsonDocumentUrl: 'api/docs-json' });
  return app;
}
