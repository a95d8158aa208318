export interface OrganizationSeed {
  name: string;
  kind: 'organization' | 'civil-society';
}

/** The intergovernmental organizations that Draft 3 of the BMS7 outcome document names (para. 101-102). */
export const INTERGOVERNMENTAL_ORGANIZATIONS: readonly OrganizationSeed[] = [
  { name: 'International Criminal Police Organization (INTERPOL)', kind: 'organization' },
  { name: 'World Customs Organization', kind: 'organization' },
];

export const CIVIL_SOCIETY_ORGANIZATIONS: readonly OrganizationSeed[] = [
  { name: 'Conflict Armament Research', kind: 'civil-society' },
  { name: 'Control Arms', kind: 'civil-society' },
  { name: 'International Action Network on Small Arms (IANSA)', kind: 'civil-society' },
  { name: 'Saferworld', kind: 'civil-society' },
  { name: 'Small Arms Survey', kind: 'civil-society' },
  { name: 'Stockholm International Peace Research Institute (SIPRI)', kind: 'civil-society' },
  { name: "Women's International League for Peace and Freedom (WILPF)", kind: 'civil-society' },
];

export const ORGANIZATIONS: readonly OrganizationSeed[] = [
  ...INTERGOVERNMENTAL_ORGANIZATIONS,
  ...CIVIL_SOCIETY_ORGANIZATIONS,
];
