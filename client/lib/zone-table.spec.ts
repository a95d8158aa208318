import { zoneAbbreviation } from './time-format';
import { formatOffset, loadZoneTable, matchingZones, orderedZones, searchable, ZoneTable } from './zone-table';

const OPENING_MS = Date.parse('2021-07-26T14:00:00.000Z');

describe('the zone table (@vvo/tzdb)', () => {
  let table: ZoneTable;
  beforeAll(async () => {
    table = await loadZoneTable('en', OPENING_MS);
  });

  it('holds today’s IANA names only, UTC among them', () => {
    const names = table.zones.map((zone) => zone.name);
    expect(names).toEqual(expect.arrayContaining(['Asia/Kolkata', 'Europe/Kyiv', 'America/Argentina/Buenos_Aires', 'America/New_York', 'Etc/UTC']));
    expect(names).not.toEqual(expect.arrayContaining(['Asia/Calcutta']));
    expect(names).not.toContain('Europe/Kiev');
  });

  it.each([
    ['Asia/Calcutta', 'Asia/Kolkata'],
    ['Europe/Kiev', 'Europe/Kyiv'],
    ['America/Buenos_Aires', 'America/Argentina/Buenos_Aires'],
    ['UTC', 'Etc/UTC'],
    ['Asia/Tokyo', 'Asia/Tokyo'],
    ['Mars/Olympus_Mons', 'Mars/Olympus_Mons'],
  ])('gives today’s name for the legacy name %s', (legacy, current) => {
    expect(table.currentName(legacy)).toBe(current);
  });

  it.each([
    ['Mumbai', 'Asia/Kolkata'],
    ['india', 'Asia/Kolkata'],
    ['IST', 'Asia/Kolkata'],
    ['kiev', 'Europe/Kyiv'],
    ['cordoba argentina', 'America/Argentina/Buenos_Aires'],
    ['CEST', 'Europe/Paris'],
    ['new york', 'America/New_York'],
  ])('finds "%s" under %s (name, city, country or abbreviation)', (query, zone) => {
    expect(matchingZones(table.zones, query).map((z) => z.name)).toContain(zone);
  });

  it('finds nothing for words no zone has, and every zone for an empty search', () => {
    expect(matchingZones(table.zones, 'Atlantis')).toEqual([]);
    expect(matchingZones(table.zones, '  ')).toHaveLength(table.zones.length);
  });

  it('puts the viewer’s zone first and the venue’s second', () => {
    const names = orderedZones(table.zones, ['Asia/Kolkata', 'America/New_York', 'Asia/Kolkata']).map((zone) => zone.name);
    expect(names.slice(0, 2)).toEqual(['Asia/Kolkata', 'America/New_York']);
    expect(names).toHaveLength(table.zones.length);
  });

  it('has the offsets and abbreviations of the moment asked for', () => {
    const newYork = table.zones.find((zone) => zone.name === 'America/New_York')!;
    expect(newYork).toMatchObject({ offsetMinutes: -240, abbreviation: 'EDT', country: 'United States' });
    expect(newYork.mainCities).toContain('New York City');
  });

  it('gives every time on the page the zone’s usual abbreviation once loaded, standard or summer by the instant', () => {
    expect(zoneAbbreviation(OPENING_MS, 'Europe/Paris')).toBe('CEST');
    expect(zoneAbbreviation(Date.parse('2021-01-26T14:00:00Z'), 'Europe/Paris')).toBe('CET');
    expect(zoneAbbreviation(OPENING_MS, 'Asia/Kolkata')).toBe('IST');
    expect(zoneAbbreviation(OPENING_MS, 'Asia/Calcutta')).toBe('IST');
    expect(zoneAbbreviation(OPENING_MS, 'America/New_York')).toBe('EDT');
  });

  it('writes offsets as UTC±hh:mm and searches without accents', () => {
    expect([formatOffset(330), formatOffset(-240), formatOffset(0)]).toEqual(['UTC+05:30', 'UTC−04:00', 'UTC+00:00']);
    expect(searchable('Córdoba')).toBe('cordoba');
  });
});
