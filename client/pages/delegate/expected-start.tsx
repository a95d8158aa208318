import { t } from '../../lib/strings';
import { formatWhen } from '../../lib/time-format';

interface Props {
  expectedStartAt: string;
  viewerZone: string;
  venueZone: string;
}

/** When the entry is expected to start, in the delegate's zone and in venue time, each with its zone's abbreviation. */
export function ExpectedStart({ expectedStartAt, viewerZone, venueZone }: Props) {
  if (viewerZone === venueZone) return <strong>{t('delegateLive.expectedAtVenue', { time: formatWhen(expectedStartAt, venueZone, venueZone) })}</strong>;
  return (
    <>
      <strong>{t('delegate.expected', { time: formatWhen(expectedStartAt, viewerZone, venueZone) })}</strong>
      <br />
      {t('delegate.expectedVenue', { time: formatWhen(expectedStartAt, venueZone, viewerZone) })}
    </>
  );
}
