import { useRef, useState } from 'preact/hooks';
import { CAPACITIES, Capacity } from '../../../src/domain/capacity';
import type { DelegationView } from '../../../src/shared/api-types';
import { DelegationPicker } from '../../components/delegation-picker';
import { groupsFor, ownCapacity } from '../../lib/capacity-choice';
import { capacityLabel, delegationName, t } from '../../lib/strings';

interface Props {
  delegations: readonly DelegationView[];
  busy: boolean;
  onInscribe: (delegation: DelegationView, capacity: Capacity, onBehalfOf: DelegationView | null) => Promise<boolean>;
}

export function InscribeForm({ delegations, busy, onInscribe }: Props) {
  const [delegation, setDelegation] = useState<DelegationView | null>(null);
  const [capacity, setCapacity] = useState<Capacity>('national');
  const [groupId, setGroupId] = useState<number | null>(null);
  const [pickerKey, setPickerKey] = useState(0);
  const pickerRef = useRef<HTMLInputElement>(null);
  const groups = groupsFor(delegation, delegations);
  const group = groups.find((g) => g.id === groupId) ?? null;

  const choose = (chosen: DelegationView | null) => {
    setDelegation(chosen);
    if (!chosen) return;
    setCapacity(ownCapacity(chosen.kind));
    setGroupId(chosen.memberOf[0] ?? null);
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    if (!delegation) return;
    const ok = await onInscribe(delegation, capacity, capacity === 'group' ? group : null);
    if (ok) {
      setDelegation(null);
      setPickerKey((k) => k + 1);
      // Ready for the next inscription, typed at once.
      requestAnimationFrame(() => requestAnimationFrame(() => pickerRef.current?.focus()));
    }
  };

  return (
    <section class="panel" aria-labelledby="inscribe-heading">
      <h2 id="inscribe-heading">{t('officer.inscribe')}</h2>
      <form class="inscribe" onSubmit={submit} data-testid="inscribe-form">
        <DelegationPicker key={pickerKey} id="inscribe-delegation" label={t('officer.delegation')} delegations={delegations} value={delegation} onChange={choose} inputRef={pickerRef} />
        <div class="field">
          <label for="inscribe-capacity">{t('officer.capacity')}</label>
          <select id="inscribe-capacity" value={capacity} onChange={(e) => setCapacity((e.target as HTMLSelectElement).value as Capacity)}>
            {CAPACITIES.map((option) => (
              <option key={option} value={option}>
                {capacityLabel(option)}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="inscribe-group">{t('officer.onBehalfOf')}</label>
          <select id="inscribe-group" disabled={capacity !== 'group'} value={groupId ?? ''} onChange={(e) => setGroupId(Number((e.target as HTMLSelectElement).value) || null)}>
            <option value="">{t('officer.chooseGroup')}</option>
            {groups.map((g) => (
              <option key={g.id} value={g.id}>
                {delegationName(g)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" disabled={busy || !delegation}>
          {t('officer.inscribeButton')}
        </button>
      </form>
    </section>
  );
}
