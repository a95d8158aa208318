import { DateTime } from 'luxon';

export interface ConferenceDates {
  startsOn: string;
  endsOn: string;
  timeZone: string;
}

/** [venue midnight opening the first day, venue midnight closing the last day), epoch ms. */
export function conferenceWindow({ startsOn, endsOn, timeZone }: ConferenceDates): { startsAtMs: number; endsAtMs: number } {
  return {
    startsAtMs: DateTime.fromISO(startsOn, { zone: timeZone }).startOf('day').toMillis(),
    endsAtMs: DateTime.fromISO(endsOn, { zone: timeZone }).plus({ days: 1 }).startOf('day').toMillis(),
  };
}
