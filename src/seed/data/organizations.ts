export interface OrganizationSeed {
  name: string;
  kind: 'organization' | 'civil-society';
  /** Set when the letters and Draft 3 do not name it: the organization is then seeded as provisional. */
  provisionalNote?: string;
}

// Draft 3 names civil society only in general (paras 11, 54); the accreditation list is not in the letters.
const NOT_IN_THE_LETTERS = 'Not named in the letters or Draft 3: an example, until the list of accredited organizations is entered';

/** The intergovernmental organizations that Draft 3 of the BMS7 outcome document names (para. 101-102). */
export const INTERGOVERNMENTAL_ORGANIZATIONS: readonly OrganizationSeed[] = [
  { name: 'International Criminal Police Organization (INTERPOL)', kind: 'organization' },
  { name: 'World Customs Organization', kind: 'organization' },
];

export const CIVIL_SOCIETY_ORGANIZATIONS: readonly OrganizationSeed[] = [
  { name: 'Conflict Armament Research', kind: 'civil-society', provisionalNote: NOT_IN_THE_LETTERS },
  { name: 'Control Arms', kind: 'civil-society', provisionalNote: NOT_IN_THE_LETTERS },
  { name: 'International Action Network on Small Arms (IANSA)', kind: 'civil-society', provisionalNote: NOT_IN_THE_LETTERS },
  { name: 'Saferworld', kind: 'civil-society', provisionalNote: NOT_IN_THE_LETTERS },
  { name: 'Small Arms Survey', kind: 'civil-society', provisionalNote: NOT_IN_THE_LETTERS },
  { name: 'Stockholm International Peace Research Institute (SIPRI)', kind: 'civil-society', provisionalNote: NOT_IN_THE_LETTERS },
  { name: "Women's International League for Peace and Freedom (WILPF)", kind: 'civil-society', provisionalNote: NOT_IN_THE_LETTERS },
];

export const ORGANIZATIONS: readonly OrganizationSeed[] = [
  ...INTERGOVERNMENTAL_ORGANIZATIONS,
  ...CIVIL_SOCIETY_ORGANIZATIONS,
];
