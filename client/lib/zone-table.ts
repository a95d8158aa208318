import { offsetMinutes, setZoneAbbreviations, zoneAbbreviation, type ZoneAbbreviations } from './time-format';

/** A zone of today's tz database as the picker offers it. */
export interface ZoneChoice {
  /** Today's IANA name: Asia/Kolkata, never Asia/Calcutta. */
  name: string;
  /** "India Time", in the page's language where Intl knows it. */
  zoneName: string;
  country: string;
  mainCities: readonly string[];
  /** At the moment the table was made: "IST", "CEST". */
  abbreviation: string;
  offsetMinutes: number;
  /** Every word the search matches, lower-cased and without accents: names, cities, countries in English and the page's language. */
  searchText: string;
}

export interface ZoneTable {
  /** Sorted by current offset, then name. */
  zones: readonly ZoneChoice[];
  /** Today's name for any name of a zone's group (Asia/Calcutta -> Asia/Kolkata, Europe/Kiev -> Europe/Kyiv); unknown names unchanged. */
  currentName(zone: string): string;
}

/** Lower case without accents, so "cordoba" finds Córdoba and "kyiv" finds Kyiv. */
export function searchable(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .toLowerCase();
}

const tables = new Map<string, Promise<ZoneTable>>();

/**
 * The maintained zone list (@vvo/tzdb), fetched as a chunk of its own after the page has drawn: it
 * is about as big as the rest of the timetable page. Once loaded, every time on the page gets the
 * zone's usual abbreviation (CEST, IST) where Intl only knows GMT+2, GMT+5:30.
 */
export function loadZoneTable(locale: string, nowMs: number): Promise<ZoneTable> {
  const key = `${locale}|${Math.floor(nowMs / 3_600_000)}`;
  const cached = tables.get(key);
  if (cached) return cached;
  const loading = import('./tzdb-zones').then(({ getTimeZones, rawTimeZones }) => {
    const english = new Map(rawTimeZones.map((zone) => [zone.name, zone]));
    const byGroupName = new Map<string, string>();
    const abbreviations: ZoneAbbreviations = new Map();
    const zones = getTimeZones({ includeUtc: true, locale, date: new Date(nowMs) }).map((zone): ZoneChoice => {
      const abbreviation = { standard: zone.abbreviation, daylight: zone.dstAbbreviation, standardOffsetMinutes: zone.rawOffsetInMinutes };
      for (const name of [zone.name, ...zone.group]) {
        byGroupName.set(name, zone.name);
        abbreviations.set(name, abbreviation);
      }
      const raw = english.get(zone.name);
      const words = [zone.name, zone.name.replace(/_/g, ' '), ...zone.group, zone.alternativeName, zone.countryName, raw?.alternativeName, raw?.countryName, zone.countryCode, ...zone.mainCities, zone.abbreviation, zone.dstAbbreviation];
      return {
        name: zone.name,
        zoneName: zone.alternativeName,
        country: zone.countryName,
        mainCities: zone.mainCities.filter(Boolean),
        abbreviation: zone.currentAbbreviation,
        offsetMinutes: zone.currentTimeOffsetInMinutes,
        searchText: searchable(words.filter(Boolean).join(' ')),
      };
    });
    setZoneAbbreviations(abbreviations);
    return { zones, currentName: (zone: string) => byGroupName.get(zone) ?? zone };
  });
  tables.set(key, loading);
  return loading;
}

/** Choices for the zones named, from Intl alone: what the picker offers until (or unless) the table loads. */
export function choicesFromIntl(names: readonly string[], nowMs: number): ZoneChoice[] {
  return [...new Set(names)].map((name) => ({
    name,
    zoneName: '',
    country: '',
    mainCities: [],
    abbreviation: zoneAbbreviation(nowMs, name),
    offsetMinutes: offsetMinutes(nowMs, name),
    searchText: searchable(`${name} ${name.replace(/_/g, ' ')}`),
  }));
}

/** The zones a search finds: each word of the query in the zone's name, cities, country or abbreviation. */
export function matchingZones(zones: readonly ZoneChoice[], query: string): ZoneChoice[] {
  const words = searchable(query).split(/[\s,/]+/).filter(Boolean);
  return words.length === 0 ? [...zones] : zones.filter((zone) => words.every((word) => zone.searchText.includes(word)));
}

/** The viewer's zone first, the venue's second, then the rest in the table's order. */
export function orderedZones(zones: readonly ZoneChoice[], first: readonly string[]): ZoneChoice[] {
  const leading = first.flatMap((name, index) => (first.indexOf(name) === index ? zones.filter((zone) => zone.name === name) : []));
  return [...leading, ...zones.filter((zone) => !leading.includes(zone))];
}

/** "UTC+05:30", "UTC−04:00". */
export function formatOffset(offsetMinutes: number): string {
  const sign = offsetMinutes < 0 ? '−' : '+';
  const minutes = Math.abs(offsetMinutes);
  return `UTC${sign}${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}
