import { useEffect, useState } from 'preact/hooks';
import { currentLocale } from '../i18n/runtime';
import { detectZone, isValidZone } from './time-format';
import { loadZoneTable, type ZoneTable } from './zone-table';

const ZONE_KEY = 'rostrum.viewerZone';
const HOUR_MS = 3_600_000;

/**
 * The maintained zone list once loaded (null until then), its offsets as of `nowMs`. Without it (a
 * failed chunk, offline) the picker offers the viewer's and the venue's zones and times keep Intl's
 * abbreviations, so a failure is no reason to bother the reader.
 */
export function useZoneTable(nowMs?: number): ZoneTable | null {
  const [table, setTable] = useState<ZoneTable | null>(null);
  const hour = Math.floor((nowMs ?? Date.now()) / HOUR_MS);
  const locale = currentLocale();
  useEffect(() => {
    let wanted = true;
    loadZoneTable(locale, hour * HOUR_MS).then(
      (loaded) => wanted && setTable(loaded),
      () => undefined,
    );
    return () => {
      wanted = false;
    };
  }, [locale, hour]);
  return table;
}

/**
 * The viewer's time zone: detected, changeable, remembered in localStorage for every page. Under
 * today's name once the zone list is there: a browser's ICU may still say Asia/Calcutta or Europe/Kiev.
 */
export function useViewerZone(): [string, (zone: string) => void] {
  const table = useZoneTable();
  const [zone, setZone] = useState(() => {
    try {
      const stored = localStorage.getItem(ZONE_KEY);
      if (stored && isValidZone(stored)) return stored;
    } catch {
      // No storage: fall back to the browser's zone.
    }
    return detectZone();
  });
  const choose = (next: string) => {
    setZone(next);
    try {
      localStorage.setItem(ZONE_KEY, next);
    } catch {
      // Without storage the choice lasts for this visit.
    }
  };
  return [table ? table.currentName(zone) : zone, choose];
}
