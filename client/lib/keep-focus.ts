/**
 * Keeps the keyboard where the user works across a write: a button disabled while its request
 * runs, or a row drawn again, drops the focus to the page body; this puts it back on the same
 * control (found again by id, data-action or data-focus-key), else on the fallback.
 */
export function focusedControl(): string | null {
  const element = document.activeElement;
  if (!(element instanceof HTMLElement) || element === document.body) return null;
  if (element.id) return `#${CSS.escape(element.id)}`;
  if (element.dataset.action) return `[data-action="${CSS.escape(element.dataset.action)}"]`;
  if (element.dataset.focusKey) return `[data-focus-key="${CSS.escape(element.dataset.focusKey)}"]`;
  return null;
}

export function restoreFocus(selector: string | null, fallback?: string): void {
  // After the render that re-enables the control.
  requestAnimationFrame(() => {
    const active = document.activeElement;
    if (active && active !== document.body && active.isConnected) return;
    for (const candidate of [selector, fallback]) {
      const target = candidate ? document.querySelector(candidate) : null;
      if (target instanceof HTMLElement && !target.matches(':disabled')) {
        target.focus();
        return;
      }
    }
  });
}

/** Runs `work`, then brings the focus back to the control that had it when it began. */
export async function keepingFocus<T>(work: () => Promise<T>, fallback?: string): Promise<T> {
  const selector = focusedControl();
  try {
    return await work();
  } finally {
    restoreFocus(selector, fallback);
  }
}
