import type { ScreensDisplayCatalogue } from './en';

export const SCREENS_DISPLAY_RU: ScreensDisplayCatalogue = {
  'screens.notPublic': 'Это заседание не является открытым.',
  'screens.venueTime': 'Время в месте проведения',
  'screens.progress': 'Использованное время выступления',
  'screens.resumes': 'продолжает',
  'screens.onTheFloor': 'Выступает',
  'screens.listTitle': 'Список ораторов',
  'screens.colPosition': '№',
  'screens.colDelegation': 'Оратор',
  'screens.colCapacity': 'В качестве',
  'screens.colExpected': 'Ожидается',
  'screens.more': '{n, plural, one {и ещё # оратор} few {и ещё # оратора} many {и ещё # ораторов} other {и ещё # оратора}}',
  'screens.moreUntil': '{n, plural, one {и ещё # оратор} few {и ещё # оратора} many {и ещё # ораторов} other {и ещё # оратора}}, последний ожидается в {time}',
  'screens.timeUp': 'Время истекло',
};
