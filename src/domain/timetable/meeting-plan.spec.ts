import { conferenceWindow } from './conference-window';
import { checkMeetingPlan, MeetingPlan } from './meeting-plan';
import { venueLocalToEpochMs } from './venue-time';

const BMS7 = { startsOn: '2021-07-26', endsOn: '2021-07-30', timeZone: 'America/New_York' };
// A conference whose last day is the autumn DST change in Vienna: 31 October 2021 has 25 hours.
const VIENNA_WEEK = { startsOn: '2021-10-28', endsOn: '2021-10-31', timeZone: 'Europe/Vienna' };
const at = (local: string, zone = BMS7.timeZone) => venueLocalToEpochMs(local, zone);
const plan = (overrides: Partial<MeetingPlan> = {}): MeetingPlan => ({
  startsAt: at('2021-07-27T10:00'),
  endsAt: at('2021-07-27T13:00'),
  format: 'hybrid',
  hasRoom: true,
  preparatory: false,
  ...overrides,
});
const fields = (problems: { field: string }[]) => problems.map((problem) => problem.field);

describe('conference window', () => {
  it('runs from venue midnight on the first day to venue midnight after the last', () => {
    const window = conferenceWindow(BMS7);
    expect(new Date(window.startsAtMs).toISOString()).toBe('2021-07-26T04:00:00.000Z');
    expect(new Date(window.endsAtMs).toISOString()).toBe('2021-07-31T04:00:00.000Z');
  });

  it('takes each end at its own offset when DST changes during the conference', () => {
    const window = conferenceWindow(VIENNA_WEEK);
    expect(new Date(window.startsAtMs).toISOString()).toBe('2021-10-27T22:00:00.000Z');
    expect(new Date(window.endsAtMs).toISOString()).toBe('2021-10-31T23:00:00.000Z');
  });
});

describe('meeting plan rules', () => {
  it('accepts a plenary inside the conference week', () => {
    expect(checkMeetingPlan(plan(), BMS7)).toEqual([]);
  });

  it.each([
    ['ends before it starts', { endsAt: at('2021-07-27T09:00') }, ['endsAt']],
    ['ends as it starts', { endsAt: at('2021-07-27T10:00') }, ['endsAt']],
    ['starts the day before the conference', { startsAt: at('2021-07-25T10:00'), endsAt: at('2021-07-25T12:00') }, ['startsAt']],
    ['starts the day after the conference', { startsAt: at('2021-07-31T10:00'), endsAt: at('2021-07-31T12:00') }, ['startsAt']],
    ['runs past midnight after the last day', { startsAt: at('2021-07-30T22:00'), endsAt: at('2021-07-31T01:00') }, ['endsAt']],
    ['is hybrid with no room', { hasRoom: false }, ['room']],
    ['is in person with no room', { format: 'in-person' as const, hasRoom: false }, ['room']],
  ])('refuses a meeting that %s', (_rule, overrides, expected) => {
    expect(fields(checkMeetingPlan(plan(overrides), BMS7))).toEqual(expected);
  });

  it('lets a virtual meeting go without a room', () => {
    expect(checkMeetingPlan(plan({ format: 'virtual', hasRoom: false }), BMS7)).toEqual([]);
  });

  it('lets a preparatory meeting fall before the conference', () => {
    const july22 = plan({ startsAt: at('2021-07-22T10:00'), endsAt: at('2021-07-22T12:00'), preparatory: true });
    expect(checkMeetingPlan(july22, BMS7)).toEqual([]);
  });

  it('names the venue dates and the preparatory flag when refusing', () => {
    const [problem] = checkMeetingPlan(plan({ startsAt: at('2021-07-22T10:00'), endsAt: at('2021-07-22T12:00') }), BMS7);
    expect(problem.message).toBe(
      '2021-07-22 is outside the conference dates, 2021-07-26 to 2021-07-30 (America/New_York); ' +
        'set preparatory: true for a meeting before or after the conference',
    );
  });

  it('judges the dates in venue time, not UTC', () => {
    // 26 July 01:00 UTC is still 25 July in New York.
    expect(fields(checkMeetingPlan(plan({ startsAt: Date.UTC(2021, 6, 26, 1), endsAt: Date.UTC(2021, 6, 26, 2) }), BMS7))).toEqual([
      'startsAt',
    ]);
    // 31 July 03:00 UTC is still 30 July, 23:00 in New York.
    expect(checkMeetingPlan(plan({ startsAt: Date.UTC(2021, 6, 30, 22), endsAt: Date.UTC(2021, 6, 31, 3) }), BMS7)).toEqual([]);
  });

  it.each([
    ['late on the 25-hour last day', '2021-10-31T23:00', '2021-10-31T23:59', []],
    ['in the repeated hour, given in UTC', '2021-10-31T00:30Z', '2021-10-31T01:30Z', []],
    ['at midnight after the last day', '2021-11-01T00:00', '2021-11-01T01:00', ['startsAt']],
    ['just before the first day', '2021-10-27T23:00', '2021-10-28T01:00', ['startsAt']],
  ])('in a conference ending on the Vienna DST change, a meeting %s', (_case, from, to, expected) => {
    const read = (value: string) => (value.endsWith('Z') ? Date.parse(value) : at(value, VIENNA_WEEK.timeZone));
    expect(fields(checkMeetingPlan(plan({ startsAt: read(from), endsAt: read(to) }), VIENNA_WEEK))).toEqual(expected);
  });

  it('lists every broken rule at once', () => {
    const bad = plan({ startsAt: at('2021-08-02T10:00'), endsAt: at('2021-08-02T09:00'), hasRoom: false });
    expect(fields(checkMeetingPlan(bad, BMS7))).toEqual(['endsAt', 'room', 'startsAt']);
  });
});
