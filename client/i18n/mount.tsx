import { ComponentType, render } from 'preact';
import type { MessageKey } from './en';
import { onLanguageChange, t } from './runtime';
import { startI18n, StartOptions } from './start';

export interface PageOptions extends StartOptions {
  titleKey: MessageKey;
}

/**
 * Loads the page's language, then renders it; a language switch renders the whole page again
 * (every component reads t() while rendering), keeping its state.
 */
export function mountPage(Page: ComponentType, options: PageOptions): void {
  const root = document.getElementById('app') as HTMLElement;
  const draw = () => {
    document.title = t(options.titleKey);
    render(<Page />, root);
  };
  startI18n(options)
    .then(() => {
      onLanguageChange(draw);
      draw();
    })
    .catch((error: unknown) => {
      // No catalogue could be loaded, so no words to say it in: show the browser's own message.
      root.textContent = error instanceof Error ? error.message : String(error);
      root.setAttribute('role', 'alert');
    });
}
