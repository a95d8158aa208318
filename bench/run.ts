// `npm run bench`: Rostrum beside the bare stack it runs on, in one run on one machine (issue 11).
// The app and the bare Socket.IO server run as child processes, the clients in worker processes,
// all on loopback; every wait has a timeout and a deadline kills whatever is left.
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { runAudienceRush } from './audience-rush';
import { killAll, openFilesLimit } from './children';
import { runClock } from './clock';
import { runCutOffs } from './cut-offs';
import { FanOutTarget, runFanOut } from './fan-out';
import { runTwoInstances } from './multi-instance';
import { expectJson, requestJson } from './http-client';
import { BenchOptions, parseOptions } from './options';
import { BenchFigures, buildResults, formatTable } from './report';
import { RostrumApi } from './rostrum-api';
import { RunningServer, startBareServer, startRostrum } from './rostrum-server';
import { runRushRounds, runSqliteBaselineRounds } from './rush';
import { preciseNow } from './stats';
import { WorkerPool } from './worker-pool';

const WARMUP_COMMANDS = 3;
const GAP_MS = 50;
/** An odd number: the median round is reported, as the rush's is (bench/rush.ts). */
const SQLITE_BASELINE_ROUNDS = 3;

const log = (message: string) => console.log(`[bench ${((preciseNow() - startedAt) / 1000).toFixed(1)}s] ${message}`);
const startedAt = preciseNow();

function checkOpenFiles(options: BenchOptions): void {
  // A client holds a descriptor in its server and one in its worker; a worker holds clients of both servers.
  const needed = Math.max(Math.max(options.clients, options.viewers) + options.delegates, Math.ceil((2 * options.clients) / options.workers)) + 256;
  const limit = openFilesLimit();
  if (limit < needed) {
    throw new Error(`Open-file limit ${limit} is below the ${needed} this run needs: raise it (ulimit -n ${needed}) or use fewer --clients`);
  }
}

