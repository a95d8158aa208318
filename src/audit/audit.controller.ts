import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { RequireRole } from '../auth/require-role.decorator';
import { IdParamPipe } from '../common/id-param.pipe';
import { epochMsToIso } from '../domain/timetable/venue-time';
import { MeetingsService } from '../meetings/meetings.service';
import { AuditEntryEntity } from './audit-entry.entity';

@ApiTags('audit')
@ApiBearerAuth()
@Controller('meetings/:id/audit')
export class AuditController {
  constructor(
    @InjectRepository(AuditEntryEntity) private readonly audit: Repository<AuditEntryEntity>,
    private readonly meetings: MeetingsService,
  ) {}

  @Get()
  @RequireRole('officer')
  async list(@Param('id', new IdParamPipe('id')) meetingId: number) {
    await this.meetings.load(meetingId);
    const rows = await this.audit.find({ where: { meetingId }, order: { id: 'ASC' } });
    return rows.map((row) => ({
      id: row.id,
      at: epochMsToIso(row.at),
      actor: { role: row.actorRole, id: row.actorId },
      action: row.action,
      beforeVersion: row.beforeVersion,
      afterVersion: row.afterVersion,
      detail: row.detail,
    }));
  }
}
