import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from 'node:fs';
import { dirname } from 'node:path';

const OWNER_ONLY = 0o600;

/**
 * The database holds password hashes and the whole record: readable by its owner only. sqlite
 * gives its -wal and -shm files the mode of the database file, so creating that one 0600 is enough;
 * files left by an older version are narrowed too.
 */
export function prepareSqliteFile(databasePath: string): void {
  if (databasePath === ':memory:') return;
  mkdirSync(dirname(databasePath), { recursive: true });
  if (!existsSync(databasePath)) closeSync(openSync(databasePath, 'a', OWNER_ONLY));
  for (const path of [databasePath, `${databasePath}-wal`, `${databasePath}-shm`]) if (existsSync(path)) chmodSync(path, OWNER_ONLY);
}
