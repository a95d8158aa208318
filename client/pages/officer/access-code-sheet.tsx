import { QrCode } from '../../components/qr-code';
import { t } from '../../lib/strings';
import type { IssuedCode } from './access-codes-page';

/** The link a card's QR code opens: the delegate page, which signs in with the code at once. */
export function signInLink(code: string): string {
  return `${window.location.origin}/delegate?code=${encodeURIComponent(code)}`;
}

/** One card per delegation, printed (print CSS keeps only this); on screen below the list. */
export function AccessCodeSheet({ codes, nameOf, conferenceTitle }: { codes: IssuedCode[]; nameOf: (delegationId: number) => string; conferenceTitle: string }) {
  if (codes.length === 0) return null;
  const sorted = [...codes].sort((a, b) => nameOf(a.delegationId).localeCompare(nameOf(b.delegationId)));
  return (
    <section class="code-sheet" aria-labelledby="code-sheet-heading" data-testid="code-sheet">
      <h2 id="code-sheet-heading" class="no-print">{t('codes.sheetHeading')}</h2>
      <div class="code-cards">
        {sorted.map((code) => (
          <article key={code.id} class="code-card" data-testid="code-card" data-delegation-id={code.delegationId}>
            <p class="code-card-conference">{conferenceTitle}</p>
            <h3 class="code-card-name">{nameOf(code.delegationId)}</h3>
            <QrCode text={signInLink(code.code)} label={t('codes.qrLabel', { name: nameOf(code.delegationId) })} />
            <p class="code-card-code" data-testid="card-code">{code.code}</p>
            <p class="code-card-hint">{t('codes.cardHint', { address: `${window.location.origin}/delegate` })}</p>
          </article>
        ))}
      </div>
    </section>
  );
}
