import { Injectable, Logger } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { TransactionRunner } from '../persistence/transaction-runner';
import { AuditEntryEntity } from './audit-entry.entity';

export type AuditRow = Omit<AuditEntryEntity, 'id'>;

/** Rows per INSERT: 8 bound values a row (the id is generated), 800 a chunk, under sqlite's old limit of 999. */
const INSERT_CHUNK = 100;

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
    // insert, not save: save would first work out, row by row, whether each is new.
    for (let start = 0; start < rows.length; start += INSERT_CHUNK) {
      await manager
        .createQueryBuilder()
        .insert()
        .into(AuditEntryEntity)
        .values(rows.slice(start, start + INSERT_CHUNK) as QueryDeepPartialEntity<AuditEntryEntity>[])
        .updateEntity(false)
        .execute();
    }
  }
}