async function main(options: BenchOptions): Promise<void> {
  checkOpenFiles(options);
  const loadAverageAtStart = loadavg()[0];
  log(`${options.clients} clients, ${options.commands} commands, ${options.workers} worker processes, ${options.delegates} delegates, ${options.viewers} viewers`);
  if (loadAverageAtStart > 1) log(`the machine is busy (load average ${loadAverageAtStart.toFixed(1)}): wall times will be noisy, CPU times less so`);
  const [rostrum, bare, pool] = await Promise.all([startRostrum(options.appRoot), startBareServer(), WorkerPool.start(options.workers)]);
  const startSeconds = (preciseNow() - startedAt) / 1000;
  log(`Rostrum at ${rostrum.url} (pid ${rostrum.pid}), bare server at ${bare.url} (pid ${bare.pid})`);
  if (pool.clockSkewsMs.some((skew) => Math.abs(skew) > 1)) log(`process clocks disagree by up to ${pool.clockSkewsMs.map((skew) => skew.toFixed(2)).join(', ')} ms`);

  const api = new RostrumApi(rostrum.url);
  const officer = await api.officerToken();
  const { fanOutMeetingId, rushMeetingId, audienceMeetingId, laterRushMeetingIds } = await api.plenaries();
  const memberStates = await api.memberStates();
  if (memberStates.length < options.delegates) throw new Error(`Only ${memberStates.length} member states for ${options.delegates} delegates`);
  const tokensStart = preciseNow();
  const delegates = await api.delegateTokens(officer, memberStates.slice(0, options.delegates));
  const tokenSeconds = (preciseNow() - tokensStart) / 1000;
  log(`${delegates.length} delegate tokens in ${tokenSeconds.toFixed(1)} s`);

  // A speaker on the floor, paused: from here the officer alternates start and pause.
  await api.inscribe(officer, fanOutMeetingId, memberStates[0].id);
  let floor = await api.floorCommand(officer, fanOutMeetingId, 'next');
  const captured = await api.floor(fanOutMeetingId);
  // What a public viewer's join is answered with, so that the bare server's join sends as much.
  const joinAck = { floor: captured, speakers: await api.speakers(fanOutMeetingId) };
  await expectJson('bare payload', 200, requestJson('POST', `${bare.url}/payload`, { body: { floor: captured, joinAck } }));
  log(`FloorState payload: ${JSON.stringify(captured).length} bytes of JSON; join answer ${JSON.stringify(joinAck).length} bytes`);

  const rostrumTarget: FanOutTarget = {
    ...targetOf('rostrum', rostrum, fanOutMeetingId, options.profileDir),
    command: async () => {
      floor = await api.floorCommand(officer, fanOutMeetingId, floor.status === 'running' ? 'pause' : 'start');
      return floor.version;
    },
  };
  const bareTarget: FanOutTarget = {
    ...targetOf('bare', bare, fanOutMeetingId, options.profileDir),
    command: async () =>
      (await expectJson<{ version: number }>('bare emit', 200, requestJson('POST', `${bare.url}/emit`, { body: { meetingId: fanOutMeetingId } }))).version,
  };
  log(`fan-out: ${options.clients} clients on Rostrum and ${options.clients} on the bare server, commands in turn`);
  const fanOut = await runFanOut([rostrumTarget, bareTarget], pool, {
    clients: options.clients,
    commands: options.commands,
    warmupCommands: WARMUP_COMMANDS,
    gapMs: GAP_MS,
  });
  const rostrumFanOut = fanOut.get('rostrum')!;
  const bareFanOut = fanOut.get('bare')!;
  for (const [name, result] of fanOut) {
    log(`  ${name}: p50 ${result.latencyMs.p50.toFixed(1)} ms, p99 ${result.latencyMs.p99.toFixed(1)} ms (joined in ${result.connectSeconds.toFixed(1)} s)`);
  }
  await bare.stop();

  log(`clock: ${options.clockClients} clients`);
  const clock = await runClock(pool, rostrum.url, options.clockClients);

  log(`inscription rush: ${delegates.length} delegates, once on each of meetings ${[rushMeetingId, ...laterRushMeetingIds].join(', ')}`);
  const rush = await rostrum.profiled(options.profileDir, 'rush-rostrum', () =>
    runRushRounds(api, rostrum.pid, pool, rushMeetingId, laterRushMeetingIds, delegates),
  );
  log(`  first round ${rush.first.completionMs.toFixed(1)} ms, later rounds ${rush.later.map((round) => round.completionMs.toFixed(1)).join(', ')} ms`);
  for (const round of [rush.first, ...rush.later]) if (!round.check.ok) log(`  CHECK FAILED: ${JSON.stringify(round.check)} ${round.errors.join('; ')}`);
  log(`rush under an audience: ${options.viewers} public viewers and ${delegates.length} delegates on meeting ${audienceMeetingId}`);
  const audienceRush = await rostrum.profiled(options.profileDir, 'audience-rush-rostrum', () =>
    runAudienceRush({ api, serverPid: rostrum.pid, pool, meetingId: audienceMeetingId, delegates, groups: [{ tag: 'viewers', url: rostrum.url, count: options.viewers }], log }),
  );
  if (!audienceRush.rush.check.ok) log(`  CHECK FAILED: ${JSON.stringify(audienceRush.rush.check)} ${audienceRush.rush.errors.join('; ')}`);
  log('cut-offs: 50 statements cut at limit + grace, in 10 meetings at once');
  const cutOffs = await runCutOffs(api, officer, memberStates);
  log(`  fire-time error: median ${cutOffs.errorMs.p50.toFixed(1)} ms, max ${cutOffs.errorMs.max.toFixed(1)} ms`);
  log('sqlite baseline');
  const sqlite = await runSqliteBaselineRounds(delegates.length, SQLITE_BASELINE_ROUNDS);
  log(`  completions ${sqlite.completionsMs.map((ms) => ms.toFixed(1)).join(', ')} ms`);
  const sqliteSynchronousNormal = await runSqliteBaselineRounds(delegates.length, 1, 'NORMAL');
  await rostrum.stop();

  const figures: BenchFigures = {
    options,
    durationSeconds: (preciseNow() - startedAt) / 1000,
    setupSeconds: { start: startSeconds, delegateTokens: tokenSeconds },
    fanOut: { rostrum: rostrumFanOut, bare: bareFanOut },
    rush: { rostrum: rush.median, rounds: rush, sqlite, sqliteSynchronousNormal },
    audienceRush,
    clock,
    cutOffs,
    clockSkewsMs: pool.clockSkewsMs,
    loadAverageAtStart,
  };
  writeFileSync(options.out, `${JSON.stringify(buildResults(figures), null, 2)}\n`);
  console.log(`\n${formatTable(figures)}\n`);
  log(`done in ${figures.durationSeconds.toFixed(0)} s; figures in ${options.out}`);
}

function targetOf(name: string, server: RunningServer, meetingId: number, profileDir: string | undefined): Omit<FanOutTarget, 'command'> {
  return {
    name,
    url: server.url,
    pid: server.pid,
    meetingId,
    collectGarbage: () => server.collectGarbage(),
    phase: (phase, work) => server.profiled(profileDir, `${phase}-${name}`, work),
  };
}

let options: BenchOptions;
try {
  options = parseOptions(process.argv.slice(2));
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(2);
}
const deadline = setTimeout(() => {
  console.error(`bench: deadline of ${options.deadlineSeconds} s passed; stopping everything`);
  killAll();
  process.exit(1);
}, options.deadlineSeconds * 1000);
process.on('exit', killAll);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    killAll();
    process.exit(130);
  });
}
(options.instances === 2 ? runTwoInstances(options, log, startedAt) : main(options)).then(
  () => {
    clearTimeout(deadline);
    killAll();
    process.exit(0);
  },
  (error: unknown) => {
    console.error(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    killAll();
    process.exit(1);
  },
);
