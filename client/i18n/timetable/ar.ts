import type { TimetableCatalogue } from './en';

export const TIMETABLE_AR: TimetableCatalogue = {
  'timetable.days': 'أيام المؤتمر',
  'timetable.today': 'اليوم',
  'timetable.next': 'التالي',
  'timetable.nowNext': '{now, select, none {} other {الجارية الآن: {now}.}} {next, select, none {} other {التالية: {next}، {when}.}}',
  'timetable.meetingCalendar': 'إضافة إلى التقويم',
  'timetable.meetingCalendarFor': 'إضافة إلى التقويم: «{title}» (.ics)',
  'zone.searchHint': 'اكتب اسم مدينة أو بلد أو منطقة زمنية أو اختصارها (Mumbai، الهند، IST).',
  'zone.noMatch': 'لا توجد منطقة زمنية تطابق «{query}».',
  'zone.yours': 'منطقتك الزمنية',
  'zone.venue': 'مكان الانعقاد',
  'zone.found': '{n, plural, zero {لم يُعثر على أي منطقة زمنية} one {عُثر على منطقة زمنية واحدة} two {عُثر على منطقتين زمنيتين} few {عُثر على # مناطق زمنية} many {عُثر على # منطقة زمنية} other {عُثر على # منطقة زمنية}}',
  'zone.more': '{n, plural, zero {} one {ومنطقة أخرى: اكتب المزيد لتضييق البحث} two {ومنطقتان أخريان: اكتب المزيد لتضييق البحث} few {و# مناطق أخرى: اكتب المزيد لتضييق البحث} many {و# منطقة أخرى: اكتب المزيد لتضييق البحث} other {و# منطقة أخرى: اكتب المزيد لتضييق البحث}}',
  'zone.details': '{offset} {abbreviation} · {place}',
};
