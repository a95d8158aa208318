import { MEMBER_STATES } from './member-states';
import { OBSERVER_STATES } from './observer-states';
import { REGIONAL_GROUPS, type RegionalGroup } from './regional-groups';

export interface GroupSeed {
  name: string;
  members: readonly string[];
  /** Of `members`, those that attend as observers. */
  observers?: readonly string[];
}

export const REGIONAL_GROUP_NAMES: Readonly<Record<RegionalGroup, string>> = {
  African: 'African Group',
  'Asia-Pacific': 'Asia-Pacific Group',
  'Eastern European': 'Eastern European Group',
  GRULAC: 'Latin American and Caribbean Group (GRULAC)',
  WEOG: 'Western European and Others Group (WEOG)',
};

/** Every regional group a State is listed in, the one it counts in for elections first. */
export function regionalGroupsOf(state: { regionalGroup: RegionalGroup | null; alsoIn?: readonly RegionalGroup[] }): RegionalGroup[] {
  return [...(state.regionalGroup ? [state.regionalGroup] : []), ...(state.alsoIn ?? [])];
}

const STATES_IN_GROUPS = [...MEMBER_STATES, ...OBSERVER_STATES];

export const REGIONAL_GROUP_SEEDS: readonly GroupSeed[] = REGIONAL_GROUPS.map((group) => {
  const inGroup = STATES_IN_GROUPS.filter((state) => regionalGroupsOf(state).includes(group));
  return {
    name: REGIONAL_GROUP_NAMES[group],
    members: inGroup.map((state) => state.name),
    observers: inGroup.filter((state) => 'observer' in state && state.observer).map((state) => state.name),
  };
});

/** Composition at BMS7 (July 2021), i.e. after the departure of the United Kingdom. */
export const EUROPEAN_UNION: GroupSeed = {
  name: 'European Union',
  members: [
    'Austria',
    'Belgium',
    'Bulgaria',
    'Croatia',
    'Cyprus',
    'Czechia',
    'Denmark',
    'Estonia',
    'Finland',
    'France',
    'Germany',
    'Greece',
    'Hungary',
    'Ireland',
    'Italy',
    'Latvia',
    'Lithuania',
    'Luxembourg',
    'Malta',
    'Netherlands (Kingdom of the)',
    'Poland',
    'Portugal',
    'Romania',
    'Slovakia',
    'Slovenia',
    'Spain',
    'Sweden',
  ],
};

/**
 * Members only, not observer countries. 120 members: 119 Member States plus the State of
 * Palestine, which is a full member of the Movement.
 */
export const NON_ALIGNED_MOVEMENT: GroupSeed = {
  name: 'Non-Aligned Movement',
  members: [
    'Afghanistan',
    'Algeria',
    'Angola',
    'Antigua and Barbuda',
    'Azerbaijan',
    'Bahamas',
    'Bahrain',
    'Bangladesh',
    'Barbados',
    'Belarus',
    'Belize',
    'Benin',
    'Bhutan',
    'Bolivia (Plurinational State of)',
    'Botswana',
    'Brunei Darussalam',
    'Burkina Faso',
    'Burundi',
    'Cabo Verde',
    'Cambodia',
    'Cameroon',
    'Central African Republic',
    'Chad',
    'Chile',
    'Colombia',
    'Comoros',
    'Congo',
    "Côte d'Ivoire",
    'Cuba',
    "Democratic People's Republic of Korea",
    'Democratic Republic of the Congo',
    'Djibouti',
    'Dominica',
    'Dominican Republic',
    'Ecuador',
    'Egypt',
    'Equatorial Guinea',
    'Eritrea',
    'Eswatini',
    'Ethiopia',
    'Fiji',
    'Gabon',
    'Gambia',
    'Ghana',
    'Grenada',
    'Guatemala',
    'Guinea',
    'Guinea-Bissau',
    'Guyana',
    'Haiti',
    'Honduras',
    'India',
    'Indonesia',
    'Iran (Islamic Republic of)',
    'Iraq',
    'Jamaica',
    'Jordan',
    'Kenya',
    'Kuwait',
    "Lao People's Democratic Republic",
    'Lebanon',
    'Lesotho',
    'Liberia',
    'Libya',
    'Madagascar',
    'Malawi',
    'Malaysia',
    'Maldives',
    'Mali',
    'Mauritania',
    'Mauritius',
    'Mongolia',
    'Morocco',
    'Mozambique',
    'Myanmar',
    'Namibia',
    'Nepal',
    'Nicaragua',
    'Niger',
    'Nigeria',
    'Oman',
    'Pakistan',
    'Panama',
    'Papua New Guinea',
    'Peru',
    'Philippines',
    'Qatar',
    'Rwanda',
    'Saint Kitts and Nevis',
    'Saint Lucia',
    'Saint Vincent and the Grenadines',
    'Sao Tome and Principe',
    'Saudi Arabia',
    'Senegal',
    'Seychelles',
    'Sierra Leone',
    'Singapore',
    'Somalia',
    'South Africa',
    'Sri Lanka',
    'State of Palestine',
    'Sudan',
    'Suriname',
    'Syrian Arab Republic',
    'Thailand',
    'Timor-Leste',
    'Togo',
    'Trinidad and Tobago',
    'Tunisia',
    'Turkmenistan',
    'Uganda',
    'United Arab Emirates',
    'United Republic of Tanzania',
    'Uzbekistan',
    'Vanuatu',
    'Venezuela (Bolivarian Republic of)',
    'Viet Nam',
    'Yemen',
    'Zambia',
    'Zimbabwe',
  ],
};

