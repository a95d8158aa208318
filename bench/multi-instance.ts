// `npm run bench -- --instances 2` (issue 13): fan-out with two app instances on PostgreSQL and Redis.
// PostgreSQL (initdb/pg_ctl in a temporary folder, as scripts/test-scale.sh does) and redis-server start
// on random loopback ports; instances A and B of the app run on them with the same JWT_SECRET and
// REDIS_URL. In one run, taking turns, the officer's REST floor commands go to A and are measured two
// ways: N clients all on A (one meeting), and N clients split half on A, half on B (another meeting).
// Then the rush under an audience (bench/audience-rush.ts): the viewers split half on A, half on B, on a
// third meeting, and every delegate inscribing through A.
// Everything started here is stopped on exit, however the run ends (see run.ts for the deadline).
import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { runAudienceRush } from './audience-rush';
import { cpuMs, freePort, keepTail, openFilesLimit, sleep, tailOf, track } from './children';
import { BenchOptions } from './options';
import { arrivalKey, ArrivalsResult, ConnectResult } from './protocol';
import { audienceRows, GOALS } from './report';
import { RostrumApi, FloorState } from './rostrum-api';
import { startRostrum } from './rostrum-server';
import { preciseNow, round, summarize, Summary } from './stats';
import { WorkerPool } from './worker-pool';

const WARMUP_COMMANDS = 3;
const GAP_MS = 50;
const CONNECT_TIMEOUT_MS = 120_000;
const ARRIVAL_TIMEOUT_MS = 15_000;
const SERVICE_TIMEOUT_MS = 60_000;

interface BackingServices {
  databaseUrl: string;
  redisUrl: string;
  stop(): void;
}

