import { t } from '../../lib/strings';

export const OFFICER_VIEWS = ['floor', 'meetings', 'access-codes', 'record', 'settings'] as const;
export type OfficerView = (typeof OFFICER_VIEWS)[number];

const LABEL = { floor: 'nav.floor', meetings: 'nav.meetings', 'access-codes': 'nav.accessCodes', record: 'nav.record', settings: 'nav.settings' } as const;

/** ?view=meetings and so on; the floor console without one. */
export function officerView(search = window.location.search): OfficerView {
  const view = new URLSearchParams(search).get('view');
  return (OFFICER_VIEWS as readonly string[]).includes(view ?? '') ? (view as OfficerView) : 'floor';
}

function hrefOf(view: OfficerView): string {
  const params = new URLSearchParams();
  const conference = new URLSearchParams(window.location.search).get('conference');
  if (conference) params.set('conference', conference);
  if (view !== 'floor') params.set('view', view);
  const query = params.toString();
  return query ? `/officer?${query}` : '/officer';
}

/** The officer's pages, one link each; the current one marked for screen readers. */
export function OfficerNav({ current }: { current: OfficerView }) {
  return (
    <nav class="officer-nav" aria-label={t('nav.label')} data-testid="officer-nav">
      {OFFICER_VIEWS.map((view) => (
        <a key={view} href={hrefOf(view)} aria-current={view === current ? 'page' : undefined}>
          {t(LABEL[view])}
        </a>
      ))}
    </nav>
  );
}
