import type { TimetableCatalogue } from './en';

export const TIMETABLE_FR: TimetableCatalogue = {
  'timetable.days': 'Jours de la conférence',
  'timetable.today': 'aujourd’hui',
  'timetable.next': 'Ensuite',
  'timetable.nowNext': '{now, select, none {} other {En cours\u00a0: {now}.}} {next, select, none {} other {Ensuite\u00a0: {next}, {when}.}}',
  'timetable.meetingCalendar': 'Ajouter à l’agenda',
  'timetable.meetingCalendarFor': 'Ajouter à l’agenda\u00a0: «\u00a0{title}\u00a0» (.ics)',
  'zone.searchHint': 'Tapez une ville, un pays, un fuseau ou une abréviation (Mumbai, Inde, IST).',
  'zone.noMatch': 'Aucun fuseau horaire ne correspond à «\u00a0{query}\u00a0».',
  'zone.yours': 'votre fuseau',
  'zone.venue': 'lieu de la réunion',
  'zone.found': '{n, plural, one {# fuseau horaire trouvé} other {# fuseaux horaires trouvés}}',
  'zone.more': '{n, plural, one {et # autre\u00a0: précisez la recherche} other {et # autres\u00a0: précisez la recherche}}',
  'zone.details': '{offset} {abbreviation} · {place}',
};
