import { Controller, Get, Inject } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { Clock } from '../domain/clock';
import { CLOCK } from '../persistence/clock.provider';


@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get()
  async health(): Promise<{ status: 'ok'; database: 'ok'; serverNow: number; uptimeSeconds: number }> {
    await this.dataSource.query('SELECT 1');
    return { status: 'ok', database: 'ok', serverNow: this.clock.now(), uptimeSeconds: Math.round(process.uptime()) };
  }
}
