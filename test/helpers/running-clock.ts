import { performance } from 'node:perf_hooks';
import type { FakeClock } from '../../src/domain/clock';

/**
 * A fake clock that also moves with real time, for what the server times itself (cut-offs, webhook
 * retries): `advance` still jumps it, as a server that was down for a while would find.
 */
export function runningClock(startEpochMs: number): FakeClock {
  let offset = startEpochMs - performance.now();
  return {
    now: () => Math.round(performance.now() + offset),
    advance: (ms) => {
      offset += ms;
    },
    set: (epochMs) => {
      offset = epochMs - performance.now();
    },
  };
}
