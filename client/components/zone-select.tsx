import { useMemo } from 'preact/hooks';
import { detectZone, knownZones } from '../lib/time-format';

/** A select of IANA zones, the viewer's and the venue's always among them. */
export function ZoneSelect({ id, label, value, venueZone, onChange, hint }: { id: string; label: string; value: string; venueZone: string; onChange: (zone: string) => void; hint?: string }) {
  const zones = useMemo(() => knownZones(value, venueZone, detectZone()), [value, venueZone]);
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange((event.target as HTMLSelectElement).value)}>
        {zones.map((zone) => (
          <option key={zone} value={zone}>
            {zone.replace(/_/g, ' ')}
          </option>
        ))}
      </select>
      {hint && <small class="hint">{hint}</small>}
    </div>
  );
}
