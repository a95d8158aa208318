import { Controller, Get, Header, Param, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
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
  statements(@Param('slug') slug: string, @Query() query: ConferenceStatementsQueryDto): Promise<ConferenceStatement[]> {
    return this.record.statementsOf(slug, delegationOf(query));
  }

  @Get('statements.csv')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  async statementsCsv(@Param('slug') slug: string, @Query() query: ConferenceStatementsQueryDto, @Res({ passthrough: true }) response: Response): Promise<string> {
    const statements = await this.record.statementsOf(slug, delegationOf(query));
    response.setHeader('Content-Disposition', `attachment; filename="${slug}-statements.csv"`);
    return conferenceStatementsCsv(statements);
  }

  /** The report with cut-offs, per meeting and per delegation (the page builds it from the statements). */
  @Get('report.csv')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  async reportCsv(@Param('slug') slug: string, @Res({ passthrough: true }) response: Response): Promise<string> {
    const report = await this.record.report(slug);
    response.setHeader('Content-Disposition', `attachment; filename="${slug}-report.csv"`);
    return reportCsv(report);
  }
}
