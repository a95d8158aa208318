import { ianaZoneName, isValidZone, localDateOf, localIsoOf, venueLocalToEpochMs } from './venue-time';

const NEW_YORK = 'America/New_York';

describe('venue time', () => {
  it.each([
    ['2021-07-26T10:00', '2021-07-26T14:00:00.000Z'],
    ['2021-07-27T09:00', '2021-07-27T13:00:00.000Z'],
    ['2021-07-29T09:45', '2021-07-29T13:45:00.000Z'],
    ['2021-07-30T18:00', '2021-07-30T22:00:00.000Z'],
  ])('reads %s in New York (EDT, UTC-4) as %s', (local, utc) => {
    expect(new Date(venueLocalToEpochMs(local, NEW_YORK)).toISOString()).toBe(utc);
  });

  it('applies standard time (UTC-5) in winter', () => {
    expect(new Date(venueLocalToEpochMs('2021-12-01T10:00', NEW_YORK)).toISOString()).toBe('2021-12-01T15:00:00.000Z');
  });

  it('moves a wall-clock time skipped by the spring DST change forward', () => {
    // 14 March 2021, 02:30 does not exist in New York.
    expect(new Date(venueLocalToEpochMs('2021-03-14T02:30', NEW_YORK)).toISOString()).toBe('2021-03-14T07:30:00.000Z');
  });

  it('refuses a malformed local date-time', () => {
    expect(() => venueLocalToEpochMs('26 July 2021', NEW_YORK)).toThrow(RangeError);
  });

  it('gives the local date of an instant, which can differ from the UTC date', () => {
    expect(localDateOf(Date.UTC(2021, 6, 27, 2, 0), NEW_YORK)).toBe('2021-07-26');
  });

  it('gives local wall-clock time with the offset of the zone', () => {
    expect(localIsoOf(Date.UTC(2021, 6, 27, 13, 0), 'Asia/Tokyo')).toBe('2021-07-27T22:00:00.000+09:00');
  });

  it('tells IANA zones from other strings', () => {
    expect(isValidZone('Africa/Nairobi')).toBe(true);
    expect(isValidZone('Mars/Olympus_Mons')).toBe(false);
  });

  it.each([
    ['Asia/Tokyo', 'Asia/Tokyo'],
    ['asia/tokyo', 'Asia/Tokyo'],
    ['Pacific/Auckland', 'Pacific/Auckland'],
    ['America/Argentina/Buenos_Aires', 'America/Argentina/Buenos_Aires'],
    ['Etc/GMT+5', 'Etc/GMT+5'],
    ['UTC', 'UTC'],
  ])('takes %s as the IANA zone %s', (input, name) => {
    expect(ianaZoneName(input)).toBe(name);
  });

  it.each([['Mars/Olympus_Mons'], ['+05:00'], ['GMT+3:00'], ['Asia/Tokyo '], [''], ['../etc/passwd']])('refuses %p as a zone', (input) => {
    expect(ianaZoneName(input)).toBeNull();
  });
});
