import type { ComponentChildren, JSX } from 'preact';
import { useRef } from 'preact/hooks';
import { currentLanguage, t } from '../../lib/strings';
import { directionOf } from '../../i18n/languages';

export interface DayTab {
  key: string;
  label: string;
  today: boolean;
}

interface Props {
  days: readonly DayTab[];
  selected: string;
  onSelect: (key: string) => void;
  children: ComponentChildren;
}

export const tabId = (key: string) => `day-tab-${key}`;
export const panelId = (key: string) => `day-panel-${key}`;

/**
 * One tab per day (ARIA tabs, selection follows focus): arrows move to the neighbouring day,
 * mirrored on a right-to-left page, Home and End to the first and last; only the chosen day's
 * panel is drawn, so the page is one day long.
 */
export function DayTabs({ days, selected, onSelect, children }: Props) {
  const tabs = useRef<HTMLDivElement>(null);
  const move = (key: string) => {
    onSelect(key);
    tabs.current?.querySelector<HTMLButtonElement>(`#${tabId(key)}`)?.focus();
  };
  const onKeyDown = (event: JSX.TargetedKeyboardEvent<HTMLDivElement>) => {
    const index = days.findIndex((day) => day.key === selected);
    const forward = directionOf(currentLanguage()) === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
    const backward = forward === 'ArrowLeft' ? 'ArrowRight' : 'ArrowLeft';
    const target = { [forward]: index + 1, [backward]: index - 1, Home: 0, End: days.length - 1 }[event.key];
    if (target === undefined) return;
    event.preventDefault();
    move(days[(target + days.length) % days.length].key);
  };
  return (
    <>
      <div class="day-tabs" role="tablist" aria-label={t('timetable.days')} ref={tabs} onKeyDown={onKeyDown} data-testid="day-tabs">
        {days.map((day) => (
          <button
            key={day.key}
            type="button"
            role="tab"
            id={tabId(day.key)}
            aria-selected={day.key === selected}
            aria-controls={panelId(day.key)}
            tabIndex={day.key === selected ? 0 : -1}
            data-day={day.key}
            onClick={() => onSelect(day.key)}
          >
            {day.label}
            {day.today && <span class="day-tab-today"> ({t('timetable.today')})</span>}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={panelId(selected)} aria-labelledby={tabId(selected)} tabIndex={0} class="day-panel">
        {children}
      </div>
    </>
  );
}
