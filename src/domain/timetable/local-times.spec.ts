import { localTimesOf } from './local-times';

// The 27 July informal consultations: 09:00-10:00 in New York.
const CONSULTATION = { startsAt: Date.UTC(2021, 6, 27, 13), endsAt: Date.UTC(2021, 6, 27, 14) };
// The 30 July afternoon plenary: 15:00-18:00 in New York.
const LAST_PLENARY = { startsAt: Date.UTC(2021, 6, 30, 19), endsAt: Date.UTC(2021, 6, 30, 22) };

describe('local times of a meeting', () => {
  it.each([
    ['America/New_York', CONSULTATION, '2021-07-27T09:00:00.000-04:00', '2021-07-27T10:00:00.000-04:00', '2021-07-27'],
    ['Africa/Nairobi', CONSULTATION, '2021-07-27T16:00:00.000+03:00', '2021-07-27T17:00:00.000+03:00', '2021-07-27'],
    ['Asia/Tokyo', LAST_PLENARY, '2021-07-31T04:00:00.000+09:00', '2021-07-31T07:00:00.000+09:00', '2021-07-31'],
    ['Pacific/Auckland', LAST_PLENARY, '2021-07-31T07:00:00.000+12:00', '2021-07-31T10:00:00.000+12:00', '2021-07-31'],
    ['Pacific/Honolulu', CONSULTATION, '2021-07-27T03:00:00.000-10:00', '2021-07-27T04:00:00.000-10:00', '2021-07-27'],
  ])('in %s', (zone, meeting, startsAt, endsAt, date) => {
    expect(localTimesOf(meeting, zone)).toEqual({ zone, startsAt, endsAt, date });
  });

  it('gives each end its own offset when the clocks change during the meeting', () => {
    // 7 November 2021, 01:00 EDT to 01:30 EST in New York.
    const meeting = { startsAt: Date.parse('2021-11-07T05:00:00Z'), endsAt: Date.parse('2021-11-07T06:30:00Z') };
    expect(localTimesOf(meeting, 'America/New_York')).toMatchObject({
      startsAt: '2021-11-07T01:00:00.000-04:00',
      endsAt: '2021-11-07T01:30:00.000-05:00',
    });
  });
});