/** PostgreSQL and Redis in a temporary folder, on random loopback ports; stop() (also run on exit) removes everything. */
async function startBackingServices(log: (message: string) => void): Promise<BackingServices> {
  const versions = existsSync('/usr/lib/postgresql') ? readdirSync('/usr/lib/postgresql').sort((a, b) => Number(a) - Number(b)) : [];
  const pgBin = versions.length > 0 ? join('/usr/lib/postgresql', versions[versions.length - 1], 'bin') : '';
  if (!pgBin || spawnSync('redis-server', ['--version']).status !== 0) {
    throw new Error('--instances 2 needs PostgreSQL and Redis: apt-get install postgresql redis-server');
  }
  // initdb refuses to run as root: as root, run PostgreSQL as the postgres user (or nobody).
  const isRoot = process.getuid?.() === 0;
  const pgUser = isRoot ? (spawnSync('id', ['-u', 'postgres']).status === 0 ? 'postgres' : 'nobody') : '';
  const asPg = (command: string, args: string[]) =>
    isRoot ? spawnSync('runuser', ['-u', pgUser, '--', command, ...args], { encoding: 'utf8', timeout: SERVICE_TIMEOUT_MS }) : spawnSync(command, args, { encoding: 'utf8', timeout: SERVICE_TIMEOUT_MS });
  const run = (what: string, command: string, args: string[]) => {
    const result = asPg(command, args);
    if (result.status !== 0) throw new Error(`${what} failed (${result.status ?? result.signal}): ${result.stderr || result.stdout || result.error}`);
  };

  const work = mkdtempSync(join(tmpdir(), 'rostrum-bench-scale-'));
  chmodSync(work, 0o755); // the unprivileged PostgreSQL user must reach its folder inside
  const pgDir = join(work, 'pg');
  const pgData = join(pgDir, 'data');
  let pgStarted = false;
  let redis: ChildProcess | null = null;
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    if (redis && redis.exitCode === null && redis.signalCode === null) redis.kill('SIGKILL');
    if (pgStarted) asPg(join(pgBin, 'pg_ctl'), ['-D', pgData, '-m', 'immediate', '-w', 'stop']);
    rmSync(work, { recursive: true, force: true });
  };
  process.once('exit', stop);
  try {
    const [pgPort, redisPort] = [await freePort(), await freePort()];
    mkdirSync(pgDir);
    if (isRoot && spawnSync('chown', [pgUser, pgDir]).status !== 0) throw new Error(`chown ${pgUser} ${pgDir} failed`);
    run('initdb', join(pgBin, 'initdb'), ['-D', pgData, '-U', 'rostrum', '--auth=trust', '-E', 'UTF8']);
    pgStarted = true; // from here a stop is attempted even if the start half-failed
    run('pg_ctl start', join(pgBin, 'pg_ctl'), [
      '-D', pgData, '-l', join(pgDir, 'postgres.log'), '-w', '-t', '60',
      '-o', `-p ${pgPort} -k ${pgDir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200`, 'start',
    ]);
    run('createdb', join(pgBin, 'createdb'), ['-h', '127.0.0.1', '-p', String(pgPort), '-U', 'rostrum', 'rostrum']);
    redis = track(spawn('redis-server', ['--port', String(redisPort), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', work], { stdio: ['ignore', 'pipe', 'pipe'] }));
    keepTail(redis);
    const deadline = Date.now() + SERVICE_TIMEOUT_MS;
    while (spawnSync('redis-cli', ['-h', '127.0.0.1', '-p', String(redisPort), 'ping'], { encoding: 'utf8', timeout: 5000 }).stdout?.trim() !== 'PONG') {
      if (Date.now() > deadline || redis.exitCode !== null) throw new Error(`Redis did not come up:\n${tailOf(redis)}`);
      await sleep(200);
    }
    log(`PostgreSQL on 127.0.0.1:${pgPort} (as ${pgUser || 'this user'}), Redis on 127.0.0.1:${redisPort}, in ${work}`);
    return { databaseUrl: `postgres://rostrum@127.0.0.1:${pgPort}/rostrum`, redisUrl: `redis://127.0.0.1:${redisPort}`, stop };
  } catch (error) {
    stop();
    throw error;
  }
}

/** A group of clients in the workers: `count` clients of `url` in `meetingId`, tagged `tag`. */
interface Group {
  tag: string;
  url: string;
  meetingId: number;
  count: number;
}
interface Scenario {
  name: string;
  meetingId: number;
  groups: Group[];
}
interface Sent {
  version: number;
  startedAt: number;
  respondedAt: number;
}
export interface ScenarioResult {
  clients: number;
  latencyMs: Summary;
  slowestPerCommandMs: Summary;
  responseMs: Summary;
  missed: number;
  /** By instance: latency of the clients of that instance only. */
  byGroup: Record<string, Summary>;
}

export async function runTwoInstances(options: BenchOptions, log: (message: string) => void, startedAt: number): Promise<void> {
  const clients = options.clients;
  const half = Math.floor(clients / 2);
  if (half < options.workers) throw new Error(`--instances 2 needs at least ${2 * options.workers} clients`);
  const needed = Math.max(2 * clients, options.viewers + options.delegates) + 256;
  if (openFilesLimit() < needed) throw new Error(`Open-file limit ${openFilesLimit()} is below the ${needed} this run needs (ulimit -n ${needed})`);
  const loadAverageAtStart = loadavg()[0];
  log(`two instances: ${clients} clients all on A, and ${clients} split ${half}/${clients - half} on A and B; ${options.commands} commands; load average ${loadAverageAtStart.toFixed(1)}`);

  const services = await startBackingServices(log);
  try {
    const env = {
      DATABASE_URL: services.databaseUrl,
      REDIS_URL: services.redisUrl,
      JWT_SECRET: randomBytes(32).toString('hex'),
    };
    const pool = await WorkerPool.start(options.workers);
    // One after the other: A migrates and seeds, B finds it done.
    const a = await startRostrum(options.appRoot, env);
    const b = await startRostrum(options.appRoot, env);
    log(`instance A at ${a.url} (pid ${a.pid}), instance B at ${b.url} (pid ${b.pid})`);

    const api = new RostrumApi(a.url);
    const officer = await api.officerToken();
    const { fanOutMeetingId: oneMeeting, rushMeetingId: splitMeeting, audienceMeetingId } = await api.plenaries();
    const memberStates = await api.memberStates();
    if (memberStates.length < options.delegates) throw new Error(`Only ${memberStates.length} member states for ${options.delegates} delegates`);
    const [memberState] = memberStates;
    const delegates = await api.delegateTokens(officer, memberStates.slice(0, options.delegates));
    const floors = new Map<number, FloorState>();
    for (const meetingId of [oneMeeting, splitMeeting]) {
      await api.inscribe(officer, meetingId, memberState.id);
      floors.set(meetingId, await api.floorCommand(officer, meetingId, 'next'));
    }

    const scenarios: Scenario[] = [
      { name: 'one', meetingId: oneMeeting, groups: [{ tag: 'one-a', url: a.url, meetingId: oneMeeting, count: clients }] },
      {
        name: 'split',
        meetingId: splitMeeting,
        groups: [
          { tag: 'split-a', url: a.url, meetingId: splitMeeting, count: half },
          { tag: 'split-b', url: b.url, meetingId: splitMeeting, count: clients - half },
        ],
      },
    ];
    for (const scenario of scenarios) {
      for (const group of scenario.groups) {
        const joinStart = preciseNow();
        const connects = await pool.all<ConnectResult>(
          (index) => ({ type: 'connect', tag: group.tag, url: group.url, count: pool.share(group.count, index), meetingId: group.meetingId, concurrency: 50 }),
          CONNECT_TIMEOUT_MS,
        );
        const connected = connects.reduce((sum, result) => sum + result.connected, 0);
        if (connected !== group.count) throw new Error(`${group.tag}: ${connected} of ${group.count} clients joined: ${connects.flatMap((r) => r.failures).join('; ')}`);
        log(`  ${group.tag}: ${group.count} clients joined in ${((preciseNow() - joinStart) / 1000).toFixed(1)} s`);
      }
    }
    await sleep(700);

    const sendOne = async (scenario: Scenario): Promise<Sent> => {
      const started = preciseNow();
      const floor = floors.get(scenario.meetingId)!;
      const next = await api.floorCommand(officer, scenario.meetingId, floor.status === 'running' ? 'pause' : 'start');
      floors.set(scenario.meetingId, next);
      const respondedAt = preciseNow();
      const arrived = await Promise.all(scenario.groups.map((group) => pool.waitAllArrived(arrivalKey(group.tag, next.version), ARRIVAL_TIMEOUT_MS)));
      if (arrived.some((ok) => !ok)) log(`  ${scenario.name}: version ${next.version} did not reach every client in ${ARRIVAL_TIMEOUT_MS} ms`);
      await sleep(GAP_MS);
      return { version: next.version, startedAt: started, respondedAt };
    };
    const inTurn = (round: number) => (round % 2 === 0 ? scenarios : [...scenarios].reverse());
    for (let round = 0; round < WARMUP_COMMANDS; round += 1) for (const scenario of inTurn(round)) await sendOne(scenario);
    const sent = new Map<string, Sent[]>(scenarios.map((scenario) => [scenario.name, []]));
    const cpuBefore = [cpuMs(a.pid), cpuMs(b.pid)];
    const measureStart = preciseNow();
    for (let round = 0; round < options.commands; round += 1) {
      for (const scenario of inTurn(round)) sent.get(scenario.name)!.push(await sendOne(scenario));
    }
    const cpuPerCommand = { a: (cpuMs(a.pid) - cpuBefore[0]) / (2 * options.commands), b: (cpuMs(b.pid) - cpuBefore[1]) / (2 * options.commands) };
    log(`  ${2 * options.commands} measured commands in ${((preciseNow() - measureStart) / 1000).toFixed(1)} s`);

    const results: Record<string, ScenarioResult> = {};
    for (const scenario of scenarios) {
      const perGroup = new Map<string, Map<number, number[]>>();
      for (const group of scenario.groups) {
        const collected = await pool.all<ArrivalsResult>(() => ({ type: 'collect', tag: group.tag }), 30_000);
        const byVersion = new Map<number, number[]>();
        for (const { arrivals } of collected) for (const [version, times] of arrivals) byVersion.set(version, [...(byVersion.get(version) ?? []), ...times]);
        perGroup.set(group.tag, byVersion);
      }
      const all: number[] = [];
      const slowest: number[] = [];
      const byGroup: Record<string, number[]> = Object.fromEntries(scenario.groups.map((group) => [group.tag, []]));
      let missed = 0;
      for (const { version, startedAt: start } of sent.get(scenario.name)!) {
        let worst = 0;
        for (const group of scenario.groups) {
          const times = perGroup.get(group.tag)!.get(version) ?? [];
          missed += group.count - times.length;
          for (const time of times) {
            all.push(time - start);
            byGroup[group.tag].push(time - start);
            worst = Math.max(worst, time - start);
          }
        }
        slowest.push(worst);
      }
      results[scenario.name] = {
        clients,
        latencyMs: summarize(all),
        slowestPerCommandMs: summarize(slowest),
        responseMs: summarize(sent.get(scenario.name)!.map((s) => s.respondedAt - s.startedAt)),
        missed,
        byGroup: Object.fromEntries(Object.entries(byGroup).map(([tag, values]) => [tag, summarize(values)])),
      };
    }
    await pool.all(() => ({ type: 'disconnect' }), 30_000);

    const viewersOnA = Math.floor(options.viewers / 2);
    log(`rush under an audience: ${viewersOnA} viewers on A and ${options.viewers - viewersOnA} on B, ${delegates.length} delegates through A, meeting ${audienceMeetingId}`);
    const audienceRush = await runAudienceRush({
      api,
      serverPid: a.pid,
      pool,
      meetingId: audienceMeetingId,
      delegates,
      groups: [
        { tag: 'viewers-a', url: a.url, count: viewersOnA },
        { tag: 'viewers-b', url: b.url, count: options.viewers - viewersOnA },
      ],
      log,
    });
    if (!audienceRush.rush.check.ok) log(`  CHECK FAILED: ${JSON.stringify(audienceRush.rush.check)} ${audienceRush.rush.errors.join('; ')}`);
    await Promise.all([a.stop(), b.stop()]);

    const [one, split] = [results.one, results.split];
    const ratios = {
      p50: split.latencyMs.p50 / one.latencyMs.p50,
      p99: split.latencyMs.p99 / one.latencyMs.p99,
      max: split.latencyMs.max / one.latencyMs.max,
      slowestPerCommandMedian: split.slowestPerCommandMs.p50 / one.slowestPerCommandMs.p50,
    };
    const durationSeconds = (preciseNow() - startedAt) / 1000;
    const roundAll = (value: unknown): unknown =>
      typeof value === 'number' ? round(value) : value && typeof value === 'object' ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, roundAll(v)])) : value;
    writeFileSync(
      options.out,
      `${JSON.stringify(
        roundAll({
          date: new Date().toISOString(),
          scenario: 'two instances (PostgreSQL + Redis): fan-out, all clients on A vs split across A and B, commands to A; rush under an audience split across A and B, delegates through A',
          machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? 'unknown', memoryMb: Math.round(totalmem() / 2 ** 20), node: process.version, loadAverage: { atStart: loadAverageAtStart, atEnd: loadavg()[0] } },
          options: { clients, commands: options.commands, workers: options.workers, quick: options.quick, viewers: options.viewers, delegates: options.delegates },
          goals: GOALS,
          durationSeconds,
          ratios,
          oneInstance: one,
          splitAcrossTwo: split,
          serverCpuMsPerCommand: cpuPerCommand,
          audienceRush,
        }),
        null,
        2,
      )}\n`,
    );
    const fmt = (value: number, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : 'n/a');
    const [viewersA, viewersB] = [audienceRush.byGroup['viewers-a'], audienceRush.byGroup['viewers-b']];
    const rows = [
      ['Measure', `All ${clients} on A`, `Split ${half}/${clients - half} on A+B`, 'Ratio (two / one)', 'Goal'],
      [`Fan-out p50 (ms), ${options.commands} commands`, fmt(one.latencyMs.p50), fmt(split.latencyMs.p50), `${fmt(ratios.p50, 2)}x`, ''],
      ['Fan-out p99 (ms)', fmt(one.latencyMs.p99), fmt(split.latencyMs.p99), `${fmt(ratios.p99, 2)}x`, ''],
      ['Fan-out max (ms)', fmt(one.latencyMs.max), fmt(split.latencyMs.max), `${fmt(ratios.max, 2)}x`, ''],
      ['Slowest client per command, median (ms)', fmt(one.slowestPerCommandMs.p50), fmt(split.slowestPerCommandMs.p50), `${fmt(ratios.slowestPerCommandMedian, 2)}x`, ''],
      ['Command HTTP round trip p50 (ms)', fmt(one.responseMs.p50, 2), fmt(split.responseMs.p50, 2), '', ''],
      ['Split: p99 of clients on A / on B (ms)', '', `${fmt(split.byGroup['split-a'].p99)} / ${fmt(split.byGroup['split-b'].p99)}`, '', ''],
      ['States missed by a client', String(one.missed), String(split.missed), '', ''],
      ...audienceRows(audienceRush).map(({ measure, value, goal }) => [measure, '', value, '', goal]),
      [
        'Audience: last viewer with the final list after last answer, on A / on B (ms)',
        '',
        `${fmt(viewersA.holdAfterLastAnswerMs.max)} / ${fmt(viewersB.holdAfterLastAnswerMs.max)}${viewersA.neverFinal + viewersB.neverFinal > 0 ? ` (${viewersA.neverFinal} / ${viewersB.neverFinal} never)` : ''}`,
        '',
        '',
      ],
    ];
    const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
    const line = (row: string[]) => `| ${row.map((cell, column) => cell.padEnd(widths[column])).join(' | ')} |`;
    console.log(`\n${[line(rows[0]), `|${widths.map((w, c) => (c === 0 || c === 4 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`, ...rows.slice(1).map(line)].join('\n')}\n`);
    log(`server CPU per command (both scenarios): A ${fmt(cpuPerCommand.a, 2)} ms, B ${fmt(cpuPerCommand.b, 2)} ms; load average ${loadAverageAtStart.toFixed(1)} at start, ${loadavg()[0].toFixed(1)} at end`);
    log(`done in ${durationSeconds.toFixed(0)} s; figures in ${options.out}`);
  } finally {
    services.stop();
  }
}
