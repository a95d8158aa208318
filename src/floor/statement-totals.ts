import type { StatementTotals, StatementView, StatementsReport } from '../shared/api-types';

function totals(statements: StatementView[]): StatementTotals {
  const over = statements.filter((s) => s.overtimeMs > 0);
  return {
    statements: statements.length,
    usedMs: statements.reduce((sum, s) => sum + s.usedMs, 0),
    overLimit: over.length,
    overtimeMs: over.reduce((sum, s) => sum + s.overtimeMs, 0),
    maxOvertimeMs: over.reduce((max, s) => Math.max(max, s.overtimeMs), 0),
    cutOffs: statements.filter((s) => s.endedBy === 'time-limit').length,
  };
}

function groupBy<K>(statements: StatementView[], key: (s: StatementView) => K): Map<K, StatementView[]> {
  const groups = new Map<K, StatementView[]>();
  for (const statement of statements) groups.set(key(statement), [...(groups.get(key(statement)) ?? []), statement]);
  return groups;
}

/** Per-delegation and per-meeting totals: how the limits were observed. */
export function summarizeStatements(
  conferenceSlug: string,
  statements: StatementView[],
  meetings: { id: number; title: string }[],
): StatementsReport {
  const byMeeting = groupBy(statements, (s) => s.meetingId);
  const byDelegation = groupBy(statements, (s) => s.delegation.id);
  return {
    conferenceSlug,
    overall: totals(statements),
    meetings: meetings
      .filter((m) => byMeeting.has(m.id))
      .map((m) => ({ meetingId: m.id, title: m.title, ...totals(byMeeting.get(m.id)!) })),
    delegations: [...byDelegation.values()]
      .map((list) => ({ delegation: list[0].delegation, ...totals(list) }))
      .sort((a, b) => a.delegation.name.localeCompare(b.delegation.name)),
  };
}
