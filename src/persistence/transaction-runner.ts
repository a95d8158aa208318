import { AsyncLocalStorage } from 'node:async_hooks';
import { Injectable, OnModuleInit } from '@nestjs/common';
import { DataSource, EntityManager, QueryRunner } from 'typeorm';

/**
 * sqlite: TypeORM's driver shares one connection, so two concurrent transactions would interleave
 * on it and a stray statement would land inside somebody else's transaction. Every transaction
 * runs here, one after the other, and any statement issued outside them waits its turn on the same
 * queue; a transaction started anywhere else is refused loudly.
 *
 * PostgreSQL: transactions run in parallel on the pool; correctness comes from the versioned
 * `UPDATE ... WHERE version = ?` (and the list row lock) inside each one, checked by the database.
 */
@Injectable()
export class TransactionRunner implements OnModuleInit {
  /** True on sqlite: transactions are queued in this process, so in-process state may be trusted. */
  readonly queuesTransactions: boolean;
  private tail: Promise<unknown> = Promise.resolve();
  private readonly owner = new AsyncLocalStorage<symbol>();
  private activeOwner: symbol | null = null;
  private readonly pooled = new AsyncLocalStorage<EntityManager>();

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
    if (!this.queuesTransactions) return this.dataSource.transaction((manager) => this.pooled.run(manager, () => work(manager)));
    return this.exclusive(() => this.dataSource.transaction((manager) => work(manager)));
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
