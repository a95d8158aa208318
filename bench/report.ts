import { cpus, loadavg, totalmem } from 'node:os';
import type { AudienceRushResult } from './audience-rush';
import type { ClockOutcome } from './clock';
import type { CutOffFigures } from './cut-offs';
import type { FanOutResult } from './fan-out';
import type { BenchOptions } from './options';
import type { BaselineRounds, RushFigures, RushOutcome, RushRounds } from './rush';
import { round } from './stats';
import { stackVersions } from './versions';

/** Every goal the bench prints; ratios are Rostrum over the bare stack (the rush: over the bare sqlite baseline). */
export const GOALS = {
  fanOutP99Ratio: 1.1,
  joinRatio: 1.5,
  cpuPerCommandRatio: 1.2,
  rushCompletionRatio: 2,
  clockWorstErrorMs: 5,
  audienceLastAnswerMs: 1500,
  /** Every viewer holds the final list at most this long after the last answer. */
  audienceFinalListAfterLastAnswerMs: 1000,
  audienceBytesOverListSize: 5,
  audienceDisconnects: 0,
  /** A cut-off fires within this long of its instant (issue 20). */
  cutOffMaxErrorMs: 100,
};

export interface BenchFigures {
  options: BenchOptions;
  durationSeconds: number;
  setupSeconds: { start: number; delegateTokens: number };
  fanOut: { rostrum: FanOutResult; bare: FanOutResult };
  rush: {
    /** The median of the later rounds (`rounds.median`), the figure every ratio takes. */
    rostrum: RushOutcome;
    rounds: RushRounds;
    sqlite: BaselineRounds;
    sqliteSynchronousNormal: RushFigures;
  };
  audienceRush: AudienceRushResult;
  clock: ClockOutcome;
  cutOffs: CutOffFigures;
  clockSkewsMs: number[];
  /** 1-minute load average when the run started: other work on the machine moves wall times (not CPU times) a lot. */
  loadAverageAtStart: number;
}

/** Rounds every number in a plain JSON value, for a results file people read. */
function rounded(value: unknown): unknown {
  if (typeof value === 'number') return round(value);
  if (Array.isArray(value)) return value.map(rounded);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, rounded(inner)]));
  return value;
}

export function buildResults(figures: BenchFigures): unknown {
  const { fanOut, rush, audienceRush, clock } = figures;
  return rounded({
    date: new Date().toISOString(),
    machine: {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model ?? 'unknown',
      memoryMb: Math.round(totalmem() / 2 ** 20),
      node: process.version,
      platform: `${process.platform}-${process.arch}`,
      loadAverage: { atStart: figures.loadAverageAtStart, atEnd: loadavg()[0] },
    },
    versions: stackVersions(),
    options: { ...figures.options, appRoot: undefined, out: undefined },
    durationSeconds: figures.durationSeconds,
    setupSeconds: figures.setupSeconds,
    goals: GOALS,
    ratios: {
      fanOutP99: fanOut.rostrum.latencyMs.p99 / fanOut.bare.latencyMs.p99,
      fanOutP50: fanOut.rostrum.latencyMs.p50 / fanOut.bare.latencyMs.p50,
      fanOutSlowestPerCommandMedian: fanOut.rostrum.slowestPerCommandMs.p50 / fanOut.bare.slowestPerCommandMs.p50,
      join: fanOut.rostrum.connectSeconds / fanOut.bare.connectSeconds,
      rushCompletion: rush.rostrum.completionMs / rush.sqlite.completionMs,
      rushPerSecond: rush.rostrum.perSecond / rush.sqlite.perSecond,
      memoryPerClient: fanOut.rostrum.memory.perClientKb / fanOut.bare.memory.perClientKb,
      fanOutCpuPerCommand: fanOut.rostrum.serverCpuMsPerCommand / fanOut.bare.serverCpuMsPerCommand,
      rushCpuPerInscription: rush.rostrum.cpuMsPerInscription / rush.sqlite.cpuMsPerInscription,
    },
    fanOut,
    rush,
    audienceRush,
    memory: { rostrum: fanOut.rostrum.memory, bare: fanOut.bare.memory },
    clock,
    cutOffs: figures.cutOffs,
    processClockSkewsMs: figures.clockSkewsMs,
  });
}

const fmt = (value: number, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : 'n/a');
const ratio = (a: number, b: number) => `${fmt(a / b, 2)}x`;
const verdict = (met: boolean) => (met ? 'met' : 'MISSED');
const ratioGoal = (value: number, goal: number) => `<= ${goal}x ${verdict(value <= goal)}`;

export interface AudienceRow {
  measure: string;
  value: string;
  goal: string;
}

