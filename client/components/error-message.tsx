import type { ErrorText } from '../lib/error-text';
import { t } from '../lib/strings';

/**
 * An error in the reader's language, and below it the server's English message, isolated so an
 * Arabic page keeps both in their own order.
 */
export function ErrorMessage({ error, framed }: { error: ErrorText; framed?: (text: string) => string }) {
  return (
    <>
      <span class="error-text" data-testid="error-text">{framed ? framed(error.text) : error.text}</span>
      {error.details && (
        <small class="error-details">
          {t('errors.details')}{' '}
          <bdi lang="en" dir="ltr" data-testid="error-details">{error.details}</bdi>
        </small>
      )}
    </>
  );
}
