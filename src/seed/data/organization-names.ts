import type { OtherLanguageNames } from './group-names';

function keptAsIs(name: string): OtherLanguageNames {
  return { ar: name, zh: name, fr: name, ru: name, es: name };
}

/**
 * The organisations of the seed in the other five UN languages, keyed by their English seed name.
 *
 * Civil-society organisations that go by one proper name everywhere keep it in every language, as
 * UN documents print them. So does IANSA, whose names in other languages are not confirmed here,
 * and WILPF in Arabic, for the same reason.
 */
export const ORGANIZATION_NAMES: Readonly<Record<string, OtherLanguageNames>> = {
  'International Criminal Police Organization (INTERPOL)': {
    ar: 'المنظمة الدولية للشرطة الجنائية (الإنتربول)',
    zh: '国际刑事警察组织（国际刑警组织）',
    fr: 'Organisation internationale de police criminelle (INTERPOL)',
    ru: 'Международная организация уголовной полиции (Интерпол)',
    es: 'Organización Internacional de Policía Criminal (INTERPOL)',
  },
  'World Customs Organization': {
    ar: 'منظمة الجمارك العالمية',
    zh: '世界海关组织',
    fr: 'Organisation mondiale des douanes',
    ru: 'Всемирная таможенная организация',
    es: 'Organización Mundial de Aduanas',
  },
  'Conflict Armament Research': keptAsIs('Conflict Armament Research'),
  'Control Arms': keptAsIs('Control Arms'),
  'International Action Network on Small Arms (IANSA)': keptAsIs('International Action Network on Small Arms (IANSA)'),
  Saferworld: keptAsIs('Saferworld'),
  'Small Arms Survey': keptAsIs('Small Arms Survey'),
  'Stockholm International Peace Research Institute (SIPRI)': {
    ar: 'معهد ستكهولم الدولي لبحوث السلام',
    zh: '斯德哥尔摩国际和平研究所',
    fr: 'Institut international de recherche sur la paix de Stockholm (SIPRI)',
    ru: 'Стокгольмский международный институт исследования проблем мира (СИПРИ)',
    es: 'Instituto Internacional de Estocolmo para la Investigación de la Paz (SIPRI)',
  },
  "Women's International League for Peace and Freedom (WILPF)": {
    ar: "Women's International League for Peace and Freedom (WILPF)",
    zh: '妇女争取和平与自由国际联盟',
    fr: 'Ligue internationale des femmes pour la paix et la liberté',
    ru: 'Международная женская лига за мир и свободу',
    es: 'Liga Internacional de Mujeres por la Paz y la Libertad',
  },
};