/** The rush under an audience, for the table of either mode (one instance, or two: bench/multi-instance.ts). */
export function audienceRows(audience: AudienceRushResult): AudienceRow[] {
  const hold = audience.holdAfterLastAnswerMs;
  const lastHold = audience.everyViewerHoldsMs === null ? Number.NaN : hold.max;
  const { check } = audience.rush;
  const kB = (bytes: number) => fmt(bytes / 1000, 1);
  return [
    {
      measure: `Rush under ${audience.viewers} viewers: last answer (ms)`,
      value: fmt(audience.lastAnswerMs),
      goal: `<= ${GOALS.audienceLastAnswerMs} ms ${verdict(audience.lastAnswerMs <= GOALS.audienceLastAnswerMs)}; ${check.ok ? `${check.entries} entries ok` : 'CHECK FAILED'}`,
    },
    {
      measure: 'Every viewer holds the final list: from instant / after last answer (ms)',
      value: audience.everyViewerHoldsMs === null ? `n/a (${audience.neverFinal} never)` : `${fmt(audience.everyViewerHoldsMs)} / ${fmt(lastHold)}`,
      goal: `all, <= ${GOALS.audienceFinalListAfterLastAnswerMs} ms after ${verdict(lastHold <= GOALS.audienceFinalListAfterLastAnswerMs)}`,
    },
    { measure: 'Viewers that got the final list: median / last, after last answer (ms)', value: `${fmt(hold.p50)} / ${fmt(hold.max)}`, goal: '' },
    { measure: 'speakers:list pushes per viewer, median / max', value: `${fmt(audience.pushesPerViewer.p50, 0)} / ${fmt(audience.pushesPerViewer.max, 0)}`, goal: '' },
    {
      measure: 'kB per viewer (engine.io message frames), median / max',
      value: `${kB(audience.bytesPerViewer.p50)} / ${kB(audience.bytesPerViewer.max)}`,
      goal: '',
    },
    {
      measure: `Most bytes to a viewer / final list JSON (${kB(audience.finalListBytes)} kB)`,
      value: `${fmt(audience.bytesOverListSize, 1)}x`,
      goal: ratioGoal(audience.bytesOverListSize, GOALS.audienceBytesOverListSize),
    },
    { measure: "Viewers' worker processes busy (CPU / wall, each)", value: `${fmt(audience.viewerWorkersBusy * 100, 0)}%`, goal: '' },
    {
      measure: 'Viewers disconnected / without the final list',
      value: `${audience.disconnects} / ${audience.neverFinal}${audience.disconnects > 0 ? ` (${Object.entries(audience.disconnectReasons).map(([reason, count]) => `${count} ${reason}`).join(', ')})` : ''}`,
      goal: `${GOALS.audienceDisconnects} / 0 ${verdict(audience.disconnects <= GOALS.audienceDisconnects && audience.neverFinal === 0)}`,
    },
  ];
}

