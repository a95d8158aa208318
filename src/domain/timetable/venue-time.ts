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

// IANA names are letters, digits and _ + - in slash-separated parts; Intl would also take "+05:00".
export const IANA_NAME = /^[A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+)*$/;

/** The zone's name with its canonical spelling ("asia/tokyo" -> "Asia/Tokyo"), or null if not an IANA zone. */
export function ianaZoneName(input: string): string | null {
  if (!IANA_NAME.test(input) || !IANAZone.isValidZone(input)) return null;
  const resolved = new Intl.DateTimeFormat('en-US', { timeZone: input }).resolvedOptions().timeZone;
  // Intl may also swap a link for its target ("EST" -> "America/Panama"): keep the name asked for then.
  return resolved.toLowerCase() === input.toLowerCase() ? resolved : input;
}
