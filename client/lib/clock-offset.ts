/** One `clock:ping` round trip: local send time, the server's clock, local receive time (epoch ms). */
export interface ClockSample {
  t0: number;
  serverNow: number;
  t1: number;
}

export interface ClockEstimate {
  /** Add to the local clock to read the server's: serverNow ≈ Date.now() + offsetMs. */
  offsetMs: number;
  /** The smallest round trip seen: the estimate is good to about half of it. */
  roundTripMs: number;
  samples: number;
}

export const DEFAULT_PING_COUNT = 5;
/** Round trips kept for the estimate: the fastest ones were least delayed by the network. */
export const DEFAULT_KEEP = 3;

export function roundTripOf(sample: ClockSample): number {
  return sample.t1 - sample.t0;
}

/** The server answered half-way through the round trip, as far as the client can tell. */
export function offsetOf(sample: ClockSample): number {
  return sample.serverNow - (sample.t0 + sample.t1) / 2;
}

function isUsable(sample: ClockSample): boolean {
  return [sample.t0, sample.serverNow, sample.t1].every(Number.isFinite) && sample.t1 >= sample.t0;
}

/** Keeps the `keep` samples with the smallest round trip and averages their offsets. */
export function estimateClockOffset(samples: readonly ClockSample[], keep = DEFAULT_KEEP): ClockEstimate | null {
  const best = samples
    .filter(isUsable)
    .sort((a, b) => roundTripOf(a) - roundTripOf(b))
    .slice(0, Math.max(1, keep));
  if (best.length === 0) return null;
  const offsetMs = best.reduce((sum, sample) => sum + offsetOf(sample), 0) / best.length;
  return { offsetMs: Math.round(offsetMs), roundTripMs: roundTripOf(best[0]), samples: best.length };
}

/**
 * Pings one after another (never in parallel, so they do not queue behind each other) and
 * estimates the offset; a failed ping is left out. Null when every ping failed.
 */
export async function measureClockOffset(
  ping: (t0: number) => Promise<number>,
  now: () => number,
  count = DEFAULT_PING_COUNT,
  keep = DEFAULT_KEEP,
): Promise<ClockEstimate | null> {
  const samples: ClockSample[] = [];
  for (let i = 0; i < count; i += 1) {
    const t0 = now();
    try {
      const serverNow = await ping(t0);
      samples.push({ t0, serverNow, t1: now() });
    } catch {
      // A lost ping only means one sample fewer; the caller learns of total failure by null.
    }
  }
  return estimateClockOffset(samples, keep);
}

/** A pushed state says what time it was on the server when sent: a rough one-way estimate. */
export function oneWayOffset(serverNow: number, receivedAt: number): number {
  return serverNow - receivedAt;
}

/**
 * True when a pushed `serverNow` disagrees with the offset in use by more than the network can
 * explain: the server's clock was set (or drifted), so measure again. A push arrives after it
 * was stamped, so the local estimate may run ahead by the one-way delay, never behind.
 */
export function offsetLooksStale(
  offsetMs: number,
  serverNow: number,
  receivedAt: number,
  tolerance: { behindMs: number; aheadMs: number } = { behindMs: 250, aheadMs: 2000 },
): boolean {
  const drift = receivedAt + offsetMs - serverNow;
  return drift < -tolerance.behindMs || drift > tolerance.aheadMs;
}
