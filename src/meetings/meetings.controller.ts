import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
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
  list(@Param('slug') slug: string, @Query() query: MeetingsQueryDto): Promise<MeetingView[]> {
    return this.meetings.listForConference(slug, query);
  }

  @Get('meetings/:id')
  get(@Param('id', new IdParamPipe('id')) id: number): Promise<MeetingView> {
    return this.meetings.get(id);
  }
}
