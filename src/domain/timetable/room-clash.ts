import { DateTime } from 'luxon';

export interface Interval {
  startsAt: number;
  endsAt: number;
}

export interface RoomBooking extends Interval {
  id: number;
  title: string;
  roomId: number | null;
  cancelled: boolean;
}

/** Half-open [startsAt, endsAt): a meeting ending at 10:00 leaves the room free for one at 10:00. */
export function overlaps(a: Interval, b: Interval): boolean {
  return a.startsAt < b.endsAt && b.startsAt < a.endsAt;
}

/**
 * The earliest other live meeting booked in the candidate's room at the same time, or null.
 * Cancelled meetings free their room; a meeting with no room clashes with nothing.
 */
export function findRoomClash(
  candidate: Omit<RoomBooking, 'id' | 'title'> & { id: number | null },
  others: RoomBooking[],
): RoomBooking | null {
  if (candidate.roomId === null || candidate.cancelled) return null;
  const clashes = others.filter(
    (other) => other.id !== candidate.id && other.roomId === candidate.roomId && !other.cancelled && overlaps(candidate, other),
  );
  return clashes.sort((a, b) => a.startsAt - b.startsAt || a.id - b.id)[0] ?? null;
}

/** "Room "X" is already booked by meeting 9 "3rd plenary" on 2021-07-27 10:00-13:00 America/New_York (...Z to ...Z)". */
export function describeRoomClash(clash: RoomBooking, roomName: string, zone: string): string {
  const start = DateTime.fromMillis(clash.startsAt, { zone });
  const end = DateTime.fromMillis(clash.endsAt, { zone });
  const sameDay = start.toISODate() === end.toISODate();
  const local = `${start.toFormat('yyyy-MM-dd HH:mm')}-${end.toFormat(sameDay ? 'HH:mm' : 'yyyy-MM-dd HH:mm')} ${zone}`;
  const utc = `${new Date(clash.startsAt).toISOString()} to ${new Date(clash.endsAt).toISOString()}`;
  return `Room "${roomName}" is already booked by meeting ${clash.id} "${clash.title}" on ${local} (${utc})`;
}
