import { Controller, Get, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { z } from 'zod';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { RequireRole } from '../auth/require-role.decorator';
import { IdParamPipe } from '../common/id-param.pipe';
import { epochMsToIso } from '../domain/timetable/venue-time';
import { MeetingsService } from '../meetings/meetings.service';
import { ApiAnswers } from '../openapi/api-answers.decorator';
import { rowIdSchema, utcInstantSchema } from '../shared/api-schemas';
import { AuditEntryEntity } from './audit-entry.entity';

const auditEntrySchema = z.object({
  id: rowIdSchema,
  at: utcInstantSchema,
  actor: z.object({ role: z.enum(['officer', 'delegate']), id: rowIdSchema }),
  action: z.string(),
  beforeVersion: z.int().nullable(),
  afterVersion: z.int().nullable(),
  detail: z.record(z.string(), z.unknown()).nullable(),
});
class AuditEntryDto extends createZodDto(auditEntrySchema) {}

@ApiTags('audit')
@Controller('meetings/:id/audit')
export class AuditController {
  constructor(
    @InjectRepository(AuditEntryEntity) private readonly audit: Repository<AuditEntryEntity>,
    private readonly meetings: MeetingsService,
  ) {}

  @Get()
  @RequireRole('officer')
  @ApiAnswers({ summary: "Who changed the meeting's list and floor, in order", access: 'officer' })
  @ZodResponse({ status: 200, type: [AuditEntryDto], description: 'The audit entries' })
  async list(@Param('id', new IdParamPipe('id')) meetingId: number): Promise<z.infer<typeof auditEntrySchema>[]> {
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
