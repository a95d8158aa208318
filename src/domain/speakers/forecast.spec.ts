import { ForecastEntry, ForecastFloor, ForecastInput, floorRemainingMs, forecastList } from './forecast';

// Mon 26 July 2021, 10:00-13:00 in New York (EDT, UTC-4).
const STARTS_AT = Date.UTC(2021, 6, 26, 14, 0);
const ENDS_AT = Date.UTC(2021, 6, 26, 17, 0);
const MINUTE = 60_000;

const IDLE: ForecastFloor = { status: 'idle', limitMs: 0, elapsedMs: 0, runningSince: null };

function input(overrides: Partial<ForecastInput> = {}): ForecastInput {
  return {
    now: STARTS_AT + 30 * MINUTE,
    meeting: { startsAt: STARTS_AT, endsAt: ENDS_AT },
    floor: IDLE,
    interruptedRemainingMs: [],
    entries: [],
    ...overrides,
  };
}

function waiting(id: number, limitSeconds: number, usedMs = 0): ForecastEntry {
  return { id, limitSeconds, usedMs };
}

function startsAt(forecast: ReturnType<typeof forecastList>): number[] {
  return forecast.entries.map((entry) => entry.expectedStartAt);
}

describe('floorRemainingMs', () => {
  const now = STARTS_AT + 30 * MINUTE;

  it.each<[string, ForecastFloor, number]>([
    ['idle floor needs nothing', IDLE, 0],
    ['stopped floor needs nothing', { status: 'stopped', limitMs: 180_000, elapsedMs: 60_000, runningSince: null }, 0],
    [
      'running speaker needs the limit less time used and time since running',
      { status: 'running', limitMs: 180_000, elapsedMs: 30_000, runningSince: now - 50_000 },
      100_000,
    ],
    [
      'paused speaker will resume, needing the limit less time used',
      { status: 'paused', limitMs: 180_000, elapsedMs: 80_000, runningSince: null },
      100_000,
    ],
    [
      'overtime speaker needs 0, not a negative amount',
      { status: 'running', limitMs: 180_000, elapsedMs: 0, runningSince: now - 200_000 },
      0,
    ],
  ])('%s', (_name, floor, expected) => {
    expect(floorRemainingMs(floor, now)).toBe(expected);
  });
});

