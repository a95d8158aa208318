import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CalendarQueryDto } from './meetings.dto';
import { MeetingCalendarService } from './meeting-calendar.service';

@ApiTags('meetings')
@Controller()
export class MeetingCalendarController {
  constructor(private readonly calendars: MeetingCalendarService) {}

  /** RFC 5545; `?meeting=<id>` for one meeting. */
  @Get('conferences/:slug/calendar.ics')
  @ApiProduces('text/calendar')
  async calendar(
    @Param('slug') slug: string,
    @Query() query: CalendarQueryDto,
    @Res({ passthrough: true }) response: Response,
  ): Promise<string> {
    const { filename, body } = await this.calendars.export(slug, query.meeting === undefined ? undefined : Number(query.meeting));
    response.setHeader('Content-Type', 'text/calendar; charset=utf-8');
    response.setHeader('Content-Disposition', `attachment; filename="${filename}"`);
    return body;
  }
}
