import type { Capacity, DelegationKind } from '../../src/domain/capacity';
import type { DelegationView } from '../../src/shared/api-types';

const OWN_CAPACITY: Record<DelegationKind, Capacity> = {
  'member-state': 'national',
  'observer-state': 'observer',
  organization: 'organization',
  'civil-society': 'civil-society',
  group: 'group',
};

/** The capacity a delegation usually speaks in: a State nationally, an IGO as an organization... */
export function ownCapacity(kind: DelegationKind): Capacity {
  return OWN_CAPACITY[kind];
}

/** The fields these choices read, so callers and tests need not build whole views. */
export type DelegationLike = Pick<DelegationView, 'id' | 'name' | 'kind' | 'memberOf'>;

/** Groups for a group statement: the delegation's own groups first, then the others. */
export function groupsFor<T extends DelegationLike>(delegation: Pick<DelegationView, 'memberOf'> | null, all: readonly T[]): T[] {
  const groups = all.filter((d) => d.kind === 'group');
  const mine = new Set(delegation?.memberOf ?? []);
  return [...groups].sort((a, b) => Number(mine.has(b.id)) - Number(mine.has(a.id)) || a.name.localeCompare(b.name));
}

export interface DelegateChoice<T extends DelegationLike = DelegationView> {
  capacity: Capacity;
  onBehalfOf: T | null;
}

/** What a delegate may ask for: its own capacity, each group it belongs to, a right of reply. */
export function delegateChoices<T extends DelegationLike>(own: T, all: readonly T[]): DelegateChoice<T>[] {
  const choices: DelegateChoice<T>[] = [];
  if (own.kind !== 'group') choices.push({ capacity: ownCapacity(own.kind), onBehalfOf: null });
  const groups = all.filter((d) => d.kind === 'group' && own.memberOf.includes(d.id));
  for (const group of groups) choices.push({ capacity: 'group', onBehalfOf: group });
  choices.push({ capacity: 'right-of-reply', onBehalfOf: null });
  return choices;
}
