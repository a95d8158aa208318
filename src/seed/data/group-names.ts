import type { LocalizedNames } from '../../shared/api-types';

/** A delegation's name in the five UN languages besides English (English is its seed name). */
export type OtherLanguageNames = Omit<LocalizedNames, 'en'>;

/**
 * The groups of the seed in the other five UN languages, keyed by their English seed name: the
 * regional groups as the UN names them, the negotiating groups under the names UN documents use.
 */
export const GROUP_NAMES: Readonly<Record<string, OtherLanguageNames>> = {
  'African Group': {
    ar: 'مجموعة الدول الأفريقية',
    zh: '非洲国家组',
    fr: "Groupe des États d'Afrique",
    ru: 'Группа африканских государств',
    es: 'Grupo de los Estados de África',
  },
  'Asia-Pacific Group': {
    ar: 'مجموعة دول آسيا والمحيط الهادئ',
    zh: '亚洲-太平洋国家组',
    fr: "Groupe des États d'Asie et du Pacifique",
    ru: 'Группа азиатско-тихоокеанских государств',
    es: 'Grupo de los Estados de Asia y el Pacífico',
  },
  'Eastern European Group': {
    ar: 'مجموعة دول أوروبا الشرقية',
    zh: '东欧国家组',
    fr: "Groupe des États d'Europe orientale",
    ru: 'Группа восточноевропейских государств',
    es: 'Grupo de los Estados de Europa Oriental',
  },
  'Latin American and Caribbean Group (GRULAC)': {
    ar: 'مجموعة دول أمريكا اللاتينية ومنطقة البحر الكاريبي',
    zh: '拉丁美洲和加勒比国家组',
    fr: "Groupe des États d'Amérique latine et des Caraïbes (GRULAC)",
    ru: 'Группа государств Латинской Америки и Карибского бассейна',
    es: 'Grupo de los Estados de América Latina y el Caribe (GRULAC)',
  },
  'Western European and Others Group (WEOG)': {
    ar: 'مجموعة دول أوروبا الغربية ودول أخرى',
    zh: '西欧和其他国家组',
    fr: "Groupe des États d'Europe occidentale et autres États",
    ru: 'Группа западноевропейских и других государств',
    es: 'Grupo de los Estados de Europa Occidental y otros Estados',
  },
  'European Union': {
    ar: 'الاتحاد الأوروبي',
    zh: '欧洲联盟',
    fr: 'Union européenne',
    ru: 'Европейский союз',
    es: 'Unión Europea',
  },
  'Non-Aligned Movement': {
    ar: 'حركة عدم الانحياز',
    zh: '不结盟运动',
    fr: 'Mouvement des pays non alignés',
    ru: 'Движение неприсоединения',
    es: 'Movimiento de Países No Alineados',
  },
  'Arab Group': {
    ar: 'المجموعة العربية',
    zh: '阿拉伯国家组',
    fr: 'Groupe des États arabes',
    ru: 'Группа арабских государств',
    es: 'Grupo de los Estados Árabes',
  },
  'Caribbean Community (CARICOM)': {
    ar: 'الجماعة الكاريبية',
    zh: '加勒比共同体（加共体）',
    fr: 'Communauté des Caraïbes (CARICOM)',
    ru: 'Карибское сообщество (КАРИКОМ)',
    es: 'Comunidad del Caribe (CARICOM)',
  },
  'Southern Common Market (MERCOSUR)': {
    ar: 'السوق المشتركة لبلدان المخروط الجنوبي',
    zh: '南方共同市场（南共市）',
    fr: 'Marché commun du Sud (MERCOSUR)',
    ru: 'Общий рынок стран Южного конуса (МЕРКОСУР)',
    es: 'Mercado Común del Sur (MERCOSUR)',
  },
  'Association of Southeast Asian Nations (ASEAN)': {
    ar: 'رابطة أمم جنوب شرق آسيا',
    zh: '东南亚国家联盟（东盟）',
    fr: "Association des nations de l'Asie du Sud-Est (ASEAN)",
    ru: 'Ассоциация государств Юго-Восточной Азии (АСЕАН)',
    es: 'Asociación de Naciones de Asia Sudoriental (ASEAN)',
  },
};
