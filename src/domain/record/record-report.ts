/** A statement as the record needs it: who spoke where, and how the time was kept. */
export interface RecordedStatement {
  meetingId: number;
  delegation: { id: number; name: string };
  usedMs: number;
  overtimeMs: number;
  /** How it ended, where the record knows (`time-limit`: cut off when the time ran out). */
  endedBy?: string | null;
}

export interface RecordTotals {
  statements: number;
  usedMs: number;
  /** Statements that ran over their limit, and by how much in all. */
  overruns: number;
  overtimeMs: number;
  /** Statements ended by the time limit rather than by the speaker or the officer. */
  cutOffs: number;
}

export interface RecordReport<D> {
  overall: RecordTotals;
  meetings: (RecordTotals & { meetingId: number; title: string })[];
  delegations: (RecordTotals & { delegation: D })[];
}

export function recordTotals(statements: readonly RecordedStatement[]): RecordTotals {
  return {
    statements: statements.length,
    usedMs: statements.reduce((sum, s) => sum + s.usedMs, 0),
    overruns: statements.filter((s) => s.overtimeMs > 0).length,
    overtimeMs: statements.reduce((sum, s) => sum + Math.max(0, s.overtimeMs), 0),
    cutOffs: statements.filter((s) => s.endedBy === 'time-limit').length,
  };
}

/** Per meeting (in the order given, those with statements) and per delegation (by name). */
export function recordReport<S extends RecordedStatement>(
  statements: readonly S[],
  meetings: readonly { id: number; title: string }[],
): RecordReport<S['delegation']> {
  const byMeeting = new Map<number, S[]>();
  const byDelegation = new Map<number, S[]>();
  for (const statement of statements) {
    byMeeting.set(statement.meetingId, [...(byMeeting.get(statement.meetingId) ?? []), statement]);
    byDelegation.set(statement.delegation.id, [...(byDelegation.get(statement.delegation.id) ?? []), statement]);
  }
  return {
    overall: recordTotals(statements),
    meetings: meetings
      .filter((meeting) => byMeeting.has(meeting.id))
      .map((meeting) => ({ meetingId: meeting.id, title: meeting.title, ...recordTotals(byMeeting.get(meeting.id)!) })),
    delegations: [...byDelegation.values()]
      .map((list) => ({ delegation: list[0].delegation, ...recordTotals(list) }))
      .sort((a, b) => a.delegation.name.localeCompare(b.delegation.name)),
  };
}
