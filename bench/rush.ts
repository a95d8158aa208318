import { cpuMs, forkBenchScript, nextMessage, stopChild } from './children';
import type { DelegateCredential, RushResult } from './protocol';
import type { RostrumApi } from './rostrum-api';
import type { BaselineResult } from './sqlite-baseline';
import { median, preciseNow, summarize, Summary } from './stats';
import { WorkerPool } from './worker-pool';

export interface RushFigures {
  requests: number;
  succeeded: number;
  /** From the common start moment to the last answer, ms. */
  completionMs: number;
  latencyMs: Summary;
  perSecond: number;
  /** CPU time (user + system) of the server, or of the sqlite process, per inscription, ms. */
  cpuMsPerInscription: number;
}

export interface RushOutcome extends RushFigures {
  /** How far apart the first and last request left the workers, ms: "at the same moment", measured. */
  sendSpreadMs: number;
  /** Mean time between two answers over the first and the last tenth: growth means work per write grows with the list. */
  answerIntervalMs: { firstTenth: number; lastTenth: number };
  check: { entries: number; distinctPositions: boolean; distinctDelegations: boolean; ok: boolean };
  errors: string[];
}

/**
 * Every delegate asks for the floor (national capacity, one meeting) at one moment, from the workers.
 * `atMs` is that moment (epoch ms), for what else is measured from it (bench/audience-rush.ts).
 */
export async function runRush(
  api: RostrumApi,
  serverPid: number,
  pool: WorkerPool,
  meetingId: number,
  delegates: DelegateCredential[],
): Promise<{ atMs: number; outcome: RushOutcome }> {
  const shares: DelegateCredential[][] = [];
  let offset = 0;
  for (let index = 0; index < pool.workers.length; index += 1) {
    const count = pool.share(delegates.length, index);
    shares.push(delegates.slice(offset, offset + count));
    offset += count;
  }
  await pool.all((index) => ({ type: 'prewarm', url: api.url, count: shares[index].length }), 30_000);
  const atMs = preciseNow() + 300;
  const cpuBefore = cpuMs(serverPid);
  const results = await pool.all<RushResult>((index) => ({ type: 'rush', url: api.url, meetingId, delegates: shares[index], atMs }), 60_000);
  const cpuMsPerInscription = (cpuMs(serverPid) - cpuBefore) / delegates.length;
  const requests = results.flatMap((result) => result.requests);
  const succeeded = requests.filter((request) => request.status === 201);
  const completionMs = Math.max(...requests.map((request) => request.doneAtMs)) - atMs;
  const sentTimes = requests.map((request) => request.sentAtMs);
  const doneTimes = requests.map((request) => request.doneAtMs).sort((a, b) => a - b);
  const tenth = Math.max(1, Math.floor(doneTimes.length / 10));
  const meanInterval = (from: number) => (doneTimes[from + tenth] - doneTimes[from]) / tenth;

  const list = await api.speakers(meetingId);
  const waiting = list.entries.filter((entry) => entry.status === 'waiting');
  const positions = waiting.map((entry) => entry.position).sort((a, b) => (a ?? 0) - (b ?? 0));
  const distinctPositions = positions.every((position, index) => position === index + 1);
  const delegations = new Set(waiting.map((entry) => entry.delegation.id));
  const distinctDelegations = delegations.size === delegates.length && delegates.every(({ delegationId }) => delegations.has(delegationId));
  const outcome: RushOutcome = {
    requests: requests.length,
    succeeded: succeeded.length,
    completionMs,
    latencyMs: summarize(requests.map((request) => request.doneAtMs - request.sentAtMs)),
    perSecond: succeeded.length / (completionMs / 1000),
    cpuMsPerInscription,
    sendSpreadMs: Math.max(...sentTimes) - Math.min(...sentTimes),
    answerIntervalMs: { firstTenth: meanInterval(0), lastTenth: meanInterval(doneTimes.length - 1 - tenth) },
    check: {
      entries: list.entries.length,
      distinctPositions,
      distinctDelegations,
      ok: list.entries.length === delegates.length && waiting.length === delegates.length && distinctPositions && distinctDelegations,
    },
    errors: [...new Set(requests.filter((request) => request.status !== 201).map((request) => `${request.status} ${request.error ?? ''}`))].slice(0, 5),
  };
  return { atMs, outcome };
}

/** The round of the median completion time, of an odd number of rounds. */
function medianRound<Round extends { completionMs: number }>(rounds: Round[]): Round {
  const middle = median(rounds.map((round) => round.completionMs));
  return rounds.find((round) => round.completionMs === middle)!;
}

export interface RushRounds {
  /** The first round: the first burst of inscriptions this server process serves, on code V8 has not compiled yet. */
  first: RushOutcome;
  /** The rounds after it, in order. */
  later: RushOutcome[];
  /** The later round of the median completion time: a server that has opened a list before, as on any day but the first. */
  median: RushOutcome;
}

/**
 * The rush once on each meeting, one after the other: a first round on `firstMeetingId`, then one on
 * each of `laterMeetingIds` (an odd number), of which the median is reported. One round is a few
 * hundred ms on a shared 2-core machine, so a single one moves a lot from run to run.
 */
export async function runRushRounds(
  api: RostrumApi,
  serverPid: number,
  pool: WorkerPool,
  firstMeetingId: number,
  laterMeetingIds: readonly number[],
  delegates: DelegateCredential[],
): Promise<RushRounds> {
  const { outcome: first } = await runRush(api, serverPid, pool, firstMeetingId, delegates);
  const later: RushOutcome[] = [];
  for (const meetingId of laterMeetingIds) later.push((await runRush(api, serverPid, pool, meetingId, delegates)).outcome);
  return { first, later, median: medianRound(later) };
}

const isBaselineReply = (message: unknown): message is BaselineResult | { type: 'baseline-error'; error: string } =>
  ['baseline-result', 'baseline-error'].includes((message as { type?: string })?.type ?? '');

export interface BaselineRounds extends RushFigures {
  completionsMs: number[];
}

/** The baseline `rounds` times (odd), each in a fresh process: the round of the median completion, and every completion. */
export async function runSqliteBaselineRounds(count: number, rounds: number, synchronous?: string): Promise<BaselineRounds> {
  const results: RushFigures[] = [];
  for (let round = 0; round < rounds; round += 1) results.push(await runSqliteBaseline(count, synchronous));
  return { ...medianRound(results), completionsMs: results.map((result) => result.completionMs) };
}

/** The same number of single-row insert transactions straight into sqlite, in a process of its own. */
async function runSqliteBaseline(count: number, synchronous?: string): Promise<RushFigures> {
  const child = forkBenchScript('sqlite-baseline.ts');
  try {
    const reply = nextMessage(child, isBaselineReply, 60_000, 'sqlite baseline');
    child.send({ type: 'baseline', count, synchronous });
    const result = await reply;
    if (result.type === 'baseline-error') throw new Error(`sqlite baseline: ${result.error}`);
    if (result.rows !== count) throw new Error(`sqlite baseline: ${result.rows} rows, expected ${count}`);
    return {
      requests: count,
      succeeded: result.rows,
      completionMs: result.completionMs,
      latencyMs: summarize(result.latenciesMs),
      perSecond: count / (result.completionMs / 1000),
      cpuMsPerInscription: result.cpuMs / count,
    };
  } finally {
    await stopChild(child);
  }
}
