import { DateTime } from 'luxon';

// Strict shapes: a date, a time to the minute (seconds and milliseconds optional), and for an
// instant an offset or Z. Luxon alone would also take week dates, ordinals and date-only strings.
const DATE_TIME = String.raw`\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?`;
const INSTANT = new RegExp(String.raw`^${DATE_TIME}(?:Z|[+-]\d{2}:?\d{2})$`);
const LOCAL = new RegExp(`^${DATE_TIME}$`);
/** The shapes above as JSON Schema patterns, for the OpenAPI document. */
export const INSTANT_PATTERN = INSTANT.source;
export const MEETING_TIME_PATTERN = String.raw`^${DATE_TIME}(?:Z|[+-]\d{2}:?\d{2})?$`;
const WALL_CLOCK = "yyyy-MM-dd'T'HH:mm:ss.SSS";

export const MEETING_TIME_HINT =
  'must be an ISO instant with offset ("2021-07-27T13:00Z", "2021-07-27T09:00-04:00") or a venue-local date-time ("2021-07-27T09:00")';
export const INSTANT_HINT = 'must be an ISO instant with offset or Z ("2021-07-27T13:00:00Z")';

/** "2021-07-27T13:00:00Z" or "2021-07-27T09:00-04:00" -> epoch ms; null for anything else. */
export function parseIsoInstant(value: string): number | null {
  if (!INSTANT.test(value)) return null;
  const parsed = DateTime.fromISO(value, { setZone: true });
  return parsed.isValid ? parsed.toMillis() : null;
}

export function isIsoInstant(value: string): boolean {
  return parseIsoInstant(value) !== null;
}

export function isVenueLocalDateTime(value: string): boolean {
  return LOCAL.test(value) && DateTime.fromISO(value, { zone: 'utc' }).isValid;
}

export function isMeetingTimeInput(value: string): boolean {
  return isIsoInstant(value) || isVenueLocalDateTime(value);
}

export type VenueLocalResolution =
  | { kind: 'exact'; epochMs: number }
  | { kind: 'ambiguous'; candidates: [string, string] }
  | { kind: 'nonexistent' }
  | { kind: 'invalid' };

/**
 * A wall-clock time in `zone`, without luxon's silent choices: a time skipped when the clocks go
 * forward is `nonexistent`, one repeated when they go back is `ambiguous` (both readings given).
 */
export function resolveVenueLocal(local: string, zone: string): VenueLocalResolution {
  if (!isVenueLocalDateTime(local)) return { kind: 'invalid' };
  const wanted = DateTime.fromISO(local, { zone: 'utc' }).toFormat(WALL_CLOCK);
  const inZone = DateTime.fromISO(local, { zone });
  if (!inZone.isValid) return { kind: 'invalid' };
  if (inZone.toFormat(WALL_CLOCK) !== wanted) return { kind: 'nonexistent' };
  const readings = inZone.getPossibleOffsets();
  if (readings.length === 2) {
    const [earlier, later] = readings.map((reading) => reading.toFormat("yyyy-MM-dd'T'HH:mmZZ"));
    return { kind: 'ambiguous', candidates: [earlier, later] };
  }
  return { kind: 'exact', epochMs: inZone.toMillis() };
}

export type MeetingTimeParse = { ok: true; epochMs: number } | { ok: false; problem: string };

/** An officer's time: an instant with offset as given, or wall-clock time at the venue. */
export function parseMeetingTime(value: string, zone: string): MeetingTimeParse {
  const instant = parseIsoInstant(value);
  if (instant !== null) return { ok: true, epochMs: instant };
  const local = resolveVenueLocal(value, zone);
  switch (local.kind) {
    case 'exact':
      return { ok: true, epochMs: local.epochMs };
    case 'nonexistent':
      return { ok: false, problem: `${value} does not exist in ${zone}: the clocks skip it for daylight saving time` };
    case 'ambiguous':
      return {
        ok: false,
        problem: `${value} happens twice in ${zone} as the clocks go back: give the offset, ${local.candidates.join(' or ')}`,
      };
    case 'invalid':
      return { ok: false, problem: MEETING_TIME_HINT };
  }
}
