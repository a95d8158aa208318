/** "/display/12" -> 12; null when the address carries no usable id. */
export function meetingIdFromPath(pathname: string): number | null {
  const match = /^\/(?:display|overlay)\/(\d{1,9})\/?$/.exec(pathname);
  if (!match) return null;
  const id = Number(match[1]);
  return id > 0 ? id : null;
}

/** `?key=...`: a screen link's key (POST /api/meetings/:id/screen-links), or null. */
export function screenKeyFromSearch(search: string): string | null {
  const key = new URLSearchParams(search).get('key');
  return key ? key : null;
}

/** A read a screen makes, with its link's key when it has one. */
export const withScreenKey = (path: string, screenKey: string | null | undefined): string =>
  screenKey ? `${path}?screenKey=${encodeURIComponent(screenKey)}` : path;

export interface OverlayOptions {
  position: 'top' | 'bottom';
  scale: number;
  showNext: boolean;
}

export const MIN_SCALE = 0.5;
export const MAX_SCALE = 2;

/** `?position=top&scale=1.5&next=0`; anything unreadable falls back to the default. */
export function parseOverlayOptions(search: string): OverlayOptions {
  const params = new URLSearchParams(search);
  const scale = Number(params.get('scale') ?? '1');
  return {
    position: params.get('position') === 'top' ? 'top' : 'bottom',
    scale: Number.isFinite(scale) && params.get('scale') !== '' ? Math.min(MAX_SCALE, Math.max(MIN_SCALE, scale)) : 1,
    showNext: !['0', 'false', 'no', 'off'].includes((params.get('next') ?? '').toLowerCase()),
  };
}

export interface DisplayOptions {
  sound: boolean;
}

export function parseDisplayOptions(search: string): DisplayOptions {
  const sound = (new URLSearchParams(search).get('sound') ?? '').toLowerCase();
  return { sound: ['1', 'true', 'yes', 'on'].includes(sound) };
}