/** The 22 members of the League of Arab States. */
export const ARAB_GROUP: GroupSeed = {
  name: 'Arab Group',
  members: [
    'Algeria',
    'Bahrain',
    'Comoros',
    'Djibouti',
    'Egypt',
    'Iraq',
    'Jordan',
    'Kuwait',
    'Lebanon',
    'Libya',
    'Mauritania',
    'Morocco',
    'Oman',
    'Qatar',
    'Saudi Arabia',
    'Somalia',
    'State of Palestine',
    'Sudan',
    // Its participation in the League was suspended from 2011 to 2023, so at BMS7 as well.
    'Syrian Arab Republic',
    'Tunisia',
    'United Arab Emirates',
    'Yemen',
  ],
};

/** Full members of the Caribbean Community that are UN Member States (Montserrat is not). */
export const CARICOM: GroupSeed = {
  name: 'Caribbean Community (CARICOM)',
  members: [
    'Antigua and Barbuda',
    'Bahamas',
    'Barbados',
    'Belize',
    'Dominica',
    'Grenada',
    'Guyana',
    'Haiti',
    'Jamaica',
    'Saint Kitts and Nevis',
    'Saint Lucia',
    'Saint Vincent and the Grenadines',
    'Suriname',
    'Trinidad and Tobago',
  ],
};

/** States Parties at BMS7 (2021); Bolivia completed its accession only in 2024. */
export const MERCOSUR: GroupSeed = {
  name: 'Southern Common Market (MERCOSUR)',
  members: [
    'Argentina',
    'Brazil',
    'Paraguay',
    'Uruguay',
    // Still a State Party, though suspended from all rights and obligations since December 2016.
    'Venezuela (Bolivarian Republic of)',
  ],
};

/** Composition at BMS7 (2021). */
export const ASEAN: GroupSeed = {
  name: 'Association of Southeast Asian Nations (ASEAN)',
  members: [
    'Brunei Darussalam',
    'Cambodia',
    'Indonesia',
    "Lao People's Democratic Republic",
    'Malaysia',
    'Myanmar',
    'Philippines',
    'Singapore',
    'Thailand',
    'Viet Nam',
  ],
};

export const NEGOTIATING_GROUPS: readonly GroupSeed[] = [
  EUROPEAN_UNION,
  NON_ALIGNED_MOVEMENT,
  ARAB_GROUP,
  CARICOM,
  MERCOSUR,
  ASEAN,
];

export const GROUPS: readonly GroupSeed[] = [...REGIONAL_GROUP_SEEDS, ...NEGOTIATING_GROUPS];
