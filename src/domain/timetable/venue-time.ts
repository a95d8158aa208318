import { DateTime, IANAZone } from 'luxon';

export function isValidZone(zone: string): boolean {
  return IANAZone.isValidZone(zone);
}

/**
 * "2021-07-27T09:00" read as wall-clock time in `zone` -> epoch ms. A time that does not exist
 * (skipped by a DST change) or is ambiguous resolves as luxon does: forward / earlier offset.
 */
export function venueLocalToEpochMs(localDateTime: string, zone: string): number {
  const parsed = DateTime.fromISO(localDateTime, { zone, setZone: false });
  if (!parsed.isValid) throw new RangeError(`Invalid local date-time "${localDateTime}" in ${zone}`);
  return parsed.toMillis();
}

export function epochMsToIso(epochMs: number): string {
  return new Date(epochMs).toISOString();
}

/** The calendar date (YYYY-MM-DD) of an instant in `zone`. */
export function localDateOf(epochMs: number, zone: string): string {
  return DateTime.fromMillis(epochMs, { zone }).toISODate() as string;
}

/** Wall-clock time of an instant in `zone`, ISO with offset: "2021-07-27T09:00:00.000-04:00". */
export function localIsoOf(epochMs: number, zone: string): string {
  return DateTime.fromMillis(epochMs, { zone }).toISO() as string;
}
