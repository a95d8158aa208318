import { isIsoInstant, isMeetingTimeInput, parseIsoInstant, parseMeetingTime, resolveVenueLocal } from './meeting-time';

const NEW_YORK = 'America/New_York';
const VIENNA = 'Europe/Vienna';
const AUCKLAND = 'Pacific/Auckland';
const iso = (epochMs: number) => new Date(epochMs).toISOString();

describe('meeting time input', () => {
  it.each([
    ['2021-07-27T13:00:00Z', '2021-07-27T13:00:00.000Z'],
    ['2021-07-27T13:00Z', '2021-07-27T13:00:00.000Z'],
    ['2021-07-27T09:00-04:00', '2021-07-27T13:00:00.000Z'],
    ['2021-07-27T22:00:00.000+09:00', '2021-07-27T13:00:00.000Z'],
    ['2021-07-27T18:30+0530', '2021-07-27T13:00:00.000Z'],
  ])('reads the instant %s as %s, whatever the venue zone', (input, utc) => {
    expect(iso(parseIsoInstant(input)!)).toBe(utc);
    const parsed = parseMeetingTime(input, 'Asia/Tokyo');
    expect(parsed.ok && iso(parsed.epochMs)).toBe(utc);
  });

  it.each([
    ['2021-07-27'],
    ['2021-07-27T09'],
    ['27/07/2021 09:00'],
    ['2021-W30-2T09:00'],
    ['2021-02-30T09:00Z'],
    ['2021-07-27T25:00Z'],
    ['2021-07-27T09:00 -04:00'],
    [''],
  ])('refuses %p as a time', (input) => {
    expect(isMeetingTimeInput(input)).toBe(false);
    expect(parseMeetingTime(input, NEW_YORK)).toEqual({ ok: false, problem: expect.stringContaining('ISO') });
  });

  it('tells an instant from a venue-local date-time', () => {
    expect(isIsoInstant('2021-07-27T09:00Z')).toBe(true);
    expect(isIsoInstant('2021-07-27T09:00')).toBe(false);
    expect(isMeetingTimeInput('2021-07-27T09:00')).toBe(true);
  });
});

describe('venue-local time across daylight saving changes', () => {
  it.each([
    // zone, local, UTC: the hours either side of each change
    [NEW_YORK, '2021-07-27T09:00', '2021-07-27T13:00:00.000Z'],
    [NEW_YORK, '2021-12-01T10:00', '2021-12-01T15:00:00.000Z'],
    [NEW_YORK, '2021-03-14T01:59', '2021-03-14T06:59:00.000Z'],
    [NEW_YORK, '2021-03-14T03:00', '2021-03-14T07:00:00.000Z'],
    [NEW_YORK, '2021-11-07T00:59', '2021-11-07T04:59:00.000Z'],
    [NEW_YORK, '2021-11-07T02:00', '2021-11-07T07:00:00.000Z'],
    [VIENNA, '2021-10-31T01:59', '2021-10-30T23:59:00.000Z'],
    [VIENNA, '2021-10-31T03:00', '2021-10-31T02:00:00.000Z'],
    [VIENNA, '2021-03-28T03:00', '2021-03-28T01:00:00.000Z'],
    [AUCKLAND, '2021-09-26T03:00', '2021-09-25T14:00:00.000Z'],
  ])('reads %s %s as %s', (zone, local, utc) => {
    const resolved = resolveVenueLocal(local, zone);
    expect(resolved.kind === 'exact' && iso(resolved.epochMs)).toBe(utc);
  });

  it.each([
    [NEW_YORK, '2021-03-14T02:30'],
    [NEW_YORK, '2021-03-14T02:00'],
    [VIENNA, '2021-03-28T02:30'],
    [AUCKLAND, '2021-09-26T02:30'],
  ])('finds %s %s skipped by the spring change', (zone, local) => {
    expect(resolveVenueLocal(local, zone)).toEqual({ kind: 'nonexistent' });
  });

  it.each([
    [NEW_YORK, '2021-11-07T01:30', ['2021-11-07T01:30-04:00', '2021-11-07T01:30-05:00']],
    [VIENNA, '2021-10-31T02:30', ['2021-10-31T02:30+02:00', '2021-10-31T02:30+01:00']],
    [AUCKLAND, '2021-04-04T02:30', ['2021-04-04T02:30+13:00', '2021-04-04T02:30+12:00']],
  ])('finds %s %s twice in the autumn change, giving both offsets', (zone, local, candidates) => {
    expect(resolveVenueLocal(local, zone)).toEqual({ kind: 'ambiguous', candidates });
  });

  it('refuses a skipped time rather than moving it', () => {
    expect(parseMeetingTime('2021-03-14T02:30', NEW_YORK)).toEqual({
      ok: false,
      problem: expect.stringContaining('does not exist in America/New_York'),
    });
  });

  it('refuses a repeated time and asks for the offset', () => {
    const parsed = parseMeetingTime('2021-10-31T02:30', VIENNA);
    expect(parsed).toEqual({ ok: false, problem: expect.stringContaining('2021-10-31T02:30+02:00 or 2021-10-31T02:30+01:00') });
  });

  it.each([
    ['2021-11-07T01:30-04:00', '2021-11-07T05:30:00.000Z'],
    ['2021-11-07T01:30-05:00', '2021-11-07T06:30:00.000Z'],
  ])('takes a repeated time with its offset: %s is %s', (input, utc) => {
    const parsed = parseMeetingTime(input, NEW_YORK);
    expect(parsed.ok && iso(parsed.epochMs)).toBe(utc);
  });

  it('accepts 24:00 as the end of the day', () => {
    const resolved = resolveVenueLocal('2021-07-27T24:00', NEW_YORK);
    expect(resolved.kind === 'exact' && iso(resolved.epochMs)).toBe('2021-07-28T04:00:00.000Z');
  });
});
