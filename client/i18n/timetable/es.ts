import type { TimetableCatalogue } from './en';

export const TIMETABLE_ES: TimetableCatalogue = {
  'timetable.days': 'Días de la conferencia',
  'timetable.today': 'hoy',
  'timetable.next': 'A continuación',
  'timetable.nowNext': '{now, select, none {} other {En curso: {now}.}} {next, select, none {} other {A continuación: {next}, {when}.}}',
  'timetable.meetingCalendar': 'Añadir al calendario',
  'timetable.meetingCalendarFor': 'Añadir al calendario: «{title}» (.ics)',
  'zone.searchHint': 'Escriba una ciudad, un país, un huso horario o una abreviatura (Mumbai, India, IST).',
  'zone.noMatch': 'Ningún huso horario coincide con «{query}».',
  'zone.yours': 'su huso horario',
  'zone.venue': 'sede',
  'zone.found': '{n, plural, one {# huso horario encontrado} other {# husos horarios encontrados}}',
  'zone.more': '{n, plural, one {y # más: precise la búsqueda} other {y # más: precise la búsqueda}}',
  'zone.details': '{offset} {abbreviation} · {place}',
};
