// sqlite: the disk is full or failing (SQLITE_FULL, SQLITE_IOERR_*, the file gone read-only or
// unopenable). PostgreSQL: disk_full (53100), out of memory (53200), io_error (58030).
const SQLITE_STORAGE_CODES = /^SQLITE_(FULL|IOERR|READONLY|CANTOPEN|NOMEM)/;
const POSTGRES_STORAGE_CODES = new Set(['53100', '53200', '58030']);

/** Seconds a client should wait before retrying a write refused because the storage failed. */
export const STORAGE_RETRY_AFTER_SECONDS = 5;

/** True when an error says the database could not store, not that the request was wrong. */
export function isStorageFailure(error: unknown): boolean {
  for (let cause = error, depth = 0; cause && typeof cause === 'object' && depth < 3; depth += 1) {
    const { code } = cause as { code?: unknown };
    if (typeof code === 'string' && (SQLITE_STORAGE_CODES.test(code) || POSTGRES_STORAGE_CODES.has(code))) return true;
    cause = (cause as { driverError?: unknown }).driverError;
  }
  return false;
}
