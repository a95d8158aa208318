import type { RegionalGroup } from './regional-groups';

export interface ObserverStateSeed {
  name: string;
  iso2: string;
  regionalGroup: RegionalGroup | null;
}

/** Non-member observer States of the United Nations. */
export const OBSERVER_STATES: readonly ObserverStateSeed[] = [
  { name: 'Holy See', iso2: 'VA', regionalGroup: null },
  // An observer State at the UN, and a full member of the Asia-Pacific Group.
  { name: 'State of Palestine', iso2: 'PS', regionalGroup: 'Asia-Pacific' },
];
