import { applyDecorators, Controller, Get, Header, Param, Query, Res } from '@nestjs/common';
import { ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { IdParamPipe } from '../common/id-param.pipe';
import { ApiAnswers } from '../openapi/api-answers.decorator';
import { CalendarQueryDto } from './meetings.dto';
import { CalendarFile, MeetingCalendarService } from './meeting-calendar.service';

/** Public, cached like any subscribed calendar: within five minutes a copy may be kept, then revalidated (ETag, 304). */
function CalendarAnswer(summary: string, description: string): MethodDecorator {
  return applyDecorators(
    Header('Cache-Control', 'public, max-age=300'),
    ApiAnswers({ summary, access: 'public' }),
    ApiResponse({ status: 200, description, content: { 'text/calendar': { schema: { type: 'string' } } } }),
  );
}

function sendCalendar(response: Response, { filename, body }: CalendarFile): string {
  response.setHeader('Content-Type', 'text/calendar; charset=utf-8');
  response.setHeader('Content-Disposition', `attachment; filename="${filename}"`);
  return body;
}

@ApiTags('meetings')
@Controller()
export class MeetingCalendarController {
  constructor(private readonly calendars: MeetingCalendarService) {}

  /** RFC 5545; `?meeting=<id>` for one meeting. */
  @Get('conferences/:slug/calendar.ics')
  @CalendarAnswer('The timetable as an iCalendar file (RFC 5545)', 'One event per meeting')
  async calendar(@Param('slug') slug: string, @Query() query: CalendarQueryDto, @Res({ passthrough: true }) response: Response): Promise<string> {
    return sendCalendar(response, await this.calendars.export(slug, query.meeting === undefined ? undefined : Number(query.meeting)));
  }

  /** The meeting's event exactly as in the week's file (same UID), for "Add to calendar"; 404 for a rehearsal. */
  @Get('meetings/:id/calendar.ics')
  @CalendarAnswer('One meeting as an iCalendar file (RFC 5545)', "The meeting's event, as in the conference calendar")
  async meetingCalendar(@Param('id', new IdParamPipe('id')) id: number, @Res({ passthrough: true }) response: Response): Promise<string> {
    return sendCalendar(response, await this.calendars.exportMeeting(id));
  }
}
