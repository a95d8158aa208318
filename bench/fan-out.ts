import { cpuMs, residentKb, sleep } from './children';
import { arrivalKey, ArrivalsResult, ConnectResult } from './protocol';
import { preciseNow, summarize, Summary } from './stats';
import { WorkerPool } from './worker-pool';

/** A server to fan out from: Rostrum (REST floor command) or the bare Socket.IO server (POST /emit). */
export interface FanOutTarget {
  name: string;
  url: string;
  pid: number;
  meetingId: number;
  collectGarbage(): Promise<void>;
  /** Sends one command; resolves with the version of the state it pushed. */
  command(): Promise<number>;
  /** Wraps the joins, then the measured commands, e.g. in a CPU profile (--profile). */
  phase<T>(name: 'join' | 'commands', work: () => Promise<T>): Promise<T>;
}

export interface FanOutOptions {
  clients: number;
  commands: number;
  warmupCommands: number;
  /** Pause after every client has a state, before the next command. */
  gapMs: number;
}

export interface FanOutResult {
  /** REST request start -> `floor:state` at a client, every (command, client) pair, ms. */
  latencyMs: Summary;
  /** REST request start -> REST response, per command, ms. */
  responseMs: Summary;
  /** Per command, the slowest client, ms. */
  slowestPerCommandMs: Summary;
  missed: number;
  /** Server CPU time (user + system) per measured command, ms. */
  serverCpuMsPerCommand: number;
  connectSeconds: number;
  memory: { idleKb: number; joinedKb: number; perClientKb: number };
}

interface Sent {
  version: number;
  startedAt: number;
  respondedAt: number;
}

const CONNECT_TIMEOUT_MS = 120_000;
const ARRIVAL_TIMEOUT_MS = 15_000;

/** Resident memory once garbage is collected, twice with a pause, so that freed pages have gone back. */
async function settledResidentKb(target: FanOutTarget): Promise<number> {
  await target.collectGarbage();
  await sleep(300);
  await target.collectGarbage();
  return residentKb(target.pid);
}

/** Joins the clients to one target, reading its resident memory before and after. */
async function join(target: FanOutTarget, pool: WorkerPool, clients: number) {
  const idleKb = await settledResidentKb(target);
  const startedAt = preciseNow();
  const connects = await target.phase('join', () =>
    pool.all<ConnectResult>(
      (index) => ({ type: 'connect', tag: target.name, url: target.url, count: pool.share(clients, index), meetingId: target.meetingId, concurrency: 50 }),
      CONNECT_TIMEOUT_MS,
    ),
  );
  const connectSeconds = (preciseNow() - startedAt) / 1000;
  const connected = connects.reduce((sum, result) => sum + result.connected, 0);
  if (connected !== clients) {
    throw new Error(`${target.name}: ${connected} of ${clients} clients joined: ${connects.flatMap((r) => r.failures).join('; ')}`);
  }
  await sleep(700);
  const joinedKb = await settledResidentKb(target);
  return { connectSeconds, memory: { idleKb, joinedKb, perClientKb: (joinedKb - idleKb) / clients } };
}

async function sendOne(target: FanOutTarget, pool: WorkerPool, gapMs: number): Promise<Sent> {
  const startedAt = preciseNow();
  const version = await target.command();
  const respondedAt = preciseNow();
  if (!(await pool.waitAllArrived(arrivalKey(target.name, version), ARRIVAL_TIMEOUT_MS))) {
    console.warn(`  ${target.name}: version ${version} did not reach every client in ${ARRIVAL_TIMEOUT_MS} ms`);
  }
  await sleep(gapMs);
  return { version, startedAt, respondedAt };
}

/**
 * Every target gets its own clients (all connected at once), then the targets take turns, one
 * command each per round, the order swapped every round: load from elsewhere on the machine
 * falls on all of them alike, so their ratios hold on a noisy machine.
 */
export async function runFanOut(targets: FanOutTarget[], pool: WorkerPool, options: FanOutOptions): Promise<Map<string, FanOutResult>> {
  const joined = [];
  for (const target of targets) joined.push(await join(target, pool, options.clients));
  const inTurn = (round: number) => (round % 2 === 0 ? targets : [...targets].reverse());
  for (let round = 0; round < options.warmupCommands; round += 1) {
    for (const target of inTurn(round)) await sendOne(target, pool, options.gapMs);
  }
  const sent = new Map<string, Sent[]>(targets.map((target) => [target.name, []]));
  const cpuBefore = targets.map((target) => cpuMs(target.pid));
  const measured = async () => {
    for (let round = 0; round < options.commands; round += 1) {
      for (const target of inTurn(round)) sent.get(target.name)!.push(await sendOne(target, pool, options.gapMs));
    }
  };
  // Nested phases, so that with --profile every server records its profile of the same rounds.
  await targets.reduceRight<() => Promise<void>>((work, target) => () => target.phase('commands', work), measured)();
  const cpuPerCommand = targets.map((target, index) => (cpuMs(target.pid) - cpuBefore[index]) / options.commands);

  const results = new Map<string, FanOutResult>();
  for (const [index, target] of targets.entries()) {
    const collected = await pool.all<ArrivalsResult>(() => ({ type: 'collect', tag: target.name }), 30_000);
    results.set(target.name, {
      ...summarizeArrivals(sent.get(target.name)!, collected, options.clients),
      serverCpuMsPerCommand: cpuPerCommand[index],
      ...joined[index],
    });
  }
  await pool.all(() => ({ type: 'disconnect' }), 30_000);
  await sleep(500);
  return results;
}

function summarizeArrivals(sent: Sent[], collected: ArrivalsResult[], clients: number) {
  const byVersion = new Map<number, number[]>();
  for (const { arrivals } of collected) {
    for (const [version, times] of arrivals) byVersion.set(version, [...(byVersion.get(version) ?? []), ...times]);
  }
  const latencies: number[] = [];
  const slowest: number[] = [];
  let missed = 0;
  for (const { version, startedAt } of sent) {
    const times = byVersion.get(version) ?? [];
    missed += clients - times.length;
    let worst = 0;
    for (const time of times) {
      latencies.push(time - startedAt);
      worst = Math.max(worst, time - startedAt);
    }
    slowest.push(worst);
  }
  return {
    latencyMs: summarize(latencies),
    responseMs: summarize(sent.map(({ startedAt, respondedAt }) => respondedAt - startedAt)),
    slowestPerCommandMs: summarize(slowest),
    missed,
  };
}
