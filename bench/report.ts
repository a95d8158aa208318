import { cpus, loadavg, totalmem } from 'node:os';
import type { ClockOutcome } from './clock';
import type { FanOutResult } from './fan-out';
import type { BenchOptions } from './options';
import type { RushFigures, RushOutcome } from './rush';
import { round } from './stats';
import { stackVersions } from './versions';

export const GOALS = { fanOutP99Ratio: 1.5, clockWorstErrorMs: 5 };

export interface BenchFigures {
  options: BenchOptions;
  durationSeconds: number;
  setupSeconds: { start: number; delegateTokens: number };
  fanOut: { rostrum: FanOutResult; bare: FanOutResult };
  rush: { rostrum: RushOutcome; sqlite: RushFigures; sqliteSynchronousNormal: RushFigures };
  clock: ClockOutcome;
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
  const { fanOut, rush, clock } = figures;
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
      rushCompletion: rush.rostrum.completionMs / rush.sqlite.completionMs,
      rushPerSecond: rush.rostrum.perSecond / rush.sqlite.perSecond,
      memoryPerClient: fanOut.rostrum.memory.perClientKb / fanOut.bare.memory.perClientKb,
      fanOutCpuPerCommand: fanOut.rostrum.serverCpuMsPerCommand / fanOut.bare.serverCpuMsPerCommand,
      rushCpuPerInscription: rush.rostrum.cpuMsPerInscription / rush.sqlite.cpuMsPerInscription,
    },
    fanOut,
    rush,
    memory: { rostrum: fanOut.rostrum.memory, bare: fanOut.bare.memory },
    clock,
    processClockSkewsMs: figures.clockSkewsMs,
  });
}

const fmt = (value: number, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : 'n/a');
const ratio = (a: number, b: number) => `${fmt(a / b, 2)}x`;

/** The table printed at the end and pasted into the README. */
export function formatTable(figures: BenchFigures): string {
  const { fanOut, rush, clock, options } = figures;
  const [r, b] = [fanOut.rostrum, fanOut.bare];
  const p99Ratio = r.latencyMs.p99 / b.latencyMs.p99;
  const rows: string[][] = [
    ['Measure', 'Rostrum', 'Bare stack', 'Ratio', 'Goal'],
    [`Fan-out to ${options.clients} clients, p50 (ms)`, fmt(r.latencyMs.p50), fmt(b.latencyMs.p50), ratio(r.latencyMs.p50, b.latencyMs.p50), ''],
    [
      `Fan-out p99 (ms), ${options.commands} commands`,
      fmt(r.latencyMs.p99),
      fmt(b.latencyMs.p99),
      `${fmt(p99Ratio, 2)}x`,
      `<= ${GOALS.fanOutP99Ratio}x ${p99Ratio <= GOALS.fanOutP99Ratio ? 'met' : 'MISSED'}`,
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
    [`Join ${options.clients} clients (s)`, fmt(r.connectSeconds, 1), fmt(b.connectSeconds, 1), ratio(r.connectSeconds, b.connectSeconds), ''],
    ['Server CPU per command (ms)', fmt(r.serverCpuMsPerCommand, 2), fmt(b.serverCpuMsPerCommand, 2), ratio(r.serverCpuMsPerCommand, b.serverCpuMsPerCommand), ''],
    ['States missed by a client', String(r.missed), String(b.missed), '', '0'],
    [
      `Rush: ${rush.rostrum.requests} inscriptions at once, completion (ms)`,
      fmt(rush.rostrum.completionMs),
      fmt(rush.sqlite.completionMs),
      ratio(rush.rostrum.completionMs, rush.sqlite.completionMs),
      rush.rostrum.check.ok ? `${rush.rostrum.check.entries} entries, positions 1..${rush.rostrum.check.entries}: ok` : 'CHECK FAILED',
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
      `worst < ${GOALS.clockWorstErrorMs} ms ${clock.spread.worstErrorMs < GOALS.clockWorstErrorMs ? 'met' : 'MISSED'}`,
    ],
    [
      `Clock offset error, ${clock.clients} clients at once: median / worst (ms)`,
      `${fmt(clock.burst.medianErrorMs, 0)} / ${fmt(clock.burst.worstErrorMs, 0)}`,
      '',
      '',
      `fastest sample only: worst ${fmt(clock.burst.fastestOnlyWorstErrorMs, 0)}`,
    ],
  ];
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  const line = (row: string[]) => `| ${row.map((cell, column) => cell.padEnd(widths[column])).join(' | ')} |`;
  const rule = `|${widths.map((width, column) => (column === 0 || column === 4 ? '-'.repeat(width + 2) : `${'-'.repeat(width + 1)}:`)).join('|')}|`;
  return [line(rows[0]), rule, ...rows.slice(1).map(line)].join('\n');
}
