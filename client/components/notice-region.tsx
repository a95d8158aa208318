import { t } from '../lib/strings';

export interface Notice {
  id: number;
  kind: 'error' | 'info';
  text: string;
}

/** The ARIA live region every page reports errors in: always in the DOM, so changes are read out. */
export function NoticeRegion({ notices, onDismiss }: { notices: Notice[]; onDismiss: (id: number) => void }) {
  return (
    <div class="notices" aria-live="assertive" aria-atomic="false" data-testid="notices">
      {notices.map((notice) => (
        <p key={notice.id} class={`notice notice-${notice.kind}`}>
          <span>{notice.kind === 'error' ? t('common.error', { message: notice.text }) : notice.text}</span>
          <button type="button" class="notice-dismiss" onClick={() => onDismiss(notice.id)} aria-label={t('common.dismiss')}>
            ×
          </button>
        </p>
      ))}
    </div>
  );
}
