import { AR } from '../i18n/ar';
import { installForTests } from '../i18n/formatjs-for-jest';
import { ZH } from '../i18n/zh';
import { dayKey, formatClock, formatDay, formatRange, formatWhen, isValidZone, offsetMinutes, zoneAbbreviation } from './time-format';

const OPENING = '2021-07-26T14:00:00.000Z'; // 10:00 in New York

describe('time format', () => {
  beforeAll(() => installForTests());
  it('shows an instant on the 24-hour clock in the zone asked for', () => {
    expect(formatClock(OPENING, 'America/New_York')).toBe('10:00');
    expect(formatClock(OPENING, 'Europe/Berlin')).toBe('16:00');
    expect(formatClock(OPENING, 'Asia/Tokyo')).toBe('23:00');
  });

  it('gives the calendar day in the zone', () => {
    expect(dayKey('2021-07-27T02:00:00.000Z', 'America/New_York')).toBe('2021-07-26');
    expect(dayKey('2021-07-27T02:00:00.000Z', 'Europe/Paris')).toBe('2021-07-27');
  });

  it('names the day in full', () => {
    // ICU versions differ on the comma after the weekday.
    expect(formatDay(OPENING, 'America/New_York')).toMatch(/^Monday,? 26 July 2021$/);
  });

  it('marks an end on another day than the start', () => {
    expect(formatRange(OPENING, '2021-07-26T17:00:00.000Z', 'America/New_York')).toBe('10:00–13:00');
    expect(formatRange(OPENING, '2021-07-26T17:00:00.000Z', 'Asia/Tokyo')).toBe('23:00–02:00 (Tue 27 Jul)');
  });

  it('abbreviates the venue zone in summer time', () => {
    expect(zoneAbbreviation(OPENING, 'America/New_York')).toBe('EDT');
  });

  it('measures a zone’s offset at an instant, summer time and half hours included', () => {
    expect(offsetMinutes(OPENING, 'America/New_York')).toBe(-240);
    expect(offsetMinutes('2021-01-26T14:00:00.000Z', 'America/New_York')).toBe(-300);
    expect(offsetMinutes(OPENING, 'Asia/Kolkata')).toBe(330);
    expect(offsetMinutes(OPENING, 'UTC')).toBe(0);
  });

  it('writes GMT+5:30 for a zone Intl knows no abbreviation of', () => {
    expect(zoneAbbreviation(OPENING, 'Asia/Kolkata')).toBe('GMT+5:30');
  });

  it('knows real zones and rejects made-up ones', () => {
    expect(isValidZone('Africa/Nairobi')).toBe(true);
    expect(isValidZone('Mars/Olympus_Mons')).toBe(false);
  });

  it('names the venue zone beside a time, and the day when it differs', () => {
    expect(formatWhen(OPENING, 'America/New_York', 'America/New_York')).toBe('10:00 EDT');
    expect(formatWhen('2021-07-26T17:00:00.000Z', 'Asia/Tokyo', 'America/New_York')).toBe('Tue 27 Jul 02:00 GMT+9');
  });
});

describe('time format in other languages', () => {
  afterAll(() => installForTests());

  it('writes dates in the page’s language', () => {
    installForTests('zh', ZH);
    expect(formatDay(OPENING, 'America/New_York')).toBe('2021年7月26日星期一');
  });

  it('keeps the digits 0-9 and the 24-hour clock in Arabic', () => {
    installForTests('ar', AR);
    expect(formatClock(OPENING, 'America/New_York')).toBe('10:00');
    expect(formatDay(OPENING, 'America/New_York')).toContain('2021');
  });
});
