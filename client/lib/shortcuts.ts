import type { StringKey } from './strings';

export type ShortcutAction =
  | 'next'
  | 'toggle'
  | 'resume'
  | 'extend30'
  | 'extend60'
  | 'takeAway30'
  | 'setTime'
  | 'undo'
  | 'stop'
  | 'skip'
  | 'pointOfOrder'
  | 'conclude'
  | 'message'
  | 'clearMessage';

/** The officer's keys, in the order the help lists them. */
export const SHORTCUTS: readonly { action: ShortcutAction; keys: string; label: StringKey }[] = [
  { action: 'next', keys: 'N', label: 'key.next' },
  { action: 'toggle', keys: 'Space', label: 'key.toggle' },
  { action: 'resume', keys: 'R', label: 'key.resume' },
  { action: 'extend30', keys: 'E', label: 'key.extend30' },
  { action: 'extend60', keys: 'Shift+E', label: 'key.extend60' },
  { action: 'takeAway30', keys: 'D', label: 'key.takeAway30' },
  { action: 'setTime', keys: 'T', label: 'key.setTime' },
  { action: 'undo', keys: 'U', label: 'key.undo' },
  { action: 'stop', keys: 'S', label: 'key.stop' },
  { action: 'skip', keys: 'K', label: 'key.skip' },
  { action: 'pointOfOrder', keys: 'P', label: 'key.pointOfOrder' },
  { action: 'conclude', keys: 'C', label: 'key.conclude' },
  { action: 'message', keys: 'M', label: 'key.message' },
  { action: 'clearMessage', keys: 'Esc', label: 'key.clearMessage' },
];

export interface KeyPress {
  key: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  repeat?: boolean;
}

/** True for fields that take typing, where a letter must stay a letter. */
export function isTypingTarget(target: { tagName?: string; isContentEditable?: boolean; type?: string } | null): boolean {
  if (!target || !target.tagName) return false;
  const tag = target.tagName.toUpperCase();
  if (target.isContentEditable) return true;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag !== 'INPUT') return false;
  return !['button', 'checkbox', 'radio', 'submit', 'reset'].includes((target.type ?? 'text').toLowerCase());
}

/** The action a key press asks for, or null; browser shortcuts (Ctrl, Cmd, Alt) stay the browser's. */
export function shortcutFor(press: KeyPress): ShortcutAction | null {
  if (press.ctrlKey || press.metaKey || press.altKey || press.repeat) return null;
  if (press.key === 'Escape') return 'clearMessage';
  if (press.key === ' ' || press.key === 'Spacebar') return 'toggle';
  switch (press.key.toLowerCase()) {
    case 'n':
      return 'next';
    case 'r':
      return 'resume';
    case 'e':
      return press.shiftKey ? 'extend60' : 'extend30';
    case 'd':
      return 'takeAway30';
    case 't':
      return 'setTime';
    case 'u':
      return 'undo';
    case 's':
      return 'stop';
    case 'k':
      return 'skip';
    case 'p':
      return 'pointOfOrder';
    case 'c':
      return 'conclude';
    case 'm':
      return 'message';
    default:
      return null;
  }
}
