import type { TimetableCatalogue } from './en';

export const TIMETABLE_ZH: TimetableCatalogue = {
  'timetable.days': '会议日程',
  'timetable.today': '今天',
  'timetable.next': '下一场',
  'timetable.nowNext': '{now, select, none {} other {正在进行：{now}。}}{next, select, none {} other {下一场：{next}，{when}。}}',
  'timetable.meetingCalendar': '添加到日历',
  'timetable.meetingCalendarFor': '添加到日历：“{title}”（.ics）',
  'zone.searchHint': '输入城市、国家、时区或缩写（Mumbai、印度、IST）。',
  'zone.noMatch': '没有与“{query}”匹配的时区。',
  'zone.yours': '您的时区',
  'zone.venue': '会址',
  'zone.found': '{n, plural, other {找到 # 个时区}}',
  'zone.more': '{n, plural, other {另有 # 个：请输入更多内容以缩小范围}}',
  'zone.details': '{offset} {abbreviation} · {place}',
};
