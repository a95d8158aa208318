const MINUTE_MS = 60_000;
const REHEARSAL_PREFIX = 'Rehearsal: ';
const MAX_TITLE_LENGTH = 300;

export interface RehearsalSource {
  id: number;
  title: string;
  startsAt: number;
  endsAt: number;
  rehearsal: boolean;
  rehearsalOf: number | null;
}

export interface RehearsalTimes {
  title: string;
  startsAt: number;
  endsAt: number;
  /** The real meeting rehearsed, also when the source is itself a rehearsal. */
  rehearsalOf: number;
}

/**
 * A rehearsal of `source` starting now: on the current minute (so it is already under way and
 * the forecast counts from now), as long as the source.
 */
export function planRehearsal(source: RehearsalSource, nowMs: number): RehearsalTimes {
  const startsAt = Math.floor(nowMs / MINUTE_MS) * MINUTE_MS;
  const baseTitle = source.rehearsal && source.title.startsWith(REHEARSAL_PREFIX) ? source.title.slice(REHEARSAL_PREFIX.length) : source.title;
  return {
    title: `${REHEARSAL_PREFIX}${baseTitle}`.slice(0, MAX_TITLE_LENGTH),
    startsAt,
    endsAt: startsAt + (source.endsAt - source.startsAt),
    rehearsalOf: source.rehearsal && source.rehearsalOf !== null ? source.rehearsalOf : source.id,
  };
}
