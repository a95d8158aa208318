import type { MeetingView, UnLanguage } from '../../src/shared/api-types';

/** The title in the page's language, with the language it is in (English `title` where no translation is given). */
export function meetingTitle(meeting: Pick<MeetingView, 'title' | 'titles'>, language: UnLanguage): { text: string; lang: UnLanguage } {
  const translated = meeting.titles?.[language];
  return translated ? { text: translated, lang: language } : { text: meeting.title, lang: 'en' };
}
