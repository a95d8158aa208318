import { useEffect, useMemo, useState } from 'preact/hooks';
import type { DelegationKind } from '../../../src/domain/capacity';
import type { ConferenceDetail, DelegationView } from '../../../src/shared/api-types';
import { api, postJson } from '../../lib/api';
import { loadDelegations } from '../../lib/conference-data';
import { downloadCsv } from '../../lib/download';
import type { OfficerSession } from '../../lib/session';
import { delegationName, t } from '../../lib/strings';
import { AccessCodeSheet, signInLink } from './access-code-sheet';
import type { Notices } from './officer-shell';
import { useWriteThenReload } from '../../lib/use-write-then-reload';

export interface AccessCodeRow {
  id: number;
  delegationId: number;
  label: string | null;
  status: 'active' | 'revoked' | 'expired';
  createdAt: string;
  revokedAt: string | null;
  lastUsedAt: string | null;
}
export type IssuedCode = AccessCodeRow & { code: string };

const BULK_CHOICES: { key: string; kinds?: DelegationKind[] }[] = [{ key: 'all' }, { key: 'member-state', kinds: ['member-state'] }];

const when = (iso: string | null) => (iso ? new Date(iso).toLocaleString() : t('common.none'));

export function AccessCodesPage({ conference, session, notices }: { conference: ConferenceDetail; session: OfficerSession; notices: Notices }) {
  const token = session.token;
  const base = `/api/conferences/${encodeURIComponent(conference.slug)}`;
  const [delegations, setDelegations] = useState<DelegationView[]>([]);
  const [codes, setCodes] = useState<AccessCodeRow[]>([]);
  // Codes are shown once, when issued: the sheet and the CSV hold those of this visit.
  const [issued, setIssued] = useState<IssuedCode[]>([]);
  const [bulk, setBulk] = useState('all');
  const [filter, setFilter] = useState('');

  const reload = () => api<AccessCodeRow[]>(`${base}/access-codes`, { token }).then(setCodes);
  useEffect(() => {
    loadDelegations(conference.slug, token).then(setDelegations, notices.error);
    reload().catch(notices.error);
  }, [conference.slug, token]);

  const { busy, run } = useWriteThenReload(reload, notices.error);

  const keep = (fresh: IssuedCode[]) => setIssued((all) => [...all.filter((old) => !fresh.some((f) => f.delegationId === old.delegationId)), ...fresh]);
  const issueAll = () =>
    run(async () => {
      const kinds = BULK_CHOICES.find((choice) => choice.key === bulk)?.kinds;
      const reply = await postJson<{ issued: IssuedCode[]; skippedDelegationIds: number[] }>(`${base}/access-codes`, kinds ? { kinds } : {}, token);
      keep(reply.issued);
      notices.info(t('codes.issuedMany', { n: reply.issued.length, skipped: reply.skippedDelegationIds.length }));
    });
  const issueOne = (delegation: DelegationView) =>
    run(async () => {
      const code = await postJson<IssuedCode>(`${base}/delegations/${delegation.id}/access-codes`, {}, token);
      keep([code]);
      notices.info(t('codes.issuedOne', { name: delegationName(delegation) }));
    });
  const revoke = (row: AccessCodeRow, delegation: DelegationView) =>
    run(async () => {
      await api(`${base}/delegations/${row.delegationId}/access-codes/${row.id}`, { method: 'DELETE', token });
      setIssued((all) => all.filter((code) => code.id !== row.id));
      notices.info(t('codes.revoked', { name: delegationName(delegation) }));
    });

  const byDelegation = useMemo(() => {
    const map = new Map<number, AccessCodeRow[]>();
    for (const row of codes) map.set(row.delegationId, [...(map.get(row.delegationId) ?? []), row]);
    return map;
  }, [codes]);
  const needle = filter.trim().toLocaleLowerCase();
  const shown = delegations.filter((d) => !needle || delegationName(d).toLocaleLowerCase().includes(needle) || d.name.toLocaleLowerCase().includes(needle));
  const nameOf = (id: number) => delegationName(delegations.find((d) => d.id === id) ?? { name: String(id) });
  const withoutCode = delegations.filter((d) => d.kind !== 'group' && !(byDelegation.get(d.id) ?? []).some((row) => row.status === 'active')).length;

  const csv = () =>
    downloadCsv(
      `${conference.slug}-access-codes.csv`,
      ['delegation', 'code', 'label', 'issued at', 'sign-in link'],
      [...issued].sort((a, b) => nameOf(a.delegationId).localeCompare(nameOf(b.delegationId))).map((code) => [nameOf(code.delegationId), code.code, code.label ?? '', code.createdAt, signInLink(code.code)]),
    );

  return (
    <>
      <section class="panel no-print" aria-labelledby="codes-issue-heading">
        <h2 id="codes-issue-heading">{t('codes.issueHeading')}</h2>
        <p>{t('codes.withoutCode', { n: withoutCode })}</p>
        <div class="form-row">
          <div class="field">
            <label for="codes-bulk">{t('codes.bulkWho')}</label>
            <select id="codes-bulk" value={bulk} onChange={(e) => setBulk((e.target as HTMLSelectElement).value)}>
              {BULK_CHOICES.map((choice) => (
                <option key={choice.key} value={choice.key}>
                  {t(choice.key === 'all' ? 'codes.bulkAll' : 'codes.bulkMemberStates')}
                </option>
              ))}
            </select>
          </div>
          <button type="button" disabled={busy} onClick={issueAll} data-testid="issue-all">
            {t('codes.issueAll')}
          </button>
        </div>
        <p class="hint">{t('codes.shownOnce')}</p>
        <div class="form-row">
          <button type="button" class="secondary" disabled={issued.length === 0} onClick={() => window.print()} data-testid="print-sheet">
            {t('codes.print', { n: issued.length })}
          </button>
          <button type="button" class="secondary" disabled={issued.length === 0} onClick={csv} data-testid="codes-csv">
            {t('codes.csv', { n: issued.length })}
          </button>
        </div>
      </section>
      <section class="panel no-print" aria-labelledby="codes-list-heading">
        <h2 id="codes-list-heading">{t('codes.listHeading')}</h2>
        <div class="field">
          <label for="codes-filter">{t('codes.filter')}</label>
          <input id="codes-filter" type="search" value={filter} onInput={(e) => setFilter((e.target as HTMLInputElement).value)} />
        </div>
        <table class="data-table" data-testid="codes-table">
          <thead>
            <tr>
              <th scope="col">{t('codes.col.delegation')}</th>
              <th scope="col">{t('codes.col.label')}</th>
              <th scope="col">{t('codes.col.issued')}</th>
              <th scope="col">{t('codes.col.lastUsed')}</th>
              <th scope="col">{t('codes.col.revoked')}</th>
              <th scope="col">{t('codes.col.code')}</th>
              <th scope="col">{t('codes.col.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((delegation) => {
              const rows = byDelegation.get(delegation.id) ?? [];
              const issueButton = (
                <button type="button" class="small" disabled={busy} onClick={() => issueOne(delegation)} aria-label={t('codes.issueFor', { name: delegationName(delegation) })}>
                  {t('codes.issue')}
                </button>
              );
              if (rows.length === 0) {
                return (
                  <tr key={`d${delegation.id}`} data-delegation-id={delegation.id}>
                    <td>{delegationName(delegation)}</td>
                    <td colSpan={5}>{t('codes.none')}</td>
                    <td>{issueButton}</td>
                  </tr>
                );
              }
              return rows.map((row, index) => {
                const code = issued.find((fresh) => fresh.id === row.id)?.code;
                return (
                  <tr key={row.id} data-delegation-id={delegation.id} data-code-id={row.id} data-status={row.status}>
                    <td>{index === 0 ? delegationName(delegation) : ''}</td>
                    <td>{row.label ?? t('common.none')}</td>
                    <td>{when(row.createdAt)}</td>
                    <td>{when(row.lastUsedAt)}</td>
                    <td>{row.status === 'revoked' ? when(row.revokedAt) : row.status === 'expired' ? t('codes.expired') : t('common.none')}</td>
                    <td class="tabular">{code ?? ''}</td>
                    <td>
                      <div class="actions">
                        {row.status === 'active' && (
                          <button type="button" class="small danger" disabled={busy} onClick={() => revoke(row, delegation)} aria-label={t('codes.revokeFor', { name: delegationName(delegation) })}>
                            {t('codes.revoke')}
                          </button>
                        )}
                        {index === rows.length - 1 && issueButton}
                      </div>
                    </td>
                  </tr>
                );
              });
            })}
          </tbody>
        </table>
      </section>
      <AccessCodeSheet codes={issued} nameOf={nameOf} conferenceTitle={conference.shortTitle} />
    </>
  );
}
