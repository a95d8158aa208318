/**
 * The delegate page's live strip, turn alert, withdraw confirmation and blocked requests: spread
 * into the English catalogue, followed key for key by the five others.
 */
export const DELEGATE_LIVE_EN = {
  'delegateLive.stripHeading': 'On the floor now',
  'delegateLive.place': '{position, selectordinal, one {#st} two {#nd} few {#rd} other {#th}} in line',
  'delegateLive.youAreNext': 'You are next',
  'delegateLive.youAreNextHint': 'Be ready: you speak after the speaker on the floor.',
  'delegateLive.expectedAtVenue': 'Expected at {time} venue time',
  'delegateLive.notifyButton': 'Notify me when I am two speakers away',
  'delegateLive.notifyOn': 'You will be notified when you are two speakers away.',
  'delegateLive.notifyStop': 'Stop notifying me',
  'delegateLive.notifyUnsupported': 'This browser cannot show notifications: keep this page open to follow your turn.',
  'delegateLive.notifyDenied': 'Notifications are blocked for this site: allow them in the browser’s site settings to be notified.',
  'delegateLive.alertTitle': '{name}: your turn is near',
  'delegateLive.alertBody': '{n, plural, =0 {You are next, after the speaker on the floor.} other {One speaker before you, after the one on the floor.}}',
  'delegateLive.withdrawQuestion': 'Withdraw the request?',
  'delegateLive.withdrawConfirm': 'Withdraw',
  'delegateLive.withdrawKeep': 'Keep',
  'delegateLive.blockedClosed': 'The list of speakers is closed: only a right of reply can still be requested.',
  'delegateLive.blockedCancelled': 'This meeting is cancelled: it takes no requests for the floor.',
  'delegateLive.blockedEnded': 'This meeting has ended: it takes no more requests for the floor.',
  'delegateLive.resumesAfterPointOfOrder': 'Interrupted by a point of order: you resume after it',
};

export type DelegateLiveCatalogue = Readonly<Record<keyof typeof DELEGATE_LIVE_EN, string>>;
