import { venueLocalToEpochMs } from './venue-time';
import { describeRoomClash, findRoomClash, overlaps, RoomBooking } from './room-clash';

const NEW_YORK = 'America/New_York';
const at = (local: string, zone = NEW_YORK) => venueLocalToEpochMs(local, zone);
const booking = (overrides: Partial<RoomBooking> = {}): RoomBooking => ({
  id: 1,
  title: '3rd plenary meeting',
  roomId: 7,
  startsAt: at('2021-07-27T10:00'),
  endsAt: at('2021-07-27T13:00'),
  cancelled: false,
  ...overrides,
});
const candidate = (from: string, to: string, overrides: Partial<RoomBooking> = {}) => ({
  ...booking({ id: 99, startsAt: at(from), endsAt: at(to) }),
  ...overrides,
});

describe('room clashes', () => {
  it.each([
    ['ends as the other starts', '2021-07-27T09:00', '2021-07-27T10:00', false],
    ['starts as the other ends', '2021-07-27T13:00', '2021-07-27T15:00', false],
    ['overlaps its start', '2021-07-27T09:00', '2021-07-27T10:01', true],
    ['overlaps its end', '2021-07-27T12:59', '2021-07-27T14:00', true],
    ['lies inside it', '2021-07-27T11:00', '2021-07-27T12:00', true],
    ['contains it', '2021-07-27T08:00', '2021-07-27T18:00', true],
    ['has the same times', '2021-07-27T10:00', '2021-07-27T13:00', true],
    ['is on another day', '2021-07-28T10:00', '2021-07-28T13:00', false],
  ])('a meeting that %s: clash %s', (_rule, from, to, clash) => {
    expect(overlaps(candidate(from, to), booking())).toBe(clash);
    expect(findRoomClash(candidate(from, to), [booking()])?.id ?? null).toBe(clash ? 1 : null);
  });

  it('ignores meetings in another room', () => {
    expect(findRoomClash(candidate('2021-07-27T10:00', '2021-07-27T13:00'), [booking({ roomId: 8 })])).toBeNull();
  });

  it('ignores cancelled meetings: they free the room', () => {
    expect(findRoomClash(candidate('2021-07-27T10:00', '2021-07-27T13:00'), [booking({ cancelled: true })])).toBeNull();
  });

  it('never refuses a cancelled meeting', () => {
    expect(findRoomClash(candidate('2021-07-27T10:00', '2021-07-27T13:00', { cancelled: true }), [booking()])).toBeNull();
  });

  it('lets meetings without a room (virtual) share any time', () => {
    const virtual = candidate('2021-07-27T10:00', '2021-07-27T13:00', { roomId: null });
    expect(findRoomClash(virtual, [booking({ roomId: null })])).toBeNull();
  });

  it('does not count the meeting being edited against itself', () => {
    expect(findRoomClash(candidate('2021-07-27T11:00', '2021-07-27T14:00', { id: 1 }), [booking()])).toBeNull();
  });

  it('names the earliest of several clashing meetings', () => {
    const later = booking({ id: 2, title: '4th plenary meeting', startsAt: at('2021-07-27T15:00'), endsAt: at('2021-07-27T18:00') });
    expect(findRoomClash(candidate('2021-07-27T09:00', '2021-07-27T16:00'), [later, booking()])?.id).toBe(1);
  });

  it('compares instants, not wall-clock times, across the autumn DST change', () => {
    // 01:00-01:59 EDT then 01:15-02:00 EST on 7 November 2021: the wall clocks overlap, the meetings do not.
    const edt = booking({ startsAt: Date.parse('2021-11-07T05:00:00Z'), endsAt: Date.parse('2021-11-07T05:59:00Z') });
    const est = { ...booking({ id: 99 }), startsAt: Date.parse('2021-11-07T06:15:00Z'), endsAt: Date.parse('2021-11-07T07:00:00Z') };
    expect(findRoomClash(est, [edt])).toBeNull();
  });

  it('describes a clash with the title, venue times and UTC times', () => {
    expect(describeRoomClash(booking(), 'Conference room 4', NEW_YORK)).toBe(
      'Room "Conference room 4" is already booked by meeting 1 "3rd plenary meeting" on 2021-07-27 10:00-13:00 America/New_York ' +
        '(2021-07-27T14:00:00.000Z to 2021-07-27T17:00:00.000Z)',
    );
  });
});
