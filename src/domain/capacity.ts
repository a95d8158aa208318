export const CAPACITIES = [
  'national',
  'group',
  'observer',
  'organization',
  'civil-society',
  'right-of-reply',
  'point-of-order',
] as const;
export type Capacity = (typeof CAPACITIES)[number];

export const DELEGATION_KINDS = ['member-state', 'observer-state', 'group', 'organization', 'civil-society'] as const;
export type DelegationKind = (typeof DELEGATION_KINDS)[number];

export const DEFAULT_SPEAKING_ORDER: readonly Capacity[] = [
  'point-of-order',
  'group',
  'national',
  'observer',
  'organization',
  'civil-society',
  'right-of-reply',
];
