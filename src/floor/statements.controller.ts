import { Controller, Get, Header, Param, Res, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { stringify } from 'csv-stringify/sync';
import type { Response } from 'express';
import { MeetingReadGuard } from '../auth/meeting-read.guard';
import { RequireRole } from '../auth/require-role.decorator';
import { IdParamPipe } from '../common/id-param.pipe';
import type { StatementView, StatementsReport } from '../shared/api-types';
import { StatementsService } from './statements.service';

const meetingId = new IdParamPipe('id');

@ApiTags('statements')
@Controller()
export class StatementsController {
  constructor(private readonly statements: StatementsService) {}

  @Get('meetings/:id/statements')
  @UseGuards(MeetingReadGuard)
  list(@Param('id', meetingId) id: number): Promise<StatementView[]> {
    return this.statements.forMeeting(id);
  }

  @Get('meetings/:id/statements.csv')
  @UseGuards(MeetingReadGuard)
  @Header('Content-Type', 'text/csv; charset=utf-8')
  async csv(@Param('id', meetingId) id: number, @Res({ passthrough: true }) response: Response): Promise<string> {
    response.setHeader('Content-Disposition', `attachment; filename="meeting-${id}-statements.csv"`);
    const rows = await this.statements.forMeeting(id);
    return stringify(
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
      ]),
      {
        header: true,
        columns: ['delegation', 'capacity', 'on behalf of', 'limit seconds', 'used seconds', 'overtime seconds', 'started at', 'ended at', 'interruptions'],
      },
    );
  }

  @Get('conferences/:slug/report')
  @RequireRole('officer')
  @ApiBearerAuth()
  report(@Param('slug') slug: string): Promise<StatementsReport> {
    return this.statements.report(slug);
  }
}
