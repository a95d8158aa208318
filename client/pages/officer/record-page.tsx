import { useEffect, useMemo, useState } from 'preact/hooks';
import { recordReport, RecordTotals } from '../../../src/domain/record/record-report';
import { formatCountdown } from '../../../src/domain/timer/time-left';
import type { ConferenceDetail, DelegationRef, MeetingView, StatementView } from '../../../src/shared/api-types';
import { MeetingSelect } from '../../components/meeting-select';
import { Column, SortableTable } from '../../components/sortable-table';
import { api } from '../../lib/api';
import { downloadWithToken } from '../../lib/download';
import { loadMeetings } from '../../lib/conference-data';
import { defaultMeeting } from '../../lib/meetings';
import type { OfficerSession } from '../../lib/session';
import { capacityLine, delegationName, StringKey, t } from '../../lib/strings';
import { formatClock, formatShortDay } from '../../lib/time-format';
import type { Notices } from './officer-shell';

type Statement = StatementView & { meetingTitle?: string; endedBy?: string | null };

const duration = (ms: number) => formatCountdown(Math.max(0, ms));
/** The file's name, as the server's Content-Disposition would give it. */
const csvName = (path: string) => path.split('?')[0].split('/').filter(Boolean).slice(-2).join('-');
const ENDED_BY = ['officer', 'time-limit', 'skip', 'point-of-order'];
const endedByText = (s: Statement) => (s.endedBy && ENDED_BY.includes(s.endedBy) ? t(`endedBy.${s.endedBy}` as StringKey) : (s.endedBy ?? t('common.none')));

function statementColumns(zone: string, withMeeting: boolean): Column<Statement>[] {
  return [
    ...(withMeeting
      ? [
          { key: 'when', label: t('record.col.when'), value: (s: Statement) => Date.parse(s.startedAt ?? s.endedAt), render: (s: Statement) => `${formatShortDay(s.startedAt ?? s.endedAt, zone)} ${formatClock(s.startedAt ?? s.endedAt, zone)}` },
          { key: 'meeting', label: t('record.col.meeting'), value: (s: Statement) => s.meetingTitle ?? '' },
        ]
      : [{ key: 'when', label: t('record.col.started'), value: (s: Statement) => Date.parse(s.startedAt ?? s.endedAt), render: (s: Statement) => formatClock(s.startedAt ?? s.endedAt, zone) }]),
    { key: 'delegation', label: t('codes.col.delegation'), value: (s) => delegationName(s.delegation) },
    { key: 'capacity', label: t('officer.capacity'), value: (s) => capacityLine(s.capacity, null) },
    { key: 'onBehalfOf', label: t('officer.onBehalfOf'), value: (s) => (s.onBehalfOf ? delegationName(s.onBehalfOf) : t('common.none')) },
    { key: 'limit', label: t('officer.col.limit'), value: (s) => s.limitMs, render: (s) => duration(s.limitMs), numeric: true },
    { key: 'used', label: t('record.col.used'), value: (s) => s.usedMs, render: (s) => duration(s.usedMs), numeric: true },
    { key: 'overtime', label: t('record.col.overtime'), value: (s) => s.overtimeMs, render: (s) => (s.overtimeMs > 0 ? `+${duration(s.overtimeMs)}` : t('common.none')), numeric: true },
    { key: 'endedBy', label: t('record.col.endedBy'), value: endedByText },
  ];
}

function totalsColumns<Row extends RecordTotals>(): Column<Row>[] {
  return [
    { key: 'statements', label: t('record.col.statements'), value: (r) => r.statements, numeric: true },
    { key: 'used', label: t('record.col.timeUsed'), value: (r) => r.usedMs, render: (r) => duration(r.usedMs), numeric: true },
    { key: 'overruns', label: t('record.col.overruns'), value: (r) => r.overruns, numeric: true },
    { key: 'overtime', label: t('record.col.overtime'), value: (r) => r.overtimeMs, render: (r) => duration(r.overtimeMs), numeric: true },
    { key: 'cutOffs', label: t('record.col.cutOffs'), value: (r) => r.cutOffs, numeric: true },
  ];
}

