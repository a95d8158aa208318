import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { loadConfig } from './src/config/app-config';
import { buildDataSourceOptions } from './src/persistence/data-source-options';

/** The DataSource the TypeORM CLI uses (migration:generate / migration:run). */
export default new DataSource({
  ...buildDataSourceOptions(loadConfig(process.env)),
  migrationsRun: false,
});
