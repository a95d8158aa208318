import type { ScreensDisplayCatalogue } from './en';

export const SCREENS_DISPLAY_FR: ScreensDisplayCatalogue = {
  'screens.notPublic': 'Cette séance n’est pas publique.',
  'screens.venueTime': 'Heure sur le lieu de la réunion',
  'screens.progress': 'Temps de parole utilisé',
  'screens.resumes': 'reprend',
  'screens.onTheFloor': 'À la parole',
  'screens.listTitle': 'Liste des orateurs',
  'screens.colPosition': 'No',
  'screens.colDelegation': 'Orateur',
  'screens.colCapacity': 'Qualité',
  'screens.colExpected': 'Heure prévue',
  'screens.more': '{n, plural, one {et # autre orateur} other {et # autres orateurs}}',
  'screens.moreUntil': '{n, plural, one {et # autre orateur} other {et # autres orateurs}}, le dernier prévu à {time}',
  'screens.timeUp': 'Temps écoulé',
};
