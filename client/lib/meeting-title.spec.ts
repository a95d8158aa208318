import { meetingTitle } from './meeting-title';

const PLENARY = {
  title: '1st plenary meeting: thematic debate on agenda item A',
  titles: {
    ar: 'الجلسة العامة الأولى: مناقشة مواضيعية بشأن البند ألف من جدول الأعمال',
    zh: '第1次全体会议：关于议程项目A的专题辩论',
    en: '1st plenary meeting: thematic debate on agenda item A',
    fr: '1re séance plénière : débat thématique sur le point A de l’ordre du jour',
    ru: '1-е пленарное заседание: тематическое обсуждение по пункту A повестки дня',
    es: '1.ª sesión plenaria: debate temático sobre el tema A del programa',
  },
};

describe('meeting title', () => {
  it('is the translation in the page’s language', () => {
    expect(meetingTitle(PLENARY, 'zh')).toEqual({ text: PLENARY.titles.zh, lang: 'zh' });
    expect(meetingTitle(PLENARY, 'ar')).toEqual({ text: PLENARY.titles.ar, lang: 'ar' });
  });

  it('falls back to the English title, saying it is English, where there is no translation', () => {
    expect(meetingTitle({ title: 'Side event', titles: null }, 'fr')).toEqual({ text: 'Side event', lang: 'en' });
    expect(meetingTitle({ title: 'Side event', titles: { ...PLENARY.titles, ru: '' } }, 'ru')).toEqual({ text: 'Side event', lang: 'en' });
  });
});
