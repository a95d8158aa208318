import { INestApplication } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import compression from 'compression';
import type { Request } from 'express';
import helmet from 'helmet';
import { apiCacheControl, etagUnlessClock } from './common/http-caching';
import { methodNotAllowed } from './common/method-not-allowed.middleware';
import { APP_CONFIG, AppConfig } from './config/app-config';
import { LiveIoAdapter, TrustProxy } from './live/live-io.adapter';
import { buildOpenApiDocument } from './openapi/openapi-document';
import { RedisConnection } from './persistence/redis-connection';

export const JSON_BODY_LIMIT = '64kb';

/** Everything main.ts and the e2e helper share, so tests run the production setup. */
export function configureApp(app: NestExpressApplication): INestApplication {
  const config = app.get<AppConfig>(APP_CONFIG);
  // Behind a reverse proxy, rate limits count the client's address, not the proxy's.
  app.set('trust proxy', config.trustProxy);
  const trustProxy = app.getHttpAdapter().getInstance().get('trust proxy fn') as TrustProxy;
  app.useWebSocketAdapter(new LiveIoAdapter(app, config.corsOrigins, config.live, trustProxy, app.get(RedisConnection).client ?? null));
  app.setGlobalPrefix('api', { exclude: ['/', 'officer', 'delegate', 'setup', 'display/{*path}', 'overlay/{*path}'] });
  // gzip or brotli, as the client asks, for JSON, pages, calendar and CSV alike.
  app.use(compression());
  app.set('etag', etagUnlessClock);
  // Not strict: `null` or `3` is valid JSON, refused by the route's schema as the wrong type.
  app.useBodyParser('json', { limit: JSON_BODY_LIMIT, strict: false });
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          // Swagger UI at /api/docs styles itself inline; pages use only their own files.
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:'],
          fontSrc: ["'self'"],
          // Older Safari does not count same-host websockets as 'self': name this host's, and no other.
          connectSrc: ["'self'", (request) => ownWebsocketOrigins(request as Request), ...config.corsOrigins],
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
  app.use(apiCacheControl);
  const document = buildOpenApiDocument(app);
  app.use(methodNotAllowed(document));
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });
  return app;
}

/** ws: and wss: on the host the page was asked for; a Host header that is not a host name adds nothing. */
function ownWebsocketOrigins(request: Request): string {
  const host = request.headers.host ?? '';
  return /^[A-Za-z0-9.-]+(?::\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](?::\d{1,5})?$/.test(host) ? `ws://${host} wss://${host}` : "'self'";
}
