import type { FloorStateView } from '../../src/shared/api-types';
import type { FloorCommand } from './officer-commands';
import type { ShortcutAction } from './shortcuts';
import { CONCLUDE_MESSAGE, StringKey, t } from './strings';

const ACTIVE = ['running', 'paused'];

/** Whether a floor action makes sense in the floor's state; the server has the last word. */
export function isAvailable(action: ShortcutAction, floor: Pick<FloorStateView, 'status' | 'elapsedMs' | 'message' | 'undoableUntil'> | null): boolean {
  if (!floor) return false;
  switch (action) {
    case 'next':
    case 'pointOfOrder':
      return true;
    case 'toggle':
    case 'extend30':
    case 'extend60':
    case 'takeAway30':
    case 'setTime':
    case 'stop':
    case 'skip':
      return ACTIVE.includes(floor.status);
    case 'undo':
      // The server checks the 30 s itself, against its own clock.
      return floor.undoableUntil !== null;
    case 'resume':
      return floor.status === 'paused' && floor.elapsedMs > 0;
    case 'conclude':
    case 'message':
      return floor.status !== 'idle';
    case 'clearMessage':
      return floor.message !== null;
  }
}

export interface FloorRequest {
  command: FloorCommand;
  body: Record<string, unknown>;
}

/** The floor command a button or key stands for; point of order and message need more than one. */
export function requestFor(action: Exclude<ShortcutAction, 'pointOfOrder' | 'message' | 'setTime'>, floor: Pick<FloorStateView, 'status' | 'elapsedMs'>): FloorRequest {
  switch (action) {
    case 'toggle':
      if (floor.status === 'running') return { command: 'pause', body: {} };
      // Start a statement not yet begun; resume one that was paused part-way.
      return { command: floor.elapsedMs > 0 ? 'resume' : 'start', body: {} };
    case 'extend30':
      return { command: 'extend', body: { seconds: 30 } };
    case 'extend60':
      return { command: 'extend', body: { seconds: 60 } };
    case 'takeAway30':
      return { command: 'adjust', body: { seconds: -30 } };
    case 'conclude':
      // A fixed text, so every screen can show it in its own language.
      return { command: 'message', body: { text: CONCLUDE_MESSAGE } };
    case 'clearMessage':
      return { command: 'message', body: { text: null } };
    default:
      return { command: action, body: {} };
  }
}

const ACTION_LABEL: Record<ShortcutAction, StringKey> = {
  next: 'key.next',
  toggle: 'key.toggle',
  resume: 'key.resume',
  extend30: 'key.extend30',
  extend60: 'key.extend60',
  takeAway30: 'key.takeAway30',
  setTime: 'key.setTime',
  undo: 'key.undo',
  stop: 'key.stop',
  skip: 'key.skip',
  pointOfOrder: 'key.pointOfOrder',
  conclude: 'key.conclude',
  message: 'key.message',
  clearMessage: 'key.clearMessage',
};

/** "Resume is not possible now: the floor is idle." */
export function unavailableText(action: ShortcutAction, floor: Pick<FloorStateView, 'status'> | null): string {
  const status = floor ? t(`floorIs.${floor.status}` as StringKey) : t('common.loading');
  return t('officer.unavailable', { action: t(ACTION_LABEL[action]), status });
}
