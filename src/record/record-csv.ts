import { stringify } from 'csv-stringify/sync';
import type { RecordReport, RecordTotals } from '../domain/record/record-report';
import type { DelegationRef } from '../shared/api-types';
import { ConferenceStatement } from './record.service';

const seconds = (ms: number) => (ms / 1000).toFixed(1);

export function conferenceStatementsCsv(statements: readonly ConferenceStatement[]): string {
  return stringify(
    statements.map((s) => [
      s.meetingId,
      s.meetingTitle,
      s.delegation.name,
      s.capacity,
      s.onBehalfOf?.name ?? '',
      s.limitMs / 1000,
      seconds(s.usedMs),
      seconds(s.overtimeMs),
      s.startedAt ?? '',
      s.endedAt,
      s.endedBy,
    ]),
    {
      header: true,
      columns: ['meeting id', 'meeting', 'delegation', 'capacity', 'on behalf of', 'limit seconds', 'used seconds', 'overtime seconds', 'started at', 'ended at', 'ended by'],
    },
  );
}

const totalsCells = (t: RecordTotals) => [t.statements, seconds(t.usedMs), t.overruns, seconds(t.overtimeMs), t.cutOffs];

export function reportCsv(report: RecordReport<DelegationRef>): string {
  return stringify(
    [
      ...report.meetings.map((m) => ['meeting', m.meetingId, m.title, ...totalsCells(m)]),
      ...report.delegations.map((d) => ['delegation', d.delegation.id, d.delegation.name, ...totalsCells(d)]),
      ['conference', '', 'all', ...totalsCells(report.overall)],
    ],
    { header: true, columns: ['per', 'id', 'name', 'statements', 'used seconds', 'overruns', 'overtime seconds', 'cut-offs'] },
  );
}
