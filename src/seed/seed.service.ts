import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { ConferenceEntity } from '../conferences/conference.entity';
import type { Clock } from '../domain/clock';
import { CLOCK } from '../persistence/clock.provider';
import { TransactionRunner } from '../persistence/transaction-runner';
import { fillSeededTitles, seedBms7 } from './seed-bms7';

@Injectable()
export class SeedService implements OnApplicationBootstrap {
  private readonly logger = new Logger('Seed');

  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.seedBms7) return;
    const existing = await this.dataSource.getRepository(ConferenceEntity).find({ select: { shortTitle: true } });
    if (existing.length > 0) {
      this.logger.log(`Conferences in the database: ${existing.map((conference) => conference.shortTitle).join(', ')} (nothing seeded)`);
      const filled = await this.transactions.write((manager) => fillSeededTitles(manager));
      if (filled > 0) this.logger.log(`Gave ${filled} seeded BMS7 meetings their titles in the six languages`);
      return;
    }
    await this.transactions.write((manager) => seedBms7(manager, this.clock.now()));
    this.logger.log('Seeded the BMS7 conference (empty database)');
  }
}
