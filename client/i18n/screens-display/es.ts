import type { ScreensDisplayCatalogue } from './en';

export const SCREENS_DISPLAY_ES: ScreensDisplayCatalogue = {
  'screens.notPublic': 'Esta sesión no es pública.',
  'screens.venueTime': 'Hora en la sede',
  'screens.progress': 'Tiempo utilizado de la intervención',
  'screens.resumes': 'reanuda',
  'screens.onTheFloor': 'En el uso de la palabra',
  'screens.listTitle': 'Lista de oradores',
  'screens.colPosition': 'N.º',
  'screens.colDelegation': 'Orador',
  'screens.colCapacity': 'Calidad',
  'screens.colExpected': 'Hora prevista',
  'screens.more': '{n, plural, one {y # orador más} other {y # oradores más}}',
  'screens.moreUntil': '{n, plural, one {y # orador más} other {y # oradores más}}; el último, previsto a las {time}',
  'screens.timeUp': 'Se acabó el tiempo',
};
