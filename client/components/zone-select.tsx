import { useMemo, useState } from 'preact/hooks';
import type { JSX } from 'preact';
import { formatList, t } from '../lib/strings';
import { detectZone } from '../lib/time-format';
import { useZoneTable } from '../lib/viewer-zone';
import { choicesFromIntl, formatOffset, matchingZones, orderedZones, type ZoneChoice } from '../lib/zone-table';

// Enough to scroll through; a longer list is a sign to type more, and the count says so.
const MAX_SHOWN = 60;

interface Props {
  id: string;
  label: string;
  value: string;
  venueZone: string;
  onChange: (zone: string) => void;
  hint?: string;
  /** The instant whose offsets the list shows (the page's clock); now by default. */
  nowMs?: number;
}

/**
 * A searchable list of today's IANA zones (ARIA combobox with a listbox): the viewer's own first,
 * the venue's second, found by name, city, country or abbreviation.
 */
export function ZoneSelect({ id, label, value, venueZone, onChange, hint, nowMs }: Props) {
  const table = useZoneTable(nowMs);
  const [query, setQuery] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const currentName = (zone: string) => (table ? table.currentName(zone) : zone);
  const yours = currentName(detectZone());
  const venue = currentName(venueZone);
  const chosen = currentName(value);

  const choices = useMemo(
    () => (table ? table.zones : choicesFromIntl([yours, venue, chosen], nowMs ?? Date.now())),
    [table, yours, venue, chosen, nowMs],
  );
  const found = useMemo(() => orderedZones(matchingZones(choices, query ?? ''), [yours, venue]), [choices, query, yours, venue]);
  const shown = found.slice(0, MAX_SHOWN);
  const listId = `${id}-zones`;
  const optionId = (index: number) => `${id}-zone-${index}`;

  const choose = (zone: ZoneChoice) => {
    onChange(zone.name);
    setQuery(null);
    setOpen(false);
  };
  const close = () => {
    setQuery(null);
    setOpen(false);
  };
  const onKeyDown = (event: JSX.TargetedKeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!open) {
        setOpen(true);
        setActive(Math.max(0, shown.findIndex((zone) => zone.name === chosen)));
        return;
      }
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((index) => Math.min(Math.max(index + step, 0), shown.length - 1));
    } else if (event.key === 'Enter' && open && shown[active]) {
      event.preventDefault();
      choose(shown[active]);
    } else if (event.key === 'Escape' && (open || query !== null)) {
      event.preventDefault();
      close();
    }
  };

  const chosenZone = choices.find((zone) => zone.name === chosen);
  return (
    <div class="field picker zone-select">
      <label for={id}>{label}</label>
      <input
        id={id}
        type="text"
        role="combobox"
        autocomplete="off"
        spellcheck={false}
        dir="ltr"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={open && shown[active] ? optionId(active) : undefined}
        aria-describedby={chosenZone ? `${id}-details ${id}-hint` : `${id}-hint`}
        value={query ?? chosen}
        onFocus={(event) => event.currentTarget.select()}
        onInput={(event) => {
          setQuery(event.currentTarget.value);
          setOpen(true);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
        onBlur={close}
      />
      {chosenZone && (
        <small class="zone-details" id={`${id}-details`} data-testid="zone-details">
          {details(chosenZone)}
        </small>
      )}
      <small class="hint" id={`${id}-hint`}>
        {hint ? `${hint} ` : ''}
        {t('zone.searchHint')}
      </small>
      <ul class="picker-options zone-options" id={listId} role="listbox" aria-label={label} hidden={!open}>
        {open &&
          shown.map((zone, index) => (
            <li
              key={zone.name}
              id={optionId(index)}
              role="option"
              aria-selected={index === active}
              data-zone={zone.name}
              class={index === active ? 'active' : undefined}
              // Keeps the focus in the input, so the blur does not close the list before the click.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => choose(zone)}
            >
              <span class="zone-name" dir="ltr">
                {zone.name.replace(/_/g, ' ')}
              </span>
              {zone.name === yours && <span class="badge">{t('zone.yours')}</span>}
              {zone.name === venue && <span class="badge">{t('zone.venue')}</span>}
              <small class="zone-option-details">{details(zone)}</small>
            </li>
          ))}
        {open && found.length > shown.length && (
          <li role="presentation" class="hint">
            {t('zone.more', { n: found.length - shown.length })}
          </li>
        )}
      </ul>
      <span class="visually-hidden" aria-live="polite">
        {open && query ? (found.length === 0 ? t('zone.noMatch', { query }) : t('zone.found', { n: found.length })) : ''}
      </span>
      {open && found.length === 0 && <p class="hint">{t('zone.noMatch', { query: query ?? '' })}</p>}
    </div>
  );
}

/** "UTC+05:30 IST · India · Mumbai, Delhi, Bengaluru, Hyderabad". */
function details(zone: ZoneChoice): string {
  const place = [zone.zoneName, zone.country, zone.mainCities.length > 0 ? formatList(zone.mainCities) : ''].filter(Boolean).join(' · ');
  const offset = formatOffset(zone.offsetMinutes);
  return place ? t('zone.details', { offset, abbreviation: zone.abbreviation, place }) : `${offset} ${zone.abbreviation}`;
}
