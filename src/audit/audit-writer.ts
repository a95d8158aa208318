import { Injectable, Logger } from '@nestjs/common';
import { TransactionRunner } from '../persistence/transaction-runner';
import { AuditEntryEntity } from './audit-entry.entity';

export type AuditRow = Omit<AuditEntryEntity, 'id'>;

/**
 * Audit rows that arrive together are written together: a burst of 193 inscriptions adds one
 * commit, not 193 behind the inscriptions' own. Each caller waits for the commit of its row.
 */
@Injectable()
export class AuditWriter {
  private readonly logger = new Logger('Audit');
  private pending: AuditRow[] = [];
  private flushing: Promise<void> | null = null;

  constructor(private readonly transactions: TransactionRunner) {}

  record(row: AuditRow): Promise<void> {
    this.pending.push(row);
    this.flushing ??= new Promise<void>((resolve) => setImmediate(resolve)).then(() => this.flush());
    return this.flushing;
  }

  private async flush(): Promise<void> {
    const rows = this.pending;
    this.pending = [];
    this.flushing = null;
    await this.transactions
      .write((manager) => manager.save(AuditEntryEntity, manager.create(AuditEntryEntity, rows), { chunk: 100 }))
      .catch((error: unknown) => this.logger.error(`audit write of ${rows.length} row(s) failed: ${String(error)}`));
  }
}
