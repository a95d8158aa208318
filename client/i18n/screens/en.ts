/**
 * Screen links and the overlays' on-air switch (console), and what a screen says when it may not
 * follow: spread into the English catalogue, followed key for key by the five others.
 */
export const SCREENS_EN = {
  'screens.overlay': 'Overlay',
  'screens.onAir': 'On air',
  'screens.offAir': 'Off air',
  'screens.overlayHint': 'Every overlay of this meeting follows this switch at once; off air, they show nothing.',
  'screens.nowOnAir': 'The overlays are on air.',
  'screens.nowOffAir': 'The overlays are off air.',
  'screens.heading': 'Screen links',
  'screens.intro': 'A screen link lets a display or an overlay with no sign-in follow this meeting, read-only, even when it is not webcast.',
  'screens.label': 'Which screen',
  'screens.labelPlaceholder': 'e.g. Press room',
  'screens.create': 'Create screen link',
  'screens.created': 'Screen link “{label}” created. Copy its addresses now: they are shown this once.',
  'screens.displayAddress': 'Display address',
  'screens.overlayAddress': 'Overlay address',
  'screens.copy': 'Copy',
  'screens.copyDisplay': 'Copy the display address',
  'screens.copyOverlay': 'Copy the overlay address',
  'screens.copied': 'Address copied.',
  'screens.copyFailed': 'Could not copy: select the address and copy it by hand.',
  'screens.none': 'No screen links for this meeting yet.',
  'screens.unlabelled': 'No label',
  'screens.madeAt': 'Made {time}',
  'screens.lastUsed': 'last used {time}',
  'screens.neverUsed': 'never used',
  'screens.revokedAt': 'Revoked {time}',
  'screens.revoke': 'Revoke',
  'screens.revokeName': 'Revoke the screen link “{label}”',
  'screens.revokedNotice': 'Screen link “{label}” revoked: its screens stop following the meeting.',
  'screens.endedRevoked': 'The screen link of this screen was revoked: it no longer follows the meeting.',
  'screens.endedNotWebcast': 'This meeting is no longer webcast: it is not public.',
} as const;

export type ScreensCatalogue = Readonly<Record<keyof typeof SCREENS_EN, string>>;
