import { Controller, Get, Header, Param, Query, Res } from '@nestjs/common';
import { ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { ApiAnswers } from '../openapi/api-answers.decorator';
import { CalendarQueryDto } from './meetings.dto';
import { MeetingCalendarService } from './meeting-calendar.service';

@ApiTags('meetings')
@Controller()
export class MeetingCalendarController {
  constructor(private readonly calendars: MeetingCalendarService) {}

  /** RFC 5545; `?meeting=<id>` for one meeting. */
  @Get('conferences/:slug/calendar.ics')
  // Subscribed calendars poll; within five minutes they may keep their copy, then revalidate (ETag, 304).
  @Header('Cache-Control', 'public, max-age=300')
  @ApiAnswers({ summary: 'The timetable as an iCalendar file (RFC 5545)', access: 'public' })
  @ApiResponse({ status: 200, description: 'One event per meeting', content: { 'text/calendar': { schema: { type: 'string' } } } })
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
