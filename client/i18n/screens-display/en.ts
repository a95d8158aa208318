/**
 * The display (time of day, progress, projector list) and the overlay: spread into the English
 * catalogue, followed key for key by the five others.
 */
export const SCREENS_DISPLAY_EN = {
  'screens.notPublic': 'This meeting is not public.',
  'screens.venueTime': 'Time at the venue',
  'screens.progress': 'Time used of the statement',
  'screens.resumes': 'resumes',
  'screens.onTheFloor': 'On the floor',
  'screens.listTitle': 'List of speakers',
  'screens.colPosition': 'No.',
  'screens.colDelegation': 'Speaker',
  'screens.colCapacity': 'Capacity',
  'screens.colExpected': 'Expected',
  'screens.more': '{n, plural, one {and # more speaker} other {and # more speakers}}',
  'screens.moreUntil': '{n, plural, one {and # more speaker} other {and # more speakers}}, the last expected at {time}',
  'screens.timeUp': 'Time is up',
} as const;

export type ScreensDisplayCatalogue = Readonly<Record<keyof typeof SCREENS_DISPLAY_EN, string>>;
