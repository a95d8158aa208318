// The bare database under the inscription rush: the same sqlite3 driver, one connection (as
// TypeORM's sqlite driver keeps), the pragmas TypeORM sets for src/persistence/data-source-options.ts
// (journal_mode=WAL, busy_timeout=5000, foreign_keys=ON), and one single-row insert transaction per
// request, all issued at once and queued on the connection as TransactionRunner queues them.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Database } from 'sqlite3';
import { preciseNow } from './stats';

export interface BaselineRequest {
  type: 'baseline';
  count: number;
  /** Extra pragma to try, e.g. 'NORMAL'; undefined keeps sqlite's default (FULL), as Rostrum does today. */
  synchronous?: string;
}
export interface BaselineResult {
  type: 'baseline-result';
  latenciesMs: number[];
  completionMs: number;
  rows: number;
  /** CPU time of this process (main thread and sqlite's worker threads) over the inserts. */
  cpuMs: number;
}

const SPEAKER_ENTRY_TABLE = `CREATE TABLE "speaker_entry" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "meetingId" integer NOT NULL,
  "delegationId" integer NOT NULL, "capacity" varchar(20) NOT NULL, "onBehalfOfId" integer, "status" varchar(12) NOT NULL,
  "position" integer, "pinned" boolean NOT NULL DEFAULT (0), "limitSeconds" integer NOT NULL, "usedMs" integer NOT NULL DEFAULT (0),
  "requestedAt" bigint NOT NULL, "requestId" varchar(100), "inscribedByRole" varchar(12) NOT NULL,
  CONSTRAINT "UQ_meeting_request" UNIQUE ("meetingId", "requestId"))`;

function run(db: Database, sql: string, params: unknown[] = []): Promise<void> {
  return new Promise((resolve, reject) => db.run(sql, params, (error) => (error ? reject(error) : resolve())));
}

async function baseline({ count, synchronous }: BaselineRequest): Promise<BaselineResult> {
  const folder = mkdtempSync(join(tmpdir(), 'rostrum-bench-sqlite-'));
  const db = await new Promise<Database>((resolve, reject) => {
    const opened = new Database(join(folder, 'baseline.sqlite'), (error) => (error ? reject(error) : resolve(opened)));
  });
  try {
    await run(db, 'PRAGMA journal_mode = WAL');
    await run(db, 'PRAGMA busy_timeout = 5000');
    await run(db, 'PRAGMA foreign_keys = ON');
    if (synchronous) await run(db, `PRAGMA synchronous = ${synchronous}`);
    await run(db, SPEAKER_ENTRY_TABLE);
    await run(db, 'CREATE INDEX "IDX_meeting" ON "speaker_entry" ("meetingId")');
    let tail: Promise<unknown> = Promise.resolve();
    const insert = async (index: number) => {
      await run(db, 'BEGIN TRANSACTION');
      try {
        await run(
          db,
          'INSERT INTO "speaker_entry" ("meetingId", "delegationId", "capacity", "status", "position", "limitSeconds", "requestedAt", "requestId", "inscribedByRole") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
          [7, index + 1, 'national', 'waiting', index + 1, 180, Date.now(), `request-${index}`, 'delegate'],
        );
        await run(db, 'COMMIT');
      } catch (error) {
        await run(db, 'ROLLBACK');
        throw error;
      }
    };
    const cpuBefore = process.cpuUsage();
    const startedAt = preciseNow();
    const done = Array.from({ length: count }, (_, index) => {
      const result = tail.then(() => insert(index));
      tail = result.catch(() => undefined);
      return result.then(() => preciseNow() - startedAt);
    });
    const latenciesMs = await Promise.all(done);
    const completionMs = preciseNow() - startedAt;
    const cpu = process.cpuUsage(cpuBefore);
    const rows = await new Promise<number>((resolve, reject) =>
      db.get('SELECT COUNT(*) AS n FROM "speaker_entry"', (error, row: { n: number }) => (error ? reject(error) : resolve(row.n))),
    );
    return { type: 'baseline-result', latenciesMs, completionMs, rows, cpuMs: (cpu.user + cpu.system) / 1000 };
  } finally {
    await new Promise<void>((resolve) => db.close(() => resolve()));
    rmSync(folder, { recursive: true, force: true });
  }
}

if (require.main === module) {
  process.on('message', (request: BaselineRequest) => {
    if (request?.type !== 'baseline') return;
    baseline(request).then(
      (result) => process.send?.(result),
      (error: unknown) => process.send?.({ type: 'baseline-error', error: String(error) }),
    );
  });
  process.on('disconnect', () => process.exit(0));
}
