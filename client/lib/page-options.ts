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
  /** A chime at zero (`?sound=1`); the browser may want a click first. */
  sound: boolean;
  /** A flash at zero (`?flash=1`), a steady cue where the viewer asked for reduced motion. */
  flash: boolean;
  /** Projector mode (`?list=1`): the whole queue with expected times. */
  list: boolean;
}

const YES = ['1', 'true', 'yes', 'on'];

export function parseDisplayOptions(search: string): DisplayOptions {
  const params = new URLSearchParams(search);
  const on = (name: string) => YES.includes((params.get(name) ?? '').toLowerCase());
  return { sound: on('sound'), flash: on('flash'), list: on('list') };
}

/** `?now=2021-07-28T19:30:00Z`: the instant the page takes for now (a rehearsal of the week, a test); null without one or for an unreadable one. */
export function parseNowOption(search: string): number | null {
  const value = new URLSearchParams(search).get('now');
  if (!value || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value)) return null;
  const ms = Date.parse(value);
  return Number.isFinite(ms) ? ms : null;
}
