import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { clockProvider, CLOCK } from './clock.provider';
import { buildDataSourceOptions } from './data-source-options';
import { RedisConnection } from './redis-connection';
import { prepareSqliteFile } from './sqlite-file';
import { migrateUnderStartupLock, StartupLock } from './startup-lock';
import { TransactionRunner } from './transaction-runner';

@Global()
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => buildDataSourceOptions(config),
      dataSourceFactory: async (options) => {
        if (options!.type === 'sqlite') prepareSqliteFile(options!.database);
        const dataSource = await new DataSource(options!).initialize();
        if (dataSource.options.type !== 'postgres') return dataSource;
        try {
          await migrateUnderStartupLock(dataSource);
        } catch (error) {
          await dataSource.destroy();
          throw error;
        }
        return dataSource;
      },
    }),
  ],
  providers: [clockProvider, TransactionRunner, StartupLock, RedisConnection],
  exports: [CLOCK, TransactionRunner, StartupLock, RedisConnection],
})
export class PersistenceModule {}
