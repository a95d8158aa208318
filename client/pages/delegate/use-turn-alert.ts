import { useEffect, useState } from 'preact/hooks';
import type { SpeakersListView } from '../../../src/shared/api-types';
import { t } from '../../lib/strings';
import { turnToAlert, readTurnAlert, StorageSource, TurnAlertChoice, withAlerted, writeTurnAlert } from '../../lib/turn-alert';

export type AlertPermission = NotificationPermission | 'unsupported';

export interface TurnAlert {
  /** Asked for, and allowed by the browser. */
  active: boolean;
  permission: AlertPermission;
  /** Asks the browser's permission (a click's work: browsers refuse the prompt on load). */
  enable(): Promise<void>;
  disable(): void;
}

function permissionNow(): AlertPermission {
  return typeof Notification === 'undefined' ? 'unsupported' : Notification.permission;
}

const storage: StorageSource = () => localStorage;

function notify(title: string, body: string, tag: string): void {
  try {
    new Notification(title, { body, tag });
  } catch {
    // Android's Chrome shows notifications from a service worker only: the vibration still tells.
  }
  navigator.vibrate?.([200, 100, 200]);
}

/** One notification (and vibration) per entry of the delegation once it is two speakers away, when asked for. */
export function useTurnAlert(list: SpeakersListView | null, interruptedIds: readonly number[], delegation: { id: number; name: string }): TurnAlert {
  const [choice, setChoice] = useState(() => readTurnAlert(storage));
  const [permission, setPermission] = useState(permissionNow);
  const active = choice.enabled && permission === 'granted';
  const due = turnToAlert(list, delegation.id, interruptedIds);
  const dueId = due?.entry.id;

  const save = (next: TurnAlertChoice) => {
    writeTurnAlert(storage, next);
    setChoice(next);
  };

  useEffect(() => {
    if (!active || !due || dueId === undefined) return;
    // Read again: another tab of the delegation may have alerted for this entry already.
    const stored = readTurnAlert(storage).alertedEntryIds;
    if (stored.includes(dueId) || choice.alertedEntryIds.includes(dueId)) return;
    save(withAlerted(choice, dueId, stored));
    notify(t('delegateLive.alertTitle', { name: delegation.name }), t('delegateLive.alertBody', { n: due.ahead }), `rostrum-turn-${dueId}`);
  }, [active, dueId]);

  return {
    active,
    permission,
    enable: async () => {
      if (typeof Notification === 'undefined') return;
      const answer = Notification.permission === 'granted' ? 'granted' : await Notification.requestPermission();
      setPermission(answer);
      if (answer === 'granted') save({ ...choice, enabled: true });
    },
    disable: () => save({ ...choice, enabled: false }),
  };
}
