import type { ClockResult, ConnectResult } from './protocol';
import { median } from './stats';
import { WorkerPool } from './worker-pool';

export interface ClockFigures {
  failed: number;
  /** |estimated offset|: the true offset is zero, client and server read one system clock. */
  medianErrorMs: number;
  worstErrorMs: number;
  medianRoundTripMs: number;
  /** The same samples, keeping only the fastest round trip (estimateClockOffset(samples, 1)). */
  fastestOnlyWorstErrorMs: number;
}

export interface ClockOutcome {
  clients: number;
  /** Starts spread over SPREAD_MS, as pages reconnecting after socket.io's randomised delay. */
  spread: ClockFigures;
  /** Every client at the same instant: the worst case. */
  burst: ClockFigures;
}

// socket.io-client reconnects after 1 s +- 50% (client/lib/live.ts keeps the defaults' jitter).
const SPREAD_MS = 1000;

/** Every client estimates the server's clock as the pages do (client/lib/clock-offset.ts), spread out and then all at once. */
export async function runClock(pool: WorkerPool, url: string, clients: number): Promise<ClockOutcome> {
  const connects = await pool.all<ConnectResult>((index) => ({ type: 'connect', tag: 'clock', url, count: pool.share(clients, index), concurrency: 50 }), 60_000);
  const connected = connects.reduce((sum, result) => sum + result.connected, 0);
  if (connected !== clients) throw new Error(`clock: ${connected} of ${clients} clients connected`);
  try {
    const measure = async (spreadMs: number): Promise<ClockFigures> => {
      const results = await pool.all<ClockResult>(() => ({ type: 'clock', spreadMs }), 60_000);
      const estimates = results.flatMap((result) => result.estimates);
      const errors = estimates.map((estimate) => Math.abs(estimate.offsetMs));
      return {
        failed: results.reduce((sum, result) => sum + result.failed, 0),
        medianErrorMs: median(errors),
        worstErrorMs: Math.max(...errors),
        medianRoundTripMs: median(estimates.map((estimate) => estimate.roundTripMs)),
        fastestOnlyWorstErrorMs: Math.max(...estimates.map((estimate) => Math.abs(estimate.fastestOnlyOffsetMs))),
      };
    };
    return { clients, spread: await measure(SPREAD_MS), burst: await measure(0) };
  } finally {
    await pool.all(() => ({ type: 'disconnect' }), 30_000);
  }
}
