import { byDay, nowAndNext } from './now-and-next';

const meeting = (id: number, startsAt: string, endsAt: string, cancelled = false) => ({ id, startsAt, endsAt, cancelled });
// Wednesday 28 July 2021, venue time (EDT): a consultation, a plenary, a briefing, the afternoon plenary.
const WEDNESDAY = [
  meeting(1, '2021-07-28T13:00:00.000Z', '2021-07-28T14:00:00.000Z'),
  meeting(2, '2021-07-28T14:00:00.000Z', '2021-07-28T17:00:00.000Z'),
  meeting(3, '2021-07-28T19:00:00.000Z', '2021-07-28T20:00:00.000Z'),
  meeting(4, '2021-07-28T20:00:00.000Z', '2021-07-28T22:00:00.000Z'),
];
const ids = (list: { id: number }[]) => list.map((m) => m.id);

describe('now and next', () => {
  it('marks the meeting under way and the next to start', () => {
    const { onNow, next } = nowAndNext(WEDNESDAY, Date.parse('2021-07-28T15:00:00Z'));
    expect([ids(onNow), ids(next)]).toEqual([[2], [3]]);
  });

  it('has a next but nothing on now between meetings, and neither after the last', () => {
    expect(ids(nowAndNext(WEDNESDAY, Date.parse('2021-07-28T18:00:00Z')).onNow)).toEqual([]);
    expect(ids(nowAndNext(WEDNESDAY, Date.parse('2021-07-28T18:00:00Z')).next)).toEqual([3]);
    expect(nowAndNext(WEDNESDAY, Date.parse('2021-07-29T03:00:00Z'))).toEqual({ onNow: [], next: [] });
  });

  it('counts a meeting on now from its start to just before its end', () => {
    expect(ids(nowAndNext(WEDNESDAY, Date.parse('2021-07-28T14:00:00Z')).onNow)).toEqual([2]);
    expect(ids(nowAndNext(WEDNESDAY, Date.parse('2021-07-28T17:00:00Z')).onNow)).toEqual([]);
  });

  it('skips cancelled meetings, and gives every meeting that starts first together', () => {
    const list = [...WEDNESDAY.slice(0, 2), meeting(3, '2021-07-28T19:00:00.000Z', '2021-07-28T20:00:00.000Z', true), meeting(5, '2021-07-28T20:00:00.000Z', '2021-07-28T21:00:00.000Z'), WEDNESDAY[3]];
    expect(ids(nowAndNext(list, Date.parse('2021-07-28T18:00:00Z')).next)).toEqual([5, 4]);
  });

  it('groups by the day in the zone asked for', () => {
    expect(byDay(WEDNESDAY, 'America/New_York').map(([day, list]) => [day, ids(list)])).toEqual([['2021-07-28', [1, 2, 3, 4]]]);
    expect(byDay(WEDNESDAY, 'Asia/Tokyo').map(([day, list]) => [day, ids(list)])).toEqual([
      ['2021-07-28', [1, 2]],
      ['2021-07-29', [3, 4]],
    ]);
  });
});
