import type { Ref } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import type { DelegationView } from '../../src/shared/api-types';
import { filterDelegations } from '../lib/delegation-filter';
import { delegationName, t } from '../lib/strings';

interface Props {
  id: string;
  label: string;
  delegations: readonly DelegationView[];
  value: DelegationView | null;
  onChange: (delegation: DelegationView | null) => void;
  inputRef?: Ref<HTMLInputElement>;
}

/** A combobox: type a few letters, pick with the arrows and Enter, or click. */
export function DelegationPicker({ id, label, delegations, value, onChange, inputRef }: Props) {
  const chosenLabel = value ? delegationName(value) : null;
  const [query, setQuery] = useState(chosenLabel ?? '');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const shownQuery = chosenLabel !== null && query === '' ? chosenLabel : query;
  const isChosen = chosenLabel !== null && query === chosenLabel;
  const matches = useMemo(() => (isChosen ? [] : filterDelegations(delegations, query, 8, delegationName)), [delegations, query, isChosen]);
  const listId = `${id}-options`;
  const expanded = open && query.trim() !== '' && !isChosen;

  const choose = (delegation: DelegationView) => {
    onChange(delegation);
    setQuery(delegationName(delegation));
    setOpen(false);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActive((i) => Math.min(i + 1, matches.length - 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((i) => Math.max(i - 1, 0));
    } else if (event.key === 'Enter' && expanded && matches.length > 0) {
      event.preventDefault();
      choose(matches[Math.min(active, matches.length - 1)]);
    } else if (event.key === 'Escape') {
      setOpen(false);
    }
  };

  return (
    <div class="picker">
      <label for={id}>{label}</label>
      <input
        id={id}
        ref={inputRef}
        type="text"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && matches.length > 0 ? `${listId}-${Math.min(active, matches.length - 1)}` : undefined}
        aria-describedby={`${id}-hint`}
        value={shownQuery}
        onInput={(event) => {
          const text = (event.target as HTMLInputElement).value;
          setQuery(text);
          setOpen(true);
          setActive(0);
          if (chosenLabel !== null && text !== chosenLabel) onChange(null);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
      />
      <small id={`${id}-hint`} class="hint">
        {chosenLabel !== null ? t('officer.chosen', { name: chosenLabel }) : t('officer.delegationHint')}
      </small>
      {expanded && (
        <ul id={listId} role="listbox" class="picker-options" aria-label={label}>
          {matches.length === 0 && <li class="picker-empty">{t('officer.noMatches', { query })}</li>}
          {matches.map((delegation, index) => (
            <li
              key={delegation.id}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === active}
              class={index === active ? 'active' : ''}
              onMouseDown={(event) => {
                event.preventDefault();
                choose(delegation);
              }}
            >
              {delegationName(delegation)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