/** The table printed at the end and pasted into the README. */
export function formatTable(figures: BenchFigures): string {
  const { fanOut, rush, clock, options } = figures;
  const [r, b] = [fanOut.rostrum, fanOut.bare];
  const p99Ratio = r.latencyMs.p99 / b.latencyMs.p99;
  const rushRatio = rush.rostrum.completionMs / rush.sqlite.completionMs;
  const rushChecked = [rush.rounds.first, ...rush.rounds.later].every((round) => round.check.ok);
  const rows: string[][] = [
    ['Measure', 'Rostrum', 'Bare stack', 'Ratio', 'Goal'],
    [`Fan-out to ${options.clients} clients, p50 (ms)`, fmt(r.latencyMs.p50), fmt(b.latencyMs.p50), ratio(r.latencyMs.p50, b.latencyMs.p50), ''],
    [
      `Fan-out p99 (ms), ${options.commands} commands`,
      fmt(r.latencyMs.p99),
      fmt(b.latencyMs.p99),
      `${fmt(p99Ratio, 2)}x`,
      ratioGoal(p99Ratio, GOALS.fanOutP99Ratio),
    ],
    ['Fan-out max (ms)', fmt(r.latencyMs.max), fmt(b.latencyMs.max), ratio(r.latencyMs.max, b.latencyMs.max), ''],
    [
      'Slowest client per command, median (ms)',
      fmt(r.slowestPerCommandMs.p50),
      fmt(b.slowestPerCommandMs.p50),
      ratio(r.slowestPerCommandMs.p50, b.slowestPerCommandMs.p50),
      '',
    ],
    ['Command HTTP round trip p50 (ms)', fmt(r.responseMs.p50, 2), fmt(b.responseMs.p50, 2), ratio(r.responseMs.p50, b.responseMs.p50), ''],
    [
      `Join ${options.clients} clients (s)`,
      fmt(r.connectSeconds, 1),
      fmt(b.connectSeconds, 1),
      ratio(r.connectSeconds, b.connectSeconds),
      ratioGoal(r.connectSeconds / b.connectSeconds, GOALS.joinRatio),
    ],
    [
      'Server CPU per command (ms)',
      fmt(r.serverCpuMsPerCommand, 2),
      fmt(b.serverCpuMsPerCommand, 2),
      ratio(r.serverCpuMsPerCommand, b.serverCpuMsPerCommand),
      ratioGoal(r.serverCpuMsPerCommand / b.serverCpuMsPerCommand, GOALS.cpuPerCommandRatio),
    ],
    ['States missed by a client', String(r.missed), String(b.missed), '', '0'],
    [
      `Rush: ${rush.rostrum.requests} inscriptions at once, completion, median round (ms)`,
      fmt(rush.rostrum.completionMs),
      fmt(rush.sqlite.completionMs),
      `${fmt(rushRatio, 2)}x`,
      `${ratioGoal(rushRatio, GOALS.rushCompletionRatio)}; ${rushChecked ? `${rush.rostrum.check.entries} entries, positions 1..${rush.rostrum.check.entries}: ok` : 'CHECK FAILED'}`,
    ],
    [
      "Rush, the server process's first round (ms)",
      fmt(rush.rounds.first.completionMs),
      fmt(rush.sqlite.completionMs),
      ratio(rush.rounds.first.completionMs, rush.sqlite.completionMs),
      '',
    ],
    [
      '(every round, ms: Rostrum later rounds / bare sqlite rounds)',
      rush.rounds.later.map((round) => fmt(round.completionMs)).join(', '),
      rush.sqlite.completionsMs.map((ms) => fmt(ms)).join(', '),
      '',
      '',
    ],
    ['Rush p99 latency (ms)', fmt(rush.rostrum.latencyMs.p99), fmt(rush.sqlite.latencyMs.p99), ratio(rush.rostrum.latencyMs.p99, rush.sqlite.latencyMs.p99), ''],
    ['Rush inscriptions/s', fmt(rush.rostrum.perSecond, 0), fmt(rush.sqlite.perSecond, 0), ratio(rush.rostrum.perSecond, rush.sqlite.perSecond), ''],
    [
      'CPU per inscription (ms): server / sqlite process',
      fmt(rush.rostrum.cpuMsPerInscription, 2),
      fmt(rush.sqlite.cpuMsPerInscription, 2),
      ratio(rush.rostrum.cpuMsPerInscription, rush.sqlite.cpuMsPerInscription),
      '',
    ],
    ['(sqlite with synchronous=NORMAL: completion ms, rows/s)', '', `${fmt(rush.sqliteSynchronousNormal.completionMs)}, ${fmt(rush.sqliteSynchronousNormal.perSecond, 0)}`, '', ''],
    ...audienceRows(figures.audienceRush).map(({ measure, value, goal }) => [measure, value, '', '', goal]),
    [
      `Memory per joined client (kB RSS, ${options.clients} clients)`,
      fmt(r.memory.perClientKb),
      fmt(b.memory.perClientKb),
      ratio(r.memory.perClientKb, b.memory.perClientKb),
      '',
    ],
    [
      `Clock offset error, ${clock.clients} clients over 1 s: median / worst (ms)`,
      `${fmt(clock.spread.medianErrorMs, 0)} / ${fmt(clock.spread.worstErrorMs, 0)}`,
      '',
      '',
      `worst < ${GOALS.clockWorstErrorMs} ms ${verdict(clock.spread.worstErrorMs < GOALS.clockWorstErrorMs)}`,
    ],
    [
      `Clock offset error, ${clock.clients} clients at once: median / worst (ms)`,
      `${fmt(clock.burst.medianErrorMs, 0)} / ${fmt(clock.burst.worstErrorMs, 0)}`,
      '',
      '',
      `fastest sample only: worst ${fmt(clock.burst.fastestOnlyWorstErrorMs, 0)}`,
    ],
    [
      `Cut-off fire time, ${figures.cutOffs.cutOffs} cut-offs: median / max after the instant (ms)`,
      `${fmt(figures.cutOffs.errorMs.p50)} / ${fmt(figures.cutOffs.errorMs.max)}`,
      '',
      '',
      `max <= ${GOALS.cutOffMaxErrorMs} ms ${verdict(figures.cutOffs.errorMs.max <= GOALS.cutOffMaxErrorMs)}`,
    ],
  ];
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  const line = (row: string[]) => `| ${row.map((cell, column) => cell.padEnd(widths[column])).join(' | ')} |`;
  const rule = `|${widths.map((width, column) => (column === 0 || column === 4 ? '-'.repeat(width + 2) : `${'-'.repeat(width + 1)}:`)).join('|')}|`;
  return [line(rows[0]), rule, ...rows.slice(1).map(line)].join('\n');
}
