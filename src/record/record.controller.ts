import { Controller, Get, Header, Param, Query, Res } from '@nestjs/common';
import { ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { ZodResponse } from 'nestjs-zod';
import { RequireRole } from '../auth/require-role.decorator';
import { ApiAnswers } from '../openapi/api-answers.decorator';
import { ConferenceStatementDto } from '../openapi/response-dtos';
import { conferenceStatementsCsv, reportCsv } from './record-csv';
import { ConferenceStatementsQueryDto } from './record.dto';
import { ConferenceStatement, RecordService } from './record.service';

const delegationOf = (query: ConferenceStatementsQueryDto) => (query.delegationId === undefined ? undefined : Number(query.delegationId));

@ApiTags('statements')
@Controller('conferences/:slug')
export class RecordController {
  constructor(private readonly record: RecordService) {}

  /** The speech list of the whole conference, in the order the statements were given. */
  @Get('statements')
  @RequireRole('officer', 'delegate')
  @ApiAnswers({ summary: "The conference's statements, in the order given (of one delegation with `delegationId`)", access: 'signedIn' })
  @ZodResponse({ status: 200, type: [ConferenceStatementDto], description: 'The statements, each with its meeting' })
  statements(@Param('slug') slug: string, @Query() query: ConferenceStatementsQueryDto): Promise<ConferenceStatement[]> {
    return this.record.statementsOf(slug, delegationOf(query));
  }

  @Get('statements.csv')
  @RequireRole('officer', 'delegate')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @ApiAnswers({ summary: "The conference's statements as a spreadsheet (RFC 4180, UTF-8 with BOM)", access: 'signedIn' })
  @ApiResponse({ status: 200, description: 'One row per statement', content: { 'text/csv': { schema: { type: 'string' } } } })
  async statementsCsv(@Param('slug') slug: string, @Query() query: ConferenceStatementsQueryDto, @Res({ passthrough: true }) response: Response): Promise<string> {
    const statements = await this.record.statementsOf(slug, delegationOf(query));
    response.setHeader('Content-Disposition', `attachment; filename="${slug}-statements.csv"`);
    return conferenceStatementsCsv(statements);
  }

  /** The report with cut-offs, per meeting and per delegation (the page builds it from the statements). */
  @Get('report.csv')
  @RequireRole('officer')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @ApiAnswers({ summary: 'How the statement limits were kept, with cut-offs, as a spreadsheet (RFC 4180, UTF-8 with BOM)', access: 'officer' })
  @ApiResponse({ status: 200, description: 'The totals, per meeting and per delegation', content: { 'text/csv': { schema: { type: 'string' } } } })
  async reportCsv(@Param('slug') slug: string, @Res({ passthrough: true }) response: Response): Promise<string> {
    const report = await this.record.report(slug);
    response.setHeader('Content-Disposition', `attachment; filename="${slug}-report.csv"`);
    return reportCsv(report);
  }
}
