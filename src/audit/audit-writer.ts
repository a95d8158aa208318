import { Injectable, Logger } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { TransactionRunner } from '../persistence/transaction-runner';
import { AuditEntryEntity } from './audit-entry.entity';

export type AuditRow = Omit<AuditEntryEntity, 'id'>;

/**
 * Audit rows that arrive together are written together, in one insert of many rows inside the commit
 * the runner groups them into. Each caller waits for the commit of its row.
 */
@Injectable()
export class AuditWriter {
  private readonly logger = new Logger('Audit');
  private pending: AuditRow[] = [];
  private written: Promise<void> | null = null;

  constructor(private readonly transactions: TransactionRunner) {}

  record(row: AuditRow): Promise<void> {
    this.pending.push(row);
    this.written ??= this.transactions
      .writeTogether((manager) => this.insertPending(manager))
      .catch((error: unknown) => this.logger.error(`audit write failed: ${String(error)}`));
    return this.written;
  }

  private async insertPending(manager: EntityManager): Promise<void> {
    const rows = this.pending;
    this.pending = [];
    this.written = null;
    await manager.save(AuditEntryEntity, manager.create(AuditEntryEntity, rows), { chunk: 100 });
  }
}
