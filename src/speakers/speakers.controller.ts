import { Body, Controller, Delete, Get, Header, Param, Post, Query, Res, UseGuards } from '@nestjs/common';
import { ApiBody, ApiOkResponse, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { z } from 'zod';
import { MeetingReadGuard } from '../auth/meeting-read.guard';
import type { Principal } from '../auth/principal';
import { CurrentPrincipal, RequireRole } from '../auth/require-role.decorator';
import { queryInteger } from '../common/body-schemas';
import { IdParamPipe } from '../common/id-param.pipe';
import { INSCRIPTION_RATE, LimitPerPrincipal } from '../common/principal-rate-limit';
import { ApiAnswers } from '../openapi/api-answers.decorator';
import { AcceptsScreenKey } from '../screens/screen-key.guard';
import { SpeakerEntryViewDto, SpeakersListViewDto } from '../openapi/response-dtos';
import type { SpeakerEntryView, SpeakersListView } from '../shared/api-types';
import { CallAgainDto, InscribeDto, ListVersionDto, MoveDto, SwapDto } from './speakers.dto';
import { speakersListCsv } from './speakers-csv';
import { SpeakersService } from './speakers.service';

class VersionQueryDto extends createZodDto(z.object({ version: queryInteger.optional() }).strict()) {}

const meetingId = new IdParamPipe('id');
const entryId = new IdParamPipe('entryId');

const CONFLICT = '409: stale version, or the list or entry does not allow it.';

@ApiTags('speakers')
@Controller('meetings/:id/speakers')
export class SpeakersController {
  constructor(private readonly speakers: SpeakersService) {}

  @Get()
  @ApiAnswers({ summary: "The meeting's speakers' list, with its forecast", access: 'public', errors: [403] })
  @ZodResponse({ status: 200, type: SpeakersListViewDto, description: 'The list' })
  @AcceptsScreenKey({ readRule: true })
  list(@Param('id', meetingId) id: number): Promise<SpeakersListView> {
    return this.speakers.snapshot(id);
  }

  @Post()
  @RequireRole('officer', 'delegate')
  @LimitPerPrincipal(INSCRIPTION_RATE)
  @ApiAnswers({
    summary: 'Ask for the floor: inscribe a delegation',
    description: '409: the list is closed, or the delegation is listed already. 429: too many inscriptions; see Retry-After.',
    access: 'signedIn',
    errors: [409, 429],
  })
  @ZodResponse({ status: 201, type: SpeakerEntryViewDto, description: 'The new entry' })
  @ApiOkResponse({ type: SpeakerEntryViewDto.Output, description: 'The same requestId again: the entry it made' })
  async inscribe(
    @Param('id', meetingId) id: number,
    @Body() body: InscribeDto,
    @CurrentPrincipal() principal: Principal,
    @Res({ passthrough: true }) response: Response,
  ): Promise<SpeakerEntryView> {
    const { entry, created } = await this.speakers.inscribe(id, principal, body);
    response.status(created ? 201 : 200);
    return entry;
  }

  @Post('close')
  @RequireRole('officer')
  @ApiAnswers({ summary: 'Close the list', description: CONFLICT, access: 'officer', errors: [409] })
  @ApiBody({ type: ListVersionDto, required: false })
  @ZodResponse({ status: 200, type: SpeakersListViewDto, description: 'The list, closed' })
  close(@Param('id', meetingId) id: number, @Body() body: ListVersionDto): Promise<SpeakersListView> {
    return this.speakers.setClosed(id, true, body.version);
  }

  @Post('reopen')
  @RequireRole('officer')
  @ApiAnswers({ summary: 'Reopen the list', description: CONFLICT, access: 'officer', errors: [409] })
  @ApiBody({ type: ListVersionDto, required: false })
  @ZodResponse({ status: 200, type: SpeakersListViewDto, description: 'The list, open' })
  reopen(@Param('id', meetingId) id: number, @Body() body: ListVersionDto): Promise<SpeakersListView> {
    return this.speakers.setClosed(id, false, body.version);
  }

  @Post('swap')
  @RequireRole('officer')
  @ApiAnswers({ summary: 'Swap two waiting entries', description: CONFLICT, access: 'officer', errors: [409] })
  @ZodResponse({ status: 200, type: SpeakersListViewDto, description: 'The list, swapped' })
  swap(@Param('id', meetingId) id: number, @Body() body: SwapDto): Promise<SpeakersListView> {
    return this.speakers.swap(id, body);
  }

  @Post(':entryId/move')
  @RequireRole('officer')
  @ApiAnswers({ summary: 'Move a waiting entry to a position', description: CONFLICT, access: 'officer', errors: [409] })
  @ZodResponse({ status: 200, type: SpeakersListViewDto, description: 'The list, reordered' })
  move(@Param('id', meetingId) id: number, @Param('entryId', entryId) entry: number, @Body() body: MoveDto): Promise<SpeakersListView> {
    return this.speakers.move(id, entry, body);
  }

  /** A speaker passed over before speaking (status `not-delivered`) goes back into the queue. */
  @Post(':entryId/call-again')
  @RequireRole('officer')
  @ApiAnswers({ summary: 'Put a speaker passed over back into the queue', description: CONFLICT, access: 'officer', errors: [409] })
  @ApiBody({ type: CallAgainDto, required: false })
  @ZodResponse({ status: 200, type: SpeakersListViewDto, description: 'The list, with the entry waiting again' })
  callAgain(@Param('id', meetingId) id: number, @Param('entryId', entryId) entry: number, @Body() body: CallAgainDto): Promise<SpeakersListView> {
    return this.speakers.callAgain(id, entry, body);
  }

  @Delete(':entryId')
  @RequireRole('officer', 'delegate')
  @ApiAnswers({ summary: 'Withdraw an entry', description: CONFLICT, access: 'signedIn', errors: [409] })
  @ZodResponse({ status: 200, type: SpeakersListViewDto, description: 'The list, without it' })
  withdraw(
    @Param('id', meetingId) id: number,
    @Param('entryId', entryId) entry: number,
    @Query() query: VersionQueryDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<SpeakersListView> {
    return this.speakers.withdraw(id, entry, principal, query.version);
  }
}

/** The list as a spreadsheet: GET /api/meetings/:id/speakers.csv */
@ApiTags('speakers')
@Controller('meetings/:id')
export class SpeakersCsvController {
  constructor(private readonly speakers: SpeakersService) {}

  @Get('speakers.csv')
  @UseGuards(MeetingReadGuard)
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @ApiAnswers({ summary: "The speakers' list as a spreadsheet (RFC 4180, UTF-8 with BOM)", access: 'public' })
  @ApiResponse({ status: 200, description: 'The list, one row per entry', content: { 'text/csv': { schema: { type: 'string' } } } })
  async csv(@Param('id', meetingId) id: number, @Res({ passthrough: true }) response: Response): Promise<string> {
    response.setHeader('Content-Disposition', `attachment; filename="meeting-${id}-speakers.csv"`);
    return speakersListCsv(await this.speakers.snapshot(id));
  }
}
