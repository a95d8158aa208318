import { Inject, Logger, Module, OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { ExpressAdapter } from '@nestjs/platform-express';
import { join } from 'node:path';
import { locateClientDist } from './client-dist';
import { CLIENT_DIST, WebController } from './web.controller';

/** Serves the browser client on the API's port: pages by WebController, assets under /assets. */
@Module({
  controllers: [WebController],
  providers: [{ provide: CLIENT_DIST, useFactory: () => locateClientDist() }],
})
export class WebModule implements OnModuleInit {
  constructor(
    private readonly adapterHost: HttpAdapterHost,
    @Inject(CLIENT_DIST) private readonly distDir: string | null,
  ) {}

  onModuleInit(): void {
    if (this.distDir === null) {
      new Logger('Web').warn('client/dist not found: pages answer 503 until "node client/build.mjs" runs');
      return;
    }
    const adapter = this.adapterHost.httpAdapter as unknown as Partial<ExpressAdapter>;
    // Asset names carry a content hash, so they never change: cache them for good.
    // An unknown asset falls through to Nest's JSON 404.
    adapter.useStaticAssets?.(join(this.distDir, 'assets'), {
      prefix: '/assets',
      index: false,
      immutable: true,
      maxAge: '365d',
      fallthrough: true,
    });
  }
}
