import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { ApiAnswers } from '../openapi/api-answers.decorator';
import { AcceptsScreenKey } from '../screens/screen-key.guard';
import { MeetingViewDto } from '../openapi/response-dtos';
import { IdParamPipe } from '../common/id-param.pipe';
import type { MeetingView } from '../shared/api-types';
import { MeetingsQueryDto } from './meetings.dto';
import { MeetingsService } from './meetings.service';

@ApiTags('meetings')
@Controller()
export class MeetingsController {
  constructor(private readonly meetings: MeetingsService) {}

  /** `from`/`to` keep meetings overlapping [from, to); `tz` adds `local` times in that IANA zone. */
  @Get('conferences/:slug/meetings')
  @ApiAnswers({ summary: "The conference's timetable", access: 'public' })
  @ZodResponse({ status: 200, type: [MeetingViewDto], description: 'The meetings, in order of start' })
  list(@Param('slug') slug: string, @Query() query: MeetingsQueryDto): Promise<MeetingView[]> {
    return this.meetings.listForConference(slug, query);
  }

  @Get('meetings/:id')
  @ApiAnswers({ summary: 'One meeting', access: 'public', errors: [403] })
  @ZodResponse({ status: 200, type: MeetingViewDto, description: 'The meeting' })
  @AcceptsScreenKey({ readRule: false })
  get(@Param('id', new IdParamPipe('id')) id: number): Promise<MeetingView> {
    return this.meetings.get(id);
  }
}
