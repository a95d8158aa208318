import { localDateOf, localIsoOf } from './venue-time';

export interface LocalTimes {
  zone: string;
  /** Wall-clock ISO with the zone's offset: "2021-07-27T22:00:00.000+09:00". */
  startsAt: string;
  endsAt: string;
  /** The local calendar date the meeting starts on, which may differ from the venue's. */
  date: string;
}

export function localTimesOf({ startsAt, endsAt }: { startsAt: number; endsAt: number }, zone: string): LocalTimes {
  return { zone, startsAt: localIsoOf(startsAt, zone), endsAt: localIsoOf(endsAt, zone), date: localDateOf(startsAt, zone) };
}
