import { Body, Controller, Delete, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { RequireRole } from '../auth/require-role.decorator';
import { IdParamPipe } from '../common/id-param.pipe';
import type { MeetingView } from '../shared/api-types';
import { CreateMeetingDto, RehearsalDto, UpdateMeetingDto } from './meetings.dto';
import { MeetingWritesService } from './meeting-writes.service';

/** The officers' timetable. The same patch and delete also answer at /api/meetings/:id. */
@ApiTags('meetings')
@ApiBearerAuth()
@RequireRole('officer')
@Controller()
export class MeetingWritesController {
  constructor(private readonly writes: MeetingWritesService) {}

  @Post('conferences/:slug/meetings')
  create(@Param('slug') slug: string, @Body() body: CreateMeetingDto): Promise<MeetingView> {
    return this.writes.create(slug, body);
  }

  @Patch('conferences/:slug/meetings/:id')
  update(@Param('slug') slug: string, @Param('id', new IdParamPipe('id')) id: number, @Body() body: UpdateMeetingDto): Promise<MeetingView> {
    return this.writes.update(slug, id, body);
  }

  /** A copy starting now to try the floor out: `rehearsal: true`, not webcast, out of calendar and report. */
  @Post('meetings/:id/rehearsal')
  // The body is checked (empty), not read.
  rehearse(@Param('id', new IdParamPipe('id')) id: number, @Body() _body: RehearsalDto): Promise<MeetingView> {
    return this.writes.rehearse(id);
  }

  @Patch('meetings/:id')
  updateById(@Param('id', new IdParamPipe('id')) id: number, @Body() body: UpdateMeetingDto): Promise<MeetingView> {
    return this.writes.update(null, id, body);
  }

  @Delete('conferences/:slug/meetings/:id')
  @HttpCode(204)
  remove(@Param('slug') slug: string, @Param('id', new IdParamPipe('id')) id: number): Promise<void> {
    return this.writes.remove(slug, id);
  }

  @Delete('meetings/:id')
  @HttpCode(204)
  removeById(@Param('id', new IdParamPipe('id')) id: number): Promise<void> {
    return this.writes.remove(null, id);
  }
}
