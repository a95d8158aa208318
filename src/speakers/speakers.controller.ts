import { Body, Controller, Delete, Get, Header, HttpCode, Param, Post, Query, Res, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { MeetingReadGuard } from '../auth/meeting-read.guard';
import type { Principal } from '../auth/principal';
import { CurrentPrincipal, RequireRole } from '../auth/require-role.decorator';
import { queryInteger } from '../common/body-schemas';
import { IdParamPipe } from '../common/id-param.pipe';
import { INSCRIPTION_RATE, LimitPerPrincipal } from '../common/principal-rate-limit';
import type { SpeakerEntryView, SpeakersListView } from '../shared/api-types';
import { InscribeDto, ListVersionDto, MoveDto, SwapDto } from './speakers.dto';
import { speakersListCsv } from './speakers-csv';
import { SpeakersService } from './speakers.service';

class VersionQueryDto extends createZodDto(z.object({ version: queryInteger.optional() }).strict()) {}

const meetingId = new IdParamPipe('id');
const entryId = new IdParamPipe('entryId');

@ApiTags('speakers')
@ApiBearerAuth()
@Controller('meetings/:id/speakers')
export class SpeakersController {
  constructor(private readonly speakers: SpeakersService) {}

  @Get()
  @UseGuards(MeetingReadGuard)
  list(@Param('id', meetingId) id: number): Promise<SpeakersListView> {
    return this.speakers.snapshot(id);
  }

  @Post()
  @RequireRole('officer', 'delegate')
  @LimitPerPrincipal(INSCRIPTION_RATE)
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
  @HttpCode(200)
  @RequireRole('officer')
  close(@Param('id', meetingId) id: number, @Body() body: ListVersionDto): Promise<SpeakersListView> {
    return this.speakers.setClosed(id, true, body.version);
  }

  @Post('reopen')
  @HttpCode(200)
  @RequireRole('officer')
  reopen(@Param('id', meetingId) id: number, @Body() body: ListVersionDto): Promise<SpeakersListView> {
    return this.speakers.setClosed(id, false, body.version);
  }

  @Post('swap')
  @HttpCode(200)
  @RequireRole('officer')
  swap(@Param('id', meetingId) id: number, @Body() body: SwapDto): Promise<SpeakersListView> {
    return this.speakers.swap(id, body);
  }

  @Post(':entryId/move')
  @HttpCode(200)
  @RequireRole('officer')
  move(@Param('id', meetingId) id: number, @Param('entryId', entryId) entry: number, @Body() body: MoveDto): Promise<SpeakersListView> {
    return this.speakers.move(id, entry, body);
  }

  @Delete(':entryId')
  @RequireRole('officer', 'delegate')
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
  async csv(@Param('id', meetingId) id: number, @Res({ passthrough: true }) response: Response): Promise<string> {
    response.setHeader('Content-Disposition', `attachment; filename="meeting-${id}-speakers.csv"`);
    return speakersListCsv(await this.speakers.snapshot(id));
  }
}
