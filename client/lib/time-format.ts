import { currentLocale, t } from '../i18n/runtime';

// Times with Intl only: luxon would triple the size of every page for what Intl already does.
// Dates are written in the page's language; clock times stay on the 24-hour clock in all six.

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(zone: string, options: Intl.DateTimeFormatOptions, locale = currentLocale()): Intl.DateTimeFormat {
  const key = `${locale}|${zone}|${JSON.stringify(options)}`;
  let cached = formatters.get(key);
  if (!cached) {
    cached = new Intl.DateTimeFormat(locale, { ...options, timeZone: zone });
    formatters.set(key, cached);
  }
  return cached;
}

export function toEpochMs(instant: string | number): number {
  return typeof instant === 'number' ? instant : Date.parse(instant);
}

/** "14:05" on the 24-hour clock, as UN documents write times. */
export function formatClock(instant: string | number, zone: string): string {
  return formatter(zone, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(toEpochMs(instant));
}

/** The calendar date in `zone` as "2021-07-26", for grouping and comparing days. */
export function dayKey(instant: string | number, zone: string): string {
  const parts = formatter(zone, { year: 'numeric', month: '2-digit', day: '2-digit' }, 'en-GB').formatToParts(toEpochMs(instant));
  const get = (type: string) => parts.find((part) => part.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** "Monday 26 July 2021". */
export function formatDay(instant: string | number, zone: string): string {
  return formatter(zone, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(toEpochMs(instant));
}

/** "Mon 26 Jul", beside a time that falls on another day than the venue's. */
export function formatShortDay(instant: string | number, zone: string): string {
  return formatter(zone, { weekday: 'short', day: 'numeric', month: 'short' }).format(toEpochMs(instant));
}

/** A zone's usual abbreviations, from the maintained zone list once a page has loaded it (zone-table.ts). */
export type ZoneAbbreviations = Map<string, { standard: string; daylight?: string; standardOffsetMinutes: number }>;
let knownAbbreviations: ZoneAbbreviations = new Map();

export function setZoneAbbreviations(abbreviations: ZoneAbbreviations): void {
  knownAbbreviations = abbreviations;
}

/** The zone's offset from UTC at that instant, in minutes (+330 for India). */
export function offsetMinutes(instant: string | number, zone: string): number {
  const ms = toEpochMs(instant);
  const parts = formatter(zone, { year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric', hourCycle: 'h23' }, 'en-GB').formatToParts(ms);
  const get = (type: string) => Number(parts.find((part) => part.type === type)?.value ?? 0);
  const wallClockMs = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return Math.round((wallClockMs - Math.floor(ms / 1000) * 1000) / 60_000);
}

/**
 * "EDT", "CEST", "IST": the zone list's abbreviation, standard or daylight by the offset at that
 * instant; else Intl's ("EDT" for American zones, "GMT+5:30" where it knows no abbreviation).
 */
export function zoneAbbreviation(instant: string | number, zone: string): string {
  const known = knownAbbreviations.get(zone);
  if (known) {
    const offset = offsetMinutes(instant, zone);
    if (offset === known.standardOffsetMinutes) return known.standard;
    if (known.daylight) return known.daylight;
  }
  const parts = formatter(zone, { timeZoneName: 'short' }, 'en-US').formatToParts(toEpochMs(instant));
  return parts.find((part) => part.type === 'timeZoneName')?.value ?? zone;
}

export function isValidZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export function detectZone(): string {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return zone && isValidZone(zone) ? zone : 'UTC';
}

/** "10:00–13:00" in `zone`, with the day added to the end when it is not the start's day. */
export function formatRange(startsAt: string | number, endsAt: string | number, zone: string): string {
  const start = formatClock(startsAt, zone);
  const end = formatClock(endsAt, zone);
  return dayKey(endsAt, zone) === dayKey(startsAt, zone)
    ? t('time.range', { start, end })
    : t('time.rangeEndsNextDay', { start, end, endDay: formatShortDay(endsAt, zone) });
}

/** "10:00 EDT", or "Tue 27 Jul 10:00 EDT" when the day differs from the one it is read against. */
export function formatWhen(instant: string, zone: string, otherZone: string): string {
  const time = formatClock(instant, zone);
  const zoneName = zoneAbbreviation(instant, zone);
  return dayKey(instant, zone) !== dayKey(instant, otherZone)
    ? t('time.onDayInZone', { day: formatShortDay(instant, zone), time, zone: zoneName })
    : t('time.inZone', { time, zone: zoneName });
}
