/**
 * The timetable's day tabs, now and next, per-meeting calendar links and the zone search (also on the
 * delegate page): spread into the English catalogue, followed key for key by the five others.
 */
export const TIMETABLE_EN = {
  'timetable.days': 'Conference days',
  'timetable.today': 'today',
  'timetable.next': 'Next',
  'timetable.nowNext': '{now, select, none {} other {On now: {now}.}} {next, select, none {} other {Next: {next}, {when}.}}',
  'timetable.meetingCalendar': 'Add to calendar',
  'timetable.meetingCalendarFor': 'Add to calendar: “{title}” (.ics)',
  'zone.searchHint': 'Type a city, country, zone or abbreviation (Mumbai, India, IST).',
  'zone.noMatch': 'No time zone matches “{query}”.',
  'zone.yours': 'your zone',
  'zone.venue': 'venue',
  'zone.found': '{n, plural, one {# time zone found} other {# time zones found}}',
  'zone.more': '{n, plural, one {and # more: type more to narrow the search} other {and # more: type more to narrow the search}}',
  'zone.details': '{offset} {abbreviation} · {place}',
} as const;

export type TimetableCatalogue = Readonly<Record<keyof typeof TIMETABLE_EN, string>>;
