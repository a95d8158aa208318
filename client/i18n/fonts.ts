import { isLanguage, Language } from './languages';

// The build writes each script's font stylesheet into the page:
// <meta name="rostrum:font-css" content="ar=/assets/fonts-ar-….css zh=/assets/fonts-zh-….css">.
const META_NAME = 'rostrum:font-css';

export function parseFontStylesheets(content: string): Partial<Record<Language, string>> {
  const found: Partial<Record<Language, string>> = {};
  for (const pair of content.split(/\s+/)) {
    const [language, href] = pair.split('=');
    if (isLanguage(language) && href?.startsWith('/assets/')) found[language] = href;
  }
  return found;
}

/**
 * Adds the stylesheet of the language's own font (Arabic, Chinese) once; resolves when it is in,
 * or failed, so the page never waits on a font. Other languages use the system's fonts.
 */
export function loadFontsFor(language: Language): Promise<void> {
  const meta = document.querySelector<HTMLMetaElement>(`meta[name="${META_NAME}"]`);
  const href = parseFontStylesheets(meta?.content ?? '')[language];
  if (!href || document.querySelector(`link[data-fonts="${language}"]`)) return Promise.resolve();
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = href;
  link.dataset.fonts = language;
  return new Promise((resolve) => {
    link.onload = () => resolve();
    link.onerror = () => resolve();
    document.head.append(link);
  });
}