describe('forecastList', () => {
  const now = STARTS_AT + 30 * MINUTE;

  it('starts the first waiting entry now when the floor is idle', () => {
    const forecast = forecastList(input({ entries: [waiting(1, 180), waiting(2, 300)] }));
    expect(startsAt(forecast)).toEqual([now, now + 3 * MINUTE]);
    expect(forecast.expectedEndAt).toBe(now + 8 * MINUTE);
  });

  it('starts the first waiting entry after the running speaker finishes', () => {
    const floor: ForecastFloor = { status: 'running', limitMs: 300_000, elapsedMs: 0, runningSince: now - MINUTE };
    const forecast = forecastList(input({ floor, entries: [waiting(1, 180)] }));
    expect(startsAt(forecast)).toEqual([now + 4 * MINUTE]);
  });

  it('counts the rest of a paused speaker before the list', () => {
    const floor: ForecastFloor = { status: 'paused', limitMs: 180_000, elapsedMs: 120_000, runningSince: null };
    const forecast = forecastList(input({ floor, entries: [waiting(1, 180)] }));
    expect(startsAt(forecast)).toEqual([now + MINUTE]);
  });

  it('starts the list now when the speaker on the floor is in overtime', () => {
    const floor: ForecastFloor = { status: 'running', limitMs: 180_000, elapsedMs: 0, runningSince: now - 4 * MINUTE };
    expect(startsAt(forecastList(input({ floor, entries: [waiting(1, 180)] })))).toEqual([now]);
  });

  it('resumes statements interrupted by points of order before the next waiting entry', () => {
    // A point of order on the floor (1 min left) interrupted a speaker with 2 min left.
    const floor: ForecastFloor = { status: 'running', limitMs: 120_000, elapsedMs: 60_000, runningSince: now };
    const forecast = forecastList(input({ floor, interruptedRemainingMs: [2 * MINUTE], entries: [waiting(1, 180)] }));
    expect(startsAt(forecast)).toEqual([now + 3 * MINUTE]);
  });

  it('ignores a negative remaining time of an interrupted statement', () => {
    const forecast = forecastList(input({ interruptedRemainingMs: [-5_000], entries: [waiting(1, 180)] }));
    expect(startsAt(forecast)).toEqual([now]);
  });

  it('counts from the meeting start when asked before the meeting', () => {
    const early = STARTS_AT - 2 * 60 * MINUTE;
    const forecast = forecastList(input({ now: early, entries: [waiting(1, 300), waiting(2, 180)] }));
    expect(startsAt(forecast)).toEqual([STARTS_AT, STARTS_AT + 5 * MINUTE]);
    expect(forecast.expectedEndAt).toBe(STARTS_AT + 8 * MINUTE);
  });

  it("gives a skipped speaker only the time it has left", () => {
    const forecast = forecastList(input({ entries: [waiting(1, 180, 100_000), waiting(2, 180)] }));
    expect(startsAt(forecast)).toEqual([now, now + 80_000]);
  });

  it('gives a skipped speaker who used all its time none, not a negative amount', () => {
    const forecast = forecastList(input({ entries: [waiting(1, 180, 200_000), waiting(2, 180)] }));
    expect(startsAt(forecast)).toEqual([now, now]);
  });

  it('ends now with an empty list and an idle floor', () => {
    const forecast = forecastList(input());
    expect(forecast).toEqual({ entries: [], expectedEndAt: now, fitsInMeeting: true, overrunSeconds: 0, meetingEnded: false });
  });

  it('fits when the list ends exactly at the meeting end', () => {
    const forecast = forecastList(input({ now: ENDS_AT - 3 * MINUTE, entries: [waiting(1, 180)] }));
    expect(forecast.fitsInMeeting).toBe(true);
    expect(forecast.overrunSeconds).toBe(0);
  });

  it('does not fit when the list runs past the meeting end, with the overrun in seconds', () => {
    const forecast = forecastList(input({ now: ENDS_AT - 2 * MINUTE, entries: [waiting(1, 180)] }));
    expect(forecast.fitsInMeeting).toBe(false);
    expect(forecast.overrunSeconds).toBe(60);
  });

  it('rounds a partial second of overrun up', () => {
    const forecast = forecastList(input({ now: ENDS_AT - 179_999, entries: [waiting(1, 180)] }));
    expect(forecast.fitsInMeeting).toBe(false);
    expect(forecast.overrunSeconds).toBe(1);
  });

  it('says the meeting has ended when its end has passed and nobody has been called', () => {
    const years = 5 * 365 * 24 * 60 * MINUTE;
    const forecast = forecastList(input({ now: ENDS_AT + years, entries: [waiting(1, 180), waiting(2, 300)] }));
    expect(forecast.meetingEnded).toBe(true);
    expect(forecast.fitsInMeeting).toBe(false);
  });

  it('never reports an overrun larger than the list itself needs', () => {
    const years = 5 * 365 * 24 * 60 * MINUTE;
    const forecast = forecastList(input({ now: ENDS_AT + years, entries: [waiting(1, 180), waiting(2, 300)] }));
    expect(forecast.overrunSeconds).toBe(480);
  });

  it('counts a meeting running past its end as under way, its overrun the list’s own time', () => {
    const floor: ForecastFloor = { status: 'running', limitMs: 180_000, elapsedMs: 0, runningSince: ENDS_AT + 10 * MINUTE };
    const forecast = forecastList(input({ now: ENDS_AT + 11 * MINUTE, floor, entries: [waiting(1, 180)] }));
    expect(forecast.meetingEnded).toBe(false);
    expect(startsAt(forecast)).toEqual([ENDS_AT + 13 * MINUTE]);
    expect(forecast.overrunSeconds).toBe(5 * 60);
  });

  it('is not ended before the scheduled end, however idle the floor', () => {
    expect(forecastList(input({ now: ENDS_AT - 1, entries: [waiting(1, 180)] })).meetingEnded).toBe(false);
  });

  it('does not mutate its input', () => {
    const entries = [waiting(1, 180)];
    forecastList(input({ entries }));
    expect(entries).toEqual([waiting(1, 180)]);
  });
});
