import { Controller, Get, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { IdParamPipe } from '../common/id-param.pipe';
import type { MeetingView } from '../shared/api-types';
import { MeetingsService } from './meetings.service';

@ApiTags('meetings')
@Controller()
export class MeetingsController {
  constructor(private readonly meetings: MeetingsService) {}

  @Get('conferences/:slug/meetings')
  list(@Param('slug') slug: string): Promise<MeetingView[]> {
    return this.meetings.listForConference(slug);
  }

  @Get('meetings/:id')
  get(@Param('id', new IdParamPipe('id')) id: number): Promise<MeetingView> {
    return this.meetings.get(id);
  }
}
