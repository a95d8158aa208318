import { t } from '../lib/strings';
import { ErrorMessage } from './error-message';

export interface Notice {
  id: number;
  kind: 'error' | 'info';
  text: string;
  /** Errors: the server's English message, shown as a details line. */
  details?: string | null;
}

/**
 * The ARIA live region every page reports errors in: always in the DOM, so changes are read out,
 * and in the page's flow, so a notice pushes controls down rather than covering them.
 */
export function NoticeRegion({ notices, onDismiss }: { notices: Notice[]; onDismiss: (id: number) => void }) {
  return (
    <div class="notices" aria-live="assertive" aria-atomic="false" data-testid="notices">
      {notices.map((notice) => (
        <p key={notice.id} class={`notice notice-${notice.kind}`}>
          <span class="notice-body">
            {notice.kind === 'error' ? (
              <ErrorMessage error={{ text: notice.text, details: notice.details ?? null }} framed={(text) => t('common.error', { message: text })} />
            ) : (
              notice.text
            )}
          </span>
          <button type="button" class="notice-dismiss" onClick={() => onDismiss(notice.id)} aria-label={t('common.dismiss')}>
            ×
          </button>
        </p>
      ))}
    </div>
  );
}
