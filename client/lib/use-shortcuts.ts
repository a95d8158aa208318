import { useEffect, useRef } from 'preact/hooks';
import { isTypingTarget, shortcutFor, ShortcutAction } from './shortcuts';

/** The officer's keys on the whole page, except while the cursor is in a text field. */
export function useShortcuts(act: (action: ShortcutAction) => void): void {
  const actRef = useRef(act);
  actRef.current = act;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (isTypingTarget(event.target as HTMLElement | null)) return;
      const action = shortcutFor(event);
      if (!action) return;
      // Space and letters on a focused button would otherwise also press it.
      event.preventDefault();
      actRef.current(action);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}
