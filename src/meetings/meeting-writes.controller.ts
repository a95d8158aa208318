import { Body, Controller, Delete, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiBody, ApiNoContentResponse, ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { RequireRole } from '../auth/require-role.decorator';
import { IdParamPipe } from '../common/id-param.pipe';
import { ApiAnswers } from '../openapi/api-answers.decorator';
import { MeetingViewDto } from '../openapi/response-dtos';
import type { MeetingView } from '../shared/api-types';
import { CreateMeetingDto, RehearsalDto, UpdateMeetingDto } from './meetings.dto';
import { MeetingWritesService } from './meeting-writes.service';

/** The officers' timetable. The same patch and delete also answer at /api/meetings/:id. */
@ApiTags('meetings')
@RequireRole('officer')
@Controller()
export class MeetingWritesController {
  constructor(private readonly writes: MeetingWritesService) {}

  @Post('conferences/:slug/meetings')
  @ApiAnswers({ summary: 'Add a meeting to the timetable', description: '409: the room is booked then.', access: 'officer', errors: [409] })
  @ZodResponse({ status: 201, type: MeetingViewDto, description: 'The new meeting' })
  create(@Param('slug') slug: string, @Body() body: CreateMeetingDto): Promise<MeetingView> {
    return this.writes.create(slug, body);
  }

  @Patch('conferences/:slug/meetings/:id')
  @ApiAnswers({ summary: 'Change a meeting', description: '409: stale version, or the room is booked then.', access: 'officer', errors: [409] })
  @ZodResponse({ status: 200, type: MeetingViewDto, description: 'The meeting as changed' })
  update(@Param('slug') slug: string, @Param('id', new IdParamPipe('id')) id: number, @Body() body: UpdateMeetingDto): Promise<MeetingView> {
    return this.writes.update(slug, id, body);
  }

  /** A copy starting now to try the floor out: `rehearsal: true`, not webcast, out of calendar and report. */
  @Post('meetings/:id/rehearsal')
  @ApiAnswers({ summary: 'Rehearse now: a copy of the meeting starting now, to try the floor out', access: 'officer' })
  @ApiBody({ type: RehearsalDto, required: false })
  @ZodResponse({ status: 201, type: MeetingViewDto, description: 'The rehearsal' })
  // The body is checked (empty), not read.
  rehearse(@Param('id', new IdParamPipe('id')) id: number, @Body() _body: RehearsalDto): Promise<MeetingView> {
    return this.writes.rehearse(id);
  }

  @Patch('meetings/:id')
  @ApiAnswers({ summary: 'Change a meeting, by id alone', description: '409: stale version, or the room is booked then.', access: 'officer', errors: [409] })
  @ZodResponse({ status: 200, type: MeetingViewDto, description: 'The meeting as changed' })
  updateById(@Param('id', new IdParamPipe('id')) id: number, @Body() body: UpdateMeetingDto): Promise<MeetingView> {
    return this.writes.update(null, id, body);
  }

  @Delete('conferences/:slug/meetings/:id')
  @ApiAnswers({ summary: 'Remove a meeting', description: '409: someone is inscribed or has spoken (cancel it instead).', access: 'officer', errors: [409] })
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Removed, with its list and floor' })
  remove(@Param('slug') slug: string, @Param('id', new IdParamPipe('id')) id: number): Promise<void> {
    return this.writes.remove(slug, id);
  }

  @Delete('meetings/:id')
  @ApiAnswers({ summary: 'Remove a meeting, by id alone', description: '409: someone is inscribed or has spoken (cancel it instead).', access: 'officer', errors: [409] })
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Removed, with its list and floor' })
  removeById(@Param('id', new IdParamPipe('id')) id: number): Promise<void> {
    return this.writes.remove(null, id);
  }
}
