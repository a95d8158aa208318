import type { TimetableCatalogue } from './en';

export const TIMETABLE_RU: TimetableCatalogue = {
  'timetable.days': 'Дни конференции',
  'timetable.today': 'сегодня',
  'timetable.next': 'Далее',
  'timetable.nowNext': '{now, select, none {} other {Идет сейчас: {now}.}} {next, select, none {} other {Далее: {next}, {when}.}}',
  'timetable.meetingCalendar': 'Добавить в календарь',
  'timetable.meetingCalendarFor': 'Добавить в календарь: «{title}» (.ics)',
  'zone.searchHint': 'Введите город, страну, часовой пояс или его сокращение (Мумбаи — Mumbai, Индия, IST).',
  'zone.noMatch': 'Нет часового пояса, соответствующего «{query}».',
  'zone.yours': 'ваш часовой пояс',
  'zone.venue': 'место проведения',
  'zone.found': '{n, plural, one {Найден # часовой пояс} few {Найдено # часовых пояса} many {Найдено # часовых поясов} other {Найдено # часового пояса}}',
  'zone.more': '{n, plural, one {и еще #: уточните поиск} few {и еще #: уточните поиск} many {и еще #: уточните поиск} other {и еще #: уточните поиск}}',
  'zone.details': '{offset} {abbreviation} · {place}',
};
