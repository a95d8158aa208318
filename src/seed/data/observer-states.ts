export interface ObserverStateSeed {
  name: string;
  iso2: string;
}

/** Non-member observer States of the United Nations. */
export const OBSERVER_STATES: readonly ObserverStateSeed[] = [
  { name: 'Holy See', iso2: 'VA' },
  { name: 'State of Palestine', iso2: 'PS' },
];
