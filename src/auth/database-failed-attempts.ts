import { EntityManager, LessThan } from 'typeorm';
import { TransactionRunner } from '../persistence/transaction-runner';
import { AttemptRecord, beginAttempt, FailureCounter, FailureLimit, NO_ATTEMPTS, takeBackAttempt } from './failed-attempts';
import { SignInAttemptsEntity } from './sign-in-attempts.entity';

// Expired records are deleted once every this many attempts, not on each.
const SWEEP_EVERY_ATTEMPTS = 200;

/**
 * The attempt counts in the database (sqlite or PostgreSQL), for one instance: a restart keeps them.
 * On sqlite the attempts that arrive together share one transaction: a burst of 50 sign-ins is a few
 * commits, not a hundred queued in front of the floor's.
 */
export class DatabaseFailedAttempts implements FailureCounter {
  private attemptsSinceSweep = 0;

  constructor(
    private readonly transactions: TransactionRunner,
    private readonly name: string,
    readonly limit: FailureLimit,
  ) {}

  begin(key: string, attemptId: string, nowMs: number): Promise<number> {
    return this.write(async (manager) => {
      if ((this.attemptsSinceSweep += 1) >= SWEEP_EVERY_ATTEMPTS) {
        this.attemptsSinceSweep = 0;
        await manager.delete(SignInAttemptsEntity, { counter: this.name, expiresAt: LessThan(nowMs) });
      }
      const { record, waitMs } = beginAttempt(await this.load(manager, key), this.limit, attemptId, nowMs);
      if (waitMs === 0) await this.save(manager, key, record);
      return waitMs;
    });
  }

  succeeded(key: string, attemptId: string, forgetKey: boolean): Promise<void> {
    return this.write(async (manager) => {
      if (forgetKey) {
        await manager.delete(SignInAttemptsEntity, { counter: this.name, key });
        return;
      }
      await this.save(manager, key, takeBackAttempt(await this.load(manager, key), attemptId));
    });
  }

  /** PostgreSQL: one transaction each, as rows are locked across instances. sqlite: grouped by turn of the event loop. */
  private write<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.transactions.queuesTransactions ? this.transactions.writeTogether(work) : this.transactions.write(work);
  }

  private async load(manager: EntityManager, key: string): Promise<AttemptRecord> {
    const postgres = manager.connection.options.type === 'postgres';
    // PostgreSQL: instances of one database would race on the row; the row lock orders them.
    if (postgres) await manager.createQueryBuilder().insert().into(SignInAttemptsEntity).values(this.row(key, NO_ATTEMPTS)).orIgnore().execute();
    const row = await manager.findOne(SignInAttemptsEntity, {
      where: { counter: this.name, key },
      ...(postgres ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    return row ? (JSON.parse(row.record) as AttemptRecord) : NO_ATTEMPTS;
  }

  private async save(manager: EntityManager, key: string, record: AttemptRecord): Promise<void> {
    await manager.upsert(SignInAttemptsEntity, this.row(key, record), ['counter', 'key']);
  }

  private row(key: string, record: AttemptRecord): SignInAttemptsEntity {
    const lastAttemptMs = Math.max(0, ...record.attempts.map((attempt) => attempt.atMs));
    return { counter: this.name, key, record: JSON.stringify(record), expiresAt: Math.max(record.blockedUntilMs, lastAttemptMs + this.limit.windowMs) };
  }
}
