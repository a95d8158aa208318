import { RecordedStatement, recordReport, recordTotals } from './record-report';

const KENYA = { id: 1, name: 'Kenya' };
const BRAZIL = { id: 2, name: 'Brazil' };

function statement(overrides: Partial<RecordedStatement> = {}): RecordedStatement {
  return { meetingId: 10, delegation: KENYA, usedMs: 120_000, overtimeMs: 0, ...overrides };
}

describe('recordTotals', () => {
  it('counts statements and adds up the time used', () => {
    expect(recordTotals([statement(), statement({ usedMs: 60_000 })])).toMatchObject({ statements: 2, usedMs: 180_000 });
  });

  it('counts the statements that ran over and adds up their overtime', () => {
    const totals = recordTotals([statement({ overtimeMs: 5_000 }), statement(), statement({ overtimeMs: 12_000 })]);
    expect(totals).toMatchObject({ overruns: 2, overtimeMs: 17_000 });
  });

  it('counts as cut off only the statements the time limit ended', () => {
    const totals = recordTotals([statement({ endedBy: 'time-limit' }), statement({ endedBy: 'officer' }), statement({ endedBy: null }), statement()]);
    expect(totals.cutOffs).toBe(1);
  });
});

describe('recordReport', () => {
  const meetings = [
    { id: 10, title: '1st plenary' },
    { id: 11, title: '2nd plenary' },
    { id: 12, title: '3rd plenary' },
  ];

  it('gives each meeting with statements its totals, in the meetings’ order', () => {
    const report = recordReport([statement({ meetingId: 12 }), statement({ meetingId: 10 }), statement({ meetingId: 12 })], meetings);
    expect(report.meetings.map((m) => [m.title, m.statements])).toEqual([
      ['1st plenary', 1],
      ['3rd plenary', 2],
    ]);
  });

  it('gives each delegation its totals, by name', () => {
    const report = recordReport([statement(), statement({ delegation: BRAZIL, overtimeMs: 3_000 }), statement()], meetings);
    expect(report.delegations.map((d) => [d.delegation.name, d.statements, d.overruns])).toEqual([
      ['Brazil', 1, 1],
      ['Kenya', 2, 0],
    ]);
  });

  it('sums the whole conference in overall', () => {
    expect(recordReport([statement(), statement({ delegation: BRAZIL })], meetings).overall.statements).toBe(2);
  });
});
