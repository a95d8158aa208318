import { Controller, Get, Header, Param, Res, UseGuards } from '@nestjs/common';
import { ApiResponse, ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import type { Response } from 'express';
import { MeetingReadGuard } from '../auth/meeting-read.guard';
import { RequireRole } from '../auth/require-role.decorator';
import { IdParamPipe } from '../common/id-param.pipe';
import { spreadsheetCsv } from '../common/spreadsheet-csv';
import { ApiAnswers } from '../openapi/api-answers.decorator';
import { StatementViewDto, StatementsReportDto } from '../openapi/response-dtos';
import type { StatementView, StatementsReport } from '../shared/api-types';
import { StatementsService } from './statements.service';

const meetingId = new IdParamPipe('id');

@ApiTags('statements')
@Controller()
export class StatementsController {
  constructor(private readonly statements: StatementsService) {}

  @Get('meetings/:id/statements')
  @ApiAnswers({ summary: "The meeting's statements, with time used", access: 'public' })
  @ZodResponse({ status: 200, type: [StatementViewDto], description: 'The statements, in order' })
  @UseGuards(MeetingReadGuard)
  list(@Param('id', meetingId) id: number): Promise<StatementView[]> {
    return this.statements.forMeeting(id);
  }

  @Get('meetings/:id/statements.csv')
  @UseGuards(MeetingReadGuard)
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @ApiAnswers({ summary: "The meeting's statements as a spreadsheet (RFC 4180, UTF-8 with BOM)", access: 'public' })
  @ApiResponse({ status: 200, description: 'One row per statement', content: { 'text/csv': { schema: { type: 'string' } } } })
  async csv(@Param('id', meetingId) id: number, @Res({ passthrough: true }) response: Response): Promise<string> {
    response.setHeader('Content-Disposition', `attachment; filename="meeting-${id}-statements.csv"`);
    const rows = await this.statements.forMeeting(id);
    return spreadsheetCsv(
      ['delegation', 'capacity', 'on behalf of', 'limit seconds', 'used seconds', 'overtime seconds', 'started at', 'ended at', 'interruptions', 'mode', 'ended by'],
      rows.map((s) => [
        s.delegation.name,
        s.capacity,
        s.onBehalfOf?.name ?? '',
        s.limitMs / 1000,
        (s.usedMs / 1000).toFixed(1),
        (s.overtimeMs / 1000).toFixed(1),
        s.startedAt ?? '',
        s.endedAt,
        s.interruptions,
        s.mode ?? '',
        s.endedBy,
      ]),
    );
  }

  @Get('conferences/:slug/report')
  @ApiAnswers({ summary: 'How the statement limits were kept, by meeting and delegation', access: 'officer' })
  @ZodResponse({ status: 200, type: StatementsReportDto, description: 'The totals' })
  @RequireRole('officer')
  report(@Param('slug') slug: string): Promise<StatementsReport> {
    return this.statements.report(slug);
  }
}
