import type { LocalizedNames } from '../shared/api-types';

// The seeded week's titles in the six languages, in the wording of UN documents: French "séance"
// with a non-breaking space before the colon, Spanish "sesión" and "tema del programa", Russian
// "пленарное заседание", Arabic ordinal words and lettered items (ألف, باء...), Chinese "第n次全体会议".

const FR_COLON = '\u00a0: ';
const AR_ORDINALS = ['الأولى', 'الثانية', 'الثالثة', 'الرابعة', 'الخامسة', 'السادسة', 'السابعة', 'الثامنة', 'التاسعة', 'العاشرة'];
const AR_LETTERS: Record<string, string> = { A: 'ألف', B: 'باء', C: 'جيم', D: 'دال', E: 'هاء' };

/** "1st plenary meeting: thematic debate on agenda item A", or "...: the outcome document" for none. */
export function plenaryTitles(number: number, item: string | null): LocalizedNames {
  if (number < 1 || number > AR_ORDINALS.length) throw new Error(`No Arabic ordinal for plenary meeting ${number}`);
  const subject: LocalizedNames =
    item === null
      ? { ar: 'الوثيقة الختامية', zh: '成果文件', en: 'the outcome document', fr: 'le document final', ru: 'итоговый документ', es: 'el documento final' }
      : {
          ar: `مناقشة مواضيعية بشأن البند ${AR_LETTERS[item] ?? item} من جدول الأعمال`,
          zh: `关于议程项目${item}的专题辩论`,
          en: `thematic debate on agenda item ${item}`,
          fr: `débat thématique sur le point ${item} de l’ordre du jour`,
          ru: `тематическое обсуждение по пункту ${item} повестки дня`,
          es: `debate temático sobre el tema ${item} del programa`,
        };
  return {
    ar: `الجلسة العامة ${AR_ORDINALS[number - 1]}: ${subject.ar}`,
    zh: `第${number}次全体会议：${subject.zh}`,
    en: `${number}${['st', 'nd', 'rd'][number - 1] ?? 'th'} plenary meeting: ${subject.en}`,
    fr: `${number}${number === 1 ? 're' : 'e'} séance plénière${FR_COLON}${subject.fr}`,
    ru: `${number}-е пленарное заседание: ${subject.ru}`,
    es: `${number}.ª sesión plenaria: ${subject.es}`,
  };
}

export const ZERO_DRAFT_PROPOSALS: LocalizedNames = {
  ar: 'مشاورات غير رسمية: مقترحات ومساهمات من أجل المشروع الأولي للوثيقة الختامية',
  zh: '非正式磋商：为成果文件零草案提出的提议和投入',
  en: 'Informal consultations: proposals and inputs for a zero draft of the outcome document',
  fr: `Consultations officieuses${FR_COLON}propositions et contributions en vue d’un avant-projet de document final`,
  ru: 'Неофициальные консультации: предложения и материалы для нулевого проекта итогового документа',
  es: 'Consultas oficiosas: propuestas y aportaciones para un borrador cero del documento final',
};

export const AGENDA_CONSULTATIONS: LocalizedNames = {
  ar: 'مشاورات غير رسمية غير رسمية مفتوحة بشأن جدول الأعمال',
  zh: '关于议程的公开非正式的非正式磋商',
  en: 'Open informal-informal consultations on the agenda',
  fr: 'Consultations informelles officieuses ouvertes sur l’ordre du jour',
  ru: 'Открытые неофициальные консультации в неформальном формате по повестке дня',
  es: 'Consultas oficiosas informales abiertas sobre el programa',
};

export const ZERO_DRAFT_CONSULTATIONS: LocalizedNames = {
  ar: 'مشاورات غير رسمية مفتوحة افتراضية بشأن المشروع الأولي للوثيقة الختامية',
  zh: '关于成果文件零草案的公开非正式虚拟磋商',
  en: 'Virtual open informal consultations on the zero draft of the outcome document',
  fr: 'Consultations officieuses ouvertes virtuelles sur l’avant-projet de document final',
  ru: 'Открытые неофициальные консультации в виртуальном формате по нулевому проекту итогового документа',
  es: 'Consultas oficiosas abiertas virtuales sobre el borrador cero del documento final',
};

export const MANUFACTURING_CONSULTATIONS: LocalizedNames = {
  ar: 'مشاورات غير رسمية مخصصة بشأن التطورات في مجال صنع الأسلحة الصغيرة والأسلحة الخفيفة وتكنولوجيتها وتصميمها',
  zh: '关于小武器和轻武器制造、技术和设计方面新发展的专门非正式磋商',
  en: 'Dedicated informal consultations on developments in small arms and light weapons manufacturing, technology and design',
  fr: 'Consultations officieuses consacrées aux évolutions dans les domaines de la fabrication, de la technologie et de la conception des armes légères et de petit calibre',
  ru: 'Специальные неофициальные консультации по вопросу о новых разработках в области производства, технологии и конструкции стрелкового оружия и легких вооружений',
  es: 'Consultas oficiosas específicas sobre los avances en la fabricación, la tecnología y el diseño de armas pequeñas y armas ligeras',
};

export const OUTCOME_CONSULTATIONS: LocalizedNames = {
  ar: 'مشاورات غير رسمية بشأن مشروع الوثيقة الختامية',
  zh: '关于成果文件草案的非正式磋商',
  en: 'Informal consultations on the draft outcome document',
  fr: 'Consultations officieuses sur le projet de document final',
  ru: 'Неофициальные консультации по проекту итогового документа',
  es: 'Consultas oficiosas sobre el proyecto de documento final',
};

export const ORGANIZATIONAL_CONSULTATIONS: LocalizedNames = {
  ar: 'مشاورات غير رسمية افتراضية بشأن المسائل التنظيمية',
  zh: '关于组织事项的非正式虚拟磋商',
  en: 'Virtual informal consultations on organizational matters',
  fr: 'Consultations officieuses virtuelles sur les questions d’organisation',
  ru: 'Неофициальные консультации в виртуальном формате по организационным вопросам',
  es: 'Consultas oficiosas virtuales sobre cuestiones de organización',
};

export const IMPLEMENTATION_TRENDS_BRIEFING: LocalizedNames = {
  ar: 'عرض تقدمه الأمانة العامة: اتجاهات التنفيذ وتحدياته وفرصه (المؤتمر الاستعراضي الثالث، الفرع خامسا، الفقرة 15)',
  zh: '秘书处介绍：执行工作的趋势、挑战和机遇（第三次审议大会，第五节，第15段）',
  en: 'Secretariat presentation: implementation trends, challenges and opportunities (RevCon3, section V, para 15)',
  fr: `Exposé du Secrétariat${FR_COLON}tendances, difficultés et possibilités en matière de mise en œuvre (RevCon3, section V, par. 15)`,
  ru: 'Презентация Секретариата: тенденции, проблемы и возможности в области осуществления (третья обзорная конференция, раздел V, пункт 15)',
  es: 'Exposición de la Secretaría: tendencias, dificultades y oportunidades en la aplicación (RevCon3, sección V, párr. 15)',
};
