import type { EndedStatement, Floor, TimerSignal } from './floor-state';
import { elapsedAt } from './time-left';
import { endStatement } from './timer';

/**
 * How strictly a meeting holds speakers to their limit: `count` shows overtime; `conclude` puts
 * "Please conclude" on the floor at zero; `cut` ends the statement at limit + grace.
 */
export const ENFORCEMENT_MODES = ['count', 'conclude', 'cut'] as const;
export type EnforcementMode = (typeof ENFORCEMENT_MODES)[number];

export interface Enforcement {
  mode: EnforcementMode;
  graceSeconds: number;
}

export const MAX_GRACE_SECONDS = 60;
export const DEFAULT_ENFORCEMENT: Enforcement = { mode: 'count', graceSeconds: 0 };
export const CONCLUDE_MESSAGE = 'Please conclude';

const SIGNAL_RANK: Record<TimerSignal, number> = { none: 0, warning: 1, 'time-up': 2 };

/** What the server acts on: the instants of a running statement, and the rules that apply. */
export interface TimerRules {
  enforcement: Enforcement;
  warningMs: number;
}

export interface TimerMoments {
  warningAt: number | null;
  timeUpAt: number;
  cutAt: number | null;
}

/** When the running statement turns amber, reaches zero and (in `cut` mode) is cut; null unless running. */
export function timerMoments(floor: Floor, rules: TimerRules): TimerMoments | null {
  if (floor.status !== 'running' || floor.runningSince === null) return null;
  const timeUpAt = floor.runningSince + floor.limitMs - floor.elapsedMs;
  return {
    warningAt: rules.warningMs > 0 ? timeUpAt - rules.warningMs : null,
    timeUpAt,
    cutAt: rules.enforcement.mode === 'cut' ? timeUpAt + rules.enforcement.graceSeconds * 1000 : null,
  };
}

/** The next instant the server must act on the floor (possibly already past), or null if none. */
export function nextSignalAt(floor: Floor, rules: TimerRules): number | null {
  const moments = timerMoments(floor, rules);
  if (!moments) return null;
  const rank = SIGNAL_RANK[floor.signalled];
  const pending = [rank < 1 ? moments.warningAt : null, rank < 2 ? moments.timeUpAt : null, moments.cutAt].filter((at): at is number => at !== null);
  return pending.length === 0 ? null : Math.min(...pending);
}

function reachedSignal(moments: TimerMoments, nowMs: number): TimerSignal {
  if (nowMs >= moments.timeUpAt) return 'time-up';
  return moments.warningAt !== null && nowMs >= moments.warningAt ? 'warning' : 'none';
}

/**
 * The server's own step at a timer moment: marks the warning and zero once each, concludes at zero
 * and cuts at limit + grace. A cut records exactly limit + grace as used and the cut-off instant as
 * the end, however late it runs (after a restart, say). Returns the floor unchanged when nothing is due.
 */
export function signalTime(floor: Floor, rules: TimerRules, nowMs: number): { floor: Floor; ended: EndedStatement | null } {
  const moments = timerMoments(floor, rules);
  if (!moments) return { floor, ended: null };
  if (moments.cutAt !== null && nowMs >= moments.cutAt) {
    const ended = endStatement(floor, moments.cutAt, 'time-limit');
    return { floor: { ...floor, status: 'stopped', elapsedMs: ended.usedMs, runningSince: null, signalled: 'time-up' }, ended };
  }
  const reached = reachedSignal(moments, nowMs);
  if (SIGNAL_RANK[reached] <= SIGNAL_RANK[floor.signalled]) return { floor, ended: null };
  const concludes = reached === 'time-up' && rules.enforcement.mode === 'conclude';
  return { floor: { ...floor, signalled: reached, message: concludes ? CONCLUDE_MESSAGE : floor.message }, ended: null };
}

/** After time is given or taken: moments not reached any more are signalled again when they come. */
export function rearmSignals(floor: Floor, rules: TimerRules, nowMs: number): Floor {
  const left = floor.limitMs - elapsedAt(floor, nowMs);
  const reached: TimerSignal = left <= 0 ? 'time-up' : left <= rules.warningMs ? 'warning' : 'none';
  const signalled = SIGNAL_RANK[reached] < SIGNAL_RANK[floor.signalled] ? reached : floor.signalled;
  return signalled === floor.signalled ? floor : { ...floor, signalled };
}

/** The mode in force: the meeting's own, or the conference's. */
export const enforcementFor = (conference: Enforcement, meeting: Enforcement | null): Enforcement => meeting ?? conference;
