import { Controller, Get, Inject } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { Clock } from '../domain/clock';
import { ApiAnswers } from '../openapi/api-answers.decorator';
import { CLOCK } from '../persistence/clock.provider';
import { epochMsSchema } from '../shared/api-schemas';

const healthSchema = z.object({
  status: z.literal('ok'),
  database: z.literal('ok'),
  serverNow: epochMsSchema,
  uptimeSeconds: z.int().min(0),
});
class HealthDto extends createZodDto(healthSchema) {}

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get()
  @ApiAnswers({ summary: 'Is the server up, with its database', access: 'public' })
  @ZodResponse({ status: 200, type: HealthDto, description: 'Up, and the database answers' })
  async health(): Promise<z.infer<typeof healthSchema>> {
    await this.dataSource.query('SELECT 1');
    return { status: 'ok', database: 'ok', serverNow: this.clock.now(), uptimeSeconds: Math.round(process.uptime()) };
  }
}
