import type { AgendaItemView, ConferenceDetail, ConferenceSummary, DelegationView, MeetingView } from '../../src/shared/api-types';
import { api } from './api';
import { estimateClockOffset } from './clock-offset';
import { t } from './strings';

/** The conference named by ?conference=, else the first one the server lists. */
export async function loadConference(search = window.location.search): Promise<ConferenceDetail> {
  const wanted = new URLSearchParams(search).get('conference');
  const slug = wanted ?? (await api<ConferenceSummary[]>('/api/conferences'))[0]?.slug;
  if (!slug) throw new Error(t('error.noConference'));
  return api<ConferenceDetail>(`/api/conferences/${encodeURIComponent(slug)}`);
}

export const loadMeetings = (slug: string, token?: string | null) =>
  api<MeetingView[]>(`/api/conferences/${encodeURIComponent(slug)}/meetings`, { token });

export const loadAgenda = (slug: string) => api<AgendaItemView[]>(`/api/conferences/${encodeURIComponent(slug)}/agenda`);

export const loadDelegations = (slug: string, token?: string | null) =>
  api<DelegationView[]>(`/api/conferences/${encodeURIComponent(slug)}/delegations`, { token });

/** The server's clock from /api/health, for pages without a live link; 0 if it cannot tell. */
export async function loadServerOffset(): Promise<number> {
  const t0 = Date.now();
  const health = await api<{ serverNow?: number }>('/api/health');
  const t1 = Date.now();
  if (typeof health.serverNow !== 'number') return 0;
  return estimateClockOffset([{ t0, serverNow: health.serverNow, t1 }])?.offsetMs ?? 0;
}
