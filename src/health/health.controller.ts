import { Controller, Get, Inject, ServiceUnavailableException } from '@nestjs/common';
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
import { TransactionRunner } from '../persistence/transaction-runner';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** 503 while the database cannot store: a read answering is not enough. */
  @Get()
  @ApiAnswers({ summary: 'Is the server up, with its database', description: '503 while the database cannot store.', access: 'public', errors: [503] })
  @ZodResponse({ status: 200, type: HealthDto, description: 'Up, and the database answers' })
  async health(): Promise<z.infer<typeof healthSchema>> {
    await this.dataSource.query('SELECT 1');
    if (this.transactions.writesFailing) await this.probeWrite();
    return { status: 'ok', database: 'ok', serverNow: this.clock.now(), uptimeSeconds: Math.round(process.uptime()) };
  }

  private async probeWrite(): Promise<void> {
    try {
      await this.transactions.write((manager) => manager.query(`UPDATE "storage_probe" SET "writes" = "writes" + 1 WHERE "id" = 1`));
    } catch {
      throw new ServiceUnavailableException({
        statusCode: 503,
        error: 'Service Unavailable',
        message: 'database: writes are failing (disk full or failing)',
        status: 'error',
        database: 'failing',
        code: 'STORAGE_UNAVAILABLE',
      });
    }
  }
}
