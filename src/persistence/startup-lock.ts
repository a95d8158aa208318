import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { DataSource, QueryRunner } from 'typeorm';

// Any fixed number: PostgreSQL advisory locks are named by a bigint, per database.
const STARTUP_LOCK_KEY = 7_240_026;

const held = new WeakMap<DataSource, QueryRunner>();

/**
 * PostgreSQL: instances started together would all migrate, seed and create the first officer. The
 * first to take this lock does it; the others wait, then find the work done. The lock is held from
 * before the migrations until the app has finished its start-up hooks (StartupLock.release).
 */
export async function migrateUnderStartupLock(dataSource: DataSource): Promise<void> {
  const runner = dataSource.createQueryRunner('master');
  await runner.connect();
  await runner.query('SELECT pg_advisory_lock($1)', [STARTUP_LOCK_KEY]);
  held.set(dataSource, runner);
  try {
    await dataSource.runMigrations({ transaction: 'all' });
  } catch (error) {
    await release(dataSource);
    throw error;
  }
}

async function release(dataSource: DataSource): Promise<void> {
  const runner = held.get(dataSource);
  if (!runner) return;
  held.delete(dataSource);
  try {
    await runner.query('SELECT pg_advisory_unlock($1)', [STARTUP_LOCK_KEY]);
  } finally {
    await runner.release();
  }
}

/** Lets the next instance start: call once the app's start-up hooks (seed, first officer) ran. */
@Injectable()
export class StartupLock implements OnModuleDestroy {
  constructor(private readonly dataSource: DataSource) {}

  release(): Promise<void> {
    return release(this.dataSource);
  }

  onModuleDestroy(): Promise<void> {
    return this.release();
  }
}
