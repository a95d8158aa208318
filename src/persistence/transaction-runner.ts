import { AsyncLocalStorage } from 'node:async_hooks';
import { Injectable, OnModuleInit } from '@nestjs/common';
import { DataSource, EntityManager, QueryRunner } from 'typeorm';
import { isStorageFailure } from './storage-failure';

/** What TypeORM's sqlite query runner keeps of the transaction it believes open. */
type TransactionBookkeeping = { isTransactionActive: boolean; transactionDepth: number };

interface GroupedWork {
  work(manager: EntityManager): Promise<unknown>;
  resolve(value: unknown): void;
  reject(error: unknown): void;
}

/**
 * sqlite: TypeORM's driver shares one connection, so two concurrent transactions would interleave
 * on it and a stray statement would land inside somebody else's transaction. Every transaction
 * runs here, one after the other, and any statement issued outside them waits its turn on the same
 * queue; a transaction started anywhere else is refused loudly.
 *
 * PostgreSQL: transactions run in parallel on the pool; correctness comes from the versioned
 * `UPDATE ... WHERE version = ?` (and the list row lock) inside each one, checked by the database.
 *
 * A failed transaction must leave the connection clean: when COMMIT fails with SQLITE_FULL, sqlite
 * may already have rolled back, TypeORM's ROLLBACK then fails, and TypeORM goes on believing a
 * transaction is open, so that every later "transaction" would be a savepoint inside one that
 * never commits.
 */
@Injectable()
export class TransactionRunner implements OnModuleInit {
  /** True on sqlite: transactions are queued in this process, so in-process state may be trusted. */
  readonly queuesTransactions: boolean;
  private tail: Promise<unknown> = Promise.resolve();
  private readonly owner = new AsyncLocalStorage<symbol>();
  private activeOwner: symbol | null = null;
  private readonly pooled = new AsyncLocalStorage<EntityManager>();
  private lastWriteFailedOnStorage = false;
  private grouped: GroupedWork[] = [];

  constructor(private readonly dataSource: DataSource) {
    this.queuesTransactions = dataSource.options.type === 'sqlite';
  }

  onModuleInit(): void {
    if (this.queuesTransactions) this.guard(this.dataSource.driver.createQueryRunner('master'));
  }

  write<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    if (this.isOwner() || this.pooled.getStore()) {
      throw new Error('TransactionRunner.write called inside a transaction: pass the manager instead');
    }
    if (!this.queuesTransactions) {
      return this.recordingStorage(() => this.dataSource.transaction((manager) => this.pooled.run(manager, () => work(manager))));
    }
    return this.exclusive(async () => {
      try {
        return await this.recordingStorage(() => this.dataSource.transaction((manager) => work(manager)));
      } catch (error) {
        await this.leaveFailedTransaction(isStorageFailure(error));
        throw error;
      }
    });
  }

  /**
   * Like `write`, but the works that arrive in the same turn of the event loop share one transaction:
   * a burst of 193 audit rows is one commit, not 193 queued in front of the floor's. Each caller gets
   * its own work's result; a failure fails the whole group, as nothing of it was committed.
   */
  writeTogether<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.grouped.push({ work, resolve: resolve as (value: unknown) => void, reject });
      if (this.grouped.length === 1) setImmediate(() => void this.writeGroup());
    });
  }

  private async writeGroup(): Promise<void> {
    const group = this.grouped;
    this.grouped = [];
    try {
      const results = await this.write(async (manager) => {
        const done: unknown[] = [];
        for (const { work } of group) done.push(await work(manager));
        return done;
      });
      group.forEach(({ resolve }, index) => resolve(results[index]));
    } catch (error) {
      for (const { reject } of group) reject(error);
    }
  }

  /** True while the last write failed because the database could not store it (disk full, I/O error). */
  get writesFailing(): boolean {
    return this.lastWriteFailedOnStorage;
  }

  /** A consistent read: no transaction can commit half-way through it. */
  read<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    if (!this.queuesTransactions) {
      const inside = this.pooled.getStore();
      if (inside) return work(inside);
      // One snapshot for every statement of the read.
      return this.dataSource.transaction('REPEATABLE READ', (manager) => this.pooled.run(manager, () => work(manager)));
    }
    if (this.isOwner()) return work(this.dataSource.manager);
    return this.exclusive(() => work(this.dataSource.manager));
  }

  private async recordingStorage<T>(write: () => Promise<T>): Promise<T> {
    try {
      const result = await write();
      this.lastWriteFailedOnStorage = false;
      return result;
    } catch (error) {
      if (isStorageFailure(error)) this.lastWriteFailedOnStorage = true;
      throw error;
    }
  }

  /** sqlite, inside the queue: ends whatever transaction the failure left open, or reopens the file. */
  private async leaveFailedTransaction(storageFailed: boolean): Promise<void> {
    const queryRunner = this.dataSource.driver.createQueryRunner('master');
    const bookkeeping = queryRunner as unknown as TransactionBookkeeping;
    if (!storageFailed && !bookkeeping.isTransactionActive) return;
    bookkeeping.isTransactionActive = false;
    bookkeeping.transactionDepth = 0;
    try {
      await queryRunner.query('ROLLBACK');
    } catch (error) {
      if (/no transaction is active/.test(String((error as Error).message))) return;
      // The connection may still hold the transaction: closing it rolls back, and a new one starts clean.
      await this.dataSource.driver.disconnect().catch(() => undefined);
      await this.dataSource.driver.connect();
      this.guard(this.dataSource.driver.createQueryRunner('master'));
    }
  }

  private isOwner(): boolean {
    return this.activeOwner !== null && this.owner.getStore() === this.activeOwner;
  }

  private exclusive<T>(work: () => Promise<T>): Promise<T> {
    const token = Symbol('owner');
    const run = () => {
      this.activeOwner = token;
      return this.owner.run(token, work).finally(() => {
        this.activeOwner = null;
      });
    };
    const result = this.tail.then(run, run);
    this.tail = result.catch(() => undefined);
    return result;
  }

  private guard(queryRunner: QueryRunner): void {
    const query = queryRunner.query.bind(queryRunner);
    const startTransaction = queryRunner.startTransaction.bind(queryRunner);
    queryRunner.query = ((...args: Parameters<QueryRunner['query']>) =>
      this.isOwner() ? query(...args) : this.exclusive(() => query(...args))) as QueryRunner['query'];
    queryRunner.startTransaction = (isolationLevel) => {
      if (!this.isOwner()) {
        return Promise.reject(new Error('Start transactions through TransactionRunner.write (sqlite shares one connection)'));
      }
      return startTransaction(isolationLevel);
    };
  }
}
