import type { ScreensDisplayCatalogue } from './en';

export const SCREENS_DISPLAY_AR: ScreensDisplayCatalogue = {
  'screens.notPublic': 'هذه الجلسة ليست علنية.',
  'screens.venueTime': 'الوقت في مكان الاجتماع',
  'screens.progress': 'الوقت المستخدم من الكلمة',
  'screens.resumes': 'يستأنف',
  'screens.onTheFloor': 'المتكلم الحالي',
  'screens.listTitle': 'قائمة المتكلمين',
  'screens.colPosition': 'الرقم',
  'screens.colDelegation': 'المتكلم',
  'screens.colCapacity': 'الصفة',
  'screens.colExpected': 'الموعد المتوقع',
  'screens.more': '{n, plural, zero {ولا متكلمين آخرين} one {ومتكلم واحد آخر} two {ومتكلمان آخران} few {و# متكلمين آخرين} many {و# متكلمًا آخر} other {و# متكلم آخر}}',
  'screens.moreUntil': '{n, plural, zero {ولا متكلمين آخرين} one {ومتكلم واحد آخر} two {ومتكلمان آخران} few {و# متكلمين آخرين} many {و# متكلمًا آخر} other {و# متكلم آخر}}، آخرهم متوقع في {time}',
  'screens.timeUp': 'انتهى الوقت',
};
