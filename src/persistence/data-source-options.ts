import { DataSourceOptions } from 'typeorm';
import type { AppConfig } from '../config/app-config';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

export function buildDataSourceOptions(config: Pick<AppConfig, 'databasePath'>): DataSourceOptions {
  return {
    type: 'sqlite',
    database: config.databasePath,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsRun: true,
    migrationsTransactionMode: 'all',
    synchronize: false,
    enableWAL: true,
    busyTimeout: 5000,
    logging: ['error'],
  };
}
