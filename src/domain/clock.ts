/** Epoch milliseconds. The only source of "now" the services use. */
export interface Clock {
  now(): number;
}

// The one place the real clock is read; everything else receives a Clock.
// eslint-disable-next-line no-restricted-syntax
export const systemClock: Clock = { now: () => Date.now() };

export interface FakeClock extends Clock {
  advance(ms: number): void;
  set(epochMs: number): void;
}

export function fakeClock(startEpochMs: number): FakeClock {
  let current = startEpochMs;
  return {
    now: () => current,
    advance: (ms) => {
      current += ms;
    },
    set: (epochMs) => {
      current = epochMs;
    },
  };
}
