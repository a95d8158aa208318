import type { ScreensDisplayCatalogue } from './en';

export const SCREENS_DISPLAY_ZH: ScreensDisplayCatalogue = {
  'screens.notPublic': '本次会议不公开。',
  'screens.venueTime': '会场时间',
  'screens.progress': '发言已用时间',
  'screens.resumes': '继续发言',
  'screens.onTheFloor': '正在发言',
  'screens.listTitle': '发言名单',
  'screens.colPosition': '序号',
  'screens.colDelegation': '发言者',
  'screens.colCapacity': '身份',
  'screens.colExpected': '预计时间',
  'screens.more': '{n, plural, other {另有 # 位发言者}}',
  'screens.moreUntil': '{n, plural, other {另有 # 位发言者}}，最后一位预计 {time} 发言',
  'screens.timeUp': '时间到',
};
