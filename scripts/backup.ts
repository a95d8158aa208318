/**
 * `npm run backup [-- <file>]`: a consistent copy of the sqlite database, safe while the server runs.
 *
 * sqlite's online backup API copies the pages of one read snapshot: every transaction the server
 * committed before the copy began is in it, none that committed later is, and nothing half-done
 * is. WAL mode lets the server keep writing meanwhile. The copy is written beside its destination
 * and renamed into place when complete, so a file named like a backup is always a whole one.
 * Without a file argument it goes to backups/rostrum-<UTC timestamp>.sqlite.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseEnv } from 'node:util';
import { Database, OPEN_CREATE, OPEN_READONLY, OPEN_READWRITE } from 'sqlite3';
import { loadConfig } from '../src/config/app-config';

/** The part of node-sqlite3's Backup object used here (its typings leave it out). */
interface SqliteBackup {
  readonly completed: boolean;
  readonly failed: boolean;
  step(pages: number, callback: (error: Error | null) => void): void;
  finish(callback?: (error: Error | null) => void): void;
}

// Each step copies everything in one go, so a write landing between steps cannot restart it; a step
// refused because the server holds a lock at that instant is retried.
const RETRY_DELAY_MS = 50;
const MAX_ATTEMPTS = 200;

function open(path: string, mode = OPEN_READWRITE | OPEN_CREATE): Promise<Database> {
  return new Promise((done, fail) => {
    const database = new Database(path, mode, (error) => (error ? fail(error) : done(database)));
  });
}

function close(database: Database): Promise<void> {
  return new Promise((done, fail) => database.close((error) => (error ? fail(error) : done())));
}

/** Copies the database at `source` to `destination` with sqlite's online backup API. */
export async function backupDatabase(source: string, destination: string): Promise<void> {
  if (!existsSync(source)) throw new Error(`No database at ${source}`);
  mkdirSync(dirname(destination), { recursive: true });
  const partial = `${destination}.partial`;
  rmSync(partial, { force: true });
  const database = await open(source, OPEN_READONLY);
  try {
    database.configure('busyTimeout', 5000);
    const backup = (database as unknown as { backup(file: string): SqliteBackup }).backup(partial);
    for (let attempt = 1; !backup.completed; attempt++) {
      await new Promise<void>((done, fail) => backup.step(-1, (error) => (error ? fail(error) : done())));
      if (backup.failed) throw new Error('sqlite backup failed');
      if (!backup.completed) {
        if (attempt >= MAX_ATTEMPTS) throw new Error(`the database stayed locked for ${(MAX_ATTEMPTS * RETRY_DELAY_MS) / 1000} s`);
        await new Promise((done) => setTimeout(done, RETRY_DELAY_MS));
      }
    }
    await new Promise<void>((done, fail) => backup.finish((error) => (error ? fail(error) : done())));
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  } finally {
    await close(database);
  }
  // A self-contained file: fold any write-ahead log of the copy into it before it takes its name.
  const copy = await open(partial);
  await new Promise<void>((done, fail) => copy.exec('PRAGMA journal_mode = DELETE', (error) => (error ? fail(error) : done())));
  await close(copy);
  renameSync(partial, destination);
}

/** backups/rostrum-2021-07-26T14-00-00-000Z.sqlite */
export function defaultBackupPath(now: Date = new Date(), folder = 'backups'): string {
  return join(folder, `rostrum-${now.toISOString().replace(/[:.]/g, '-')}.sqlite`);
}

/** The same settings the server reads: the environment, over .env when there is one (as @nestjs/config does). */
function environment(): Record<string, string | undefined> {
  const fromFile = existsSync('.env') ? parseEnv(readFileSync('.env', 'utf8')) : {};
  return { ...fromFile, ...process.env };
}

async function main(): Promise<void> {
  const config = loadConfig(environment());
  if (config.databaseUrl !== undefined) {
    throw new Error('DATABASE_URL is set: the data is in PostgreSQL, back it up with pg_dump');
  }
  const destination = resolve(process.argv[2] ?? defaultBackupPath());
  await backupDatabase(resolve(config.databasePath), destination);
  console.log(`Backed up ${config.databasePath} to ${destination}`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(`Backup failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
