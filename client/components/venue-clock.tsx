import { useEffect, useState } from 'preact/hooks';
import { formatClock, zoneAbbreviation } from '../lib/time-format';
import { t } from '../lib/strings';

const MINUTE_MS = 60_000;

/** The time of day at the venue, by the server's clock, redrawn locally at each new minute. */
export function VenueClock({ zone, offsetMs }: { zone: string; offsetMs: () => number }) {
  const [, setMinute] = useState(0);
  const nowMs = Date.now() + offsetMs();
  useEffect(() => {
    const timer = setTimeout(() => setMinute((minute) => minute + 1), MINUTE_MS - (nowMs % MINUTE_MS) + 50);
    return () => clearTimeout(timer);
  });
  return (
    <time class="venue-clock" dateTime={new Date(nowMs).toISOString()} title={t('screens.venueTime')} data-testid="venue-clock" dir="ltr">
      {formatClock(nowMs, zone)} <span class="venue-zone">{zoneAbbreviation(nowMs, zone)}</span>
    </time>
  );
}
