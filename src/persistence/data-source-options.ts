import * as sqlite3 from 'sqlite3';
import { DataSourceOptions } from 'typeorm';
import type { AppConfig } from '../config/app-config';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';
import { POSTGRES_MIGRATIONS } from './migrations-postgres';

/** sqlite by default; PostgreSQL when DATABASE_URL is set. Same entities, a migration set per driver. */
export function buildDataSourceOptions(config: Pick<AppConfig, 'databasePath' | 'databaseUrl'>): DataSourceOptions {
  const common = {
    entities: ENTITIES,
    migrationsTransactionMode: 'all' as const,
    synchronize: false,
    logging: ['error' as const],
  };
  if (config.databaseUrl !== undefined) {
    return {
      ...common,
      type: 'postgres',
      url: config.databaseUrl,
      migrations: POSTGRES_MIGRATIONS,
      // Several instances may start at once: runMigrationsOnce runs them under an advisory lock.
      migrationsRun: false,
      extra: { max: 10 },
    };
  }
  return {
    ...common,
    type: 'sqlite',
    database: config.databasePath,
    // TypeORM calls sqlite3.verbose(), whose stack capture on every statement cost ~25% of an inscription.
    driver: { verbose: () => sqlite3 },
    migrations: MIGRATIONS,
    migrationsRun: true,
    enableWAL: true,
    busyTimeout: 5000,
  };
}
