import { Controller, Get, Inject, Param, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { join } from 'node:path';
import { DomainError } from '../domain/domain-error';
import { PageName } from './client-dist';

export const CLIENT_DIST = Symbol('CLIENT_DIST');

// Pages name their hashed assets, so a page must be revalidated to pick up a new build.
const PAGE_HEADERS = { 'Cache-Control': 'no-cache' };

/** The built pages, outside the /api prefix (app-setup excludes these paths). */
@ApiExcludeController()
@Controller()
export class WebController {
  constructor(@Inject(CLIENT_DIST) private readonly distDir: string | null) {}

  @Get()
  timetable(@Res() res: Response): void {
    this.send(res, 'timetable');
  }

  @Get('officer')
  officer(@Res() res: Response): void {
    this.send(res, 'officer');
  }

  @Get('delegate')
  delegate(@Res() res: Response): void {
    this.send(res, 'delegate');
  }

  /** First run: the link the start prints, `/setup?token=...`. */
  @Get('setup')
  setup(@Res() res: Response): void {
    this.send(res, 'setup');
  }

  @Get('display/:meetingId')
  display(@Param('meetingId') meetingId: string, @Res() res: Response): void {
    this.send(res, 'display', meetingId);
  }

  @Get('overlay/:meetingId')
  overlay(@Param('meetingId') meetingId: string, @Res() res: Response): void {
    this.send(res, 'overlay', meetingId);
  }

  private send(res: Response, page: PageName, meetingId?: string): void {
    // The page reads the id itself; only the shape is checked here, so a typo gets a plain 404.
    if (meetingId !== undefined && !/^[1-9]\d{0,8}$/.test(meetingId)) {
      throw new DomainError('PAGE_NOT_FOUND', `No ${page} page for meeting "${meetingId}": use /${page}/<meeting id>`);
    }
    if (this.distDir === null) {
      throw new DomainError('PAGES_NOT_BUILT', 'The pages are not built: run "npm run build" (or node client/build.mjs)');
    }
    res.set(PAGE_HEADERS);
    res.sendFile(join(this.distDir, `${page}.html`));
  }
}
