import type { Messages } from './intl-config';
import type { Language } from './languages';

// One chunk per language: a page downloads only the catalogue it shows. The build hands each
// catalogue over precompiled (client/build.mjs), so the pages carry formatjs without its parser.
export const CATALOGUE_LOADERS: Readonly<Record<Language, () => Promise<Messages>>> = {
  ar: () => import('./ar').then((module) => module.AR),
  zh: () => import('./zh').then((module) => module.ZH),
  en: () => import('./en').then((module) => module.EN),
  fr: () => import('./fr').then((module) => module.FR),
  ru: () => import('./ru').then((module) => module.RU),
  es: () => import('./es').then((module) => module.ES),
};
