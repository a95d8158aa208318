import { useState } from 'preact/hooks';
import { detectZone, isValidZone } from './time-format';

const ZONE_KEY = 'rostrum.viewerZone';

/** The viewer's time zone: detected, changeable, remembered in localStorage for every page. */
export function useViewerZone(): [string, (zone: string) => void] {
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
  return [zone, choose];
}