export function RecordPage({ conference, session, notices }: { conference: ConferenceDetail; session: OfficerSession; notices: Notices }) {
  const zone = conference.timeZone;
  const base = `/api/conferences/${encodeURIComponent(conference.slug)}`;
  const [meetings, setMeetings] = useState<MeetingView[]>([]);
  const [meetingId, setMeetingId] = useState<number | null>(null);
  const [meetingStatements, setMeetingStatements] = useState<Statement[]>([]);
  const [all, setAll] = useState<Statement[]>([]);
  const [speakerFilter, setSpeakerFilter] = useState<number | null>(null);

  useEffect(() => {
    loadMeetings(conference.slug, session.token).then((list) => {
      setMeetings(list);
      setMeetingId((chosen) => chosen ?? defaultMeeting(list, Date.now())?.id ?? null);
    }, notices.error);
    api<Statement[]>(`${base}/statements`, { token: session.token }).then(setAll, notices.error);
  }, [conference.slug, session.token]);

  useEffect(() => {
    if (meetingId === null) return;
    api<Statement[]>(`/api/meetings/${meetingId}/statements`, { token: session.token }).then(setMeetingStatements, notices.error);
  }, [meetingId, session.token]);

  const report = useMemo(
    () => recordReport(all, meetings.map((m) => ({ id: m.id, title: m.title }))),
    [all, meetings],
  );
  const speakers = useMemo(() => {
    const seen = new Map<number, DelegationRef>();
    for (const s of all) seen.set(s.delegation.id, s.delegation);
    return [...seen.values()].sort((a, b) => delegationName(a).localeCompare(delegationName(b)));
  }, [all]);
  const speechList = speakerFilter === null ? all : all.filter((s) => s.delegation.id === speakerFilter || s.onBehalfOf?.id === speakerFilter);
  const speechCsv = `${base}/statements.csv${speakerFilter === null ? '' : `?delegationId=${speakerFilter}`}`;

  return (
    <>
      <nav class="record-sections" aria-label={t('nav.record')}>
        <a href="#record-meeting">{t('record.meetingHeading')}</a> · <a href="#record-report">{t('record.reportHeading')}</a> · <a href="#record-speeches">{t('record.speechesHeading')}</a>
      </nav>
      <section class="panel" id="record-meeting" aria-labelledby="record-meeting-heading">
        <div class="list-head">
          <h2 id="record-meeting-heading">{t('record.meetingHeading')}</h2>
          {meetingId !== null && (
            <button type="button" class="button-link" data-testid="meeting-csv" onClick={() => void downloadWithToken(`/api/meetings/${meetingId}/statements.csv`, csvName(`/api/meetings/${meetingId}/statements.csv`), session.token).catch(notices.error)}>
              {t('record.csv')}
            </button>
          )}
        </div>
        <MeetingSelect id="record-meeting-select" meetings={meetings} zone={zone} value={meetingId} onChange={setMeetingId} />
        <SortableTable columns={statementColumns(zone, false)} rows={meetingStatements} rowKey={(s) => `${s.entryId}-${s.endedAt}`} testId="meeting-statements" caption={t('record.meetingHeading')} empty={t('record.noStatements')} />
      </section>
      <section class="panel" id="record-report" aria-labelledby="record-report-heading">
        <div class="list-head">
          <h2 id="record-report-heading">{t('record.reportHeading')}</h2>
          <button type="button" class="button-link" data-testid="report-csv" onClick={() => void downloadWithToken(`${base}/report.csv`, csvName(`${base}/report.csv`), session.token).catch(notices.error)}>
            {t('record.csv')}
          </button>
        </div>
        <p data-testid="report-overall">
          {t('record.overall', { n: report.overall.statements, used: duration(report.overall.usedMs), overruns: report.overall.overruns, cutOffs: report.overall.cutOffs })}
        </p>
        <h3>{t('record.perDelegation')}</h3>
        <SortableTable
          columns={[{ key: 'name', label: t('codes.col.delegation'), value: (r) => delegationName(r.delegation) }, ...totalsColumns<(typeof report.delegations)[number]>()]}
          rows={report.delegations}
          rowKey={(r) => r.delegation.id}
          testId="report-delegations"
          caption={t('record.perDelegation')}
          empty={t('record.noStatements')}
        />
        <h3>{t('record.perMeeting')}</h3>
        <SortableTable
          columns={[{ key: 'name', label: t('record.col.meeting'), value: (r) => r.title }, ...totalsColumns<(typeof report.meetings)[number]>()]}
          rows={report.meetings}
          rowKey={(r) => r.meetingId}
          testId="report-meetings"
          caption={t('record.perMeeting')}
          empty={t('record.noStatements')}
        />
      </section>
      <section class="panel" id="record-speeches" aria-labelledby="record-speeches-heading">
        <div class="list-head">
          <h2 id="record-speeches-heading">{t('record.speechesHeading')}</h2>
          <button type="button" class="button-link" data-testid="speeches-csv" onClick={() => void downloadWithToken(speechCsv, csvName(speechCsv), session.token).catch(notices.error)}>
            {t('record.csv')}
          </button>
        </div>
        <div class="field">
          <label for="speeches-delegation">{t('record.filterDelegation')}</label>
          <select id="speeches-delegation" value={speakerFilter ?? ''} onChange={(e) => setSpeakerFilter(Number((e.target as HTMLSelectElement).value) || null)}>
            <option value="">{t('record.everyDelegation')}</option>
            {speakers.map((d) => (
              <option key={d.id} value={d.id}>
                {delegationName(d)}
              </option>
            ))}
          </select>
        </div>
        <SortableTable columns={statementColumns(zone, true)} rows={speechList} rowKey={(s) => `${s.meetingId}-${s.entryId}-${s.endedAt}`} testId="speech-list" caption={t('record.speechesHeading')} empty={t('record.noStatements')} />
      </section>
    </>
  );
}
