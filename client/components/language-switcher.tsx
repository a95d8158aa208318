import { AUTONYMS, directionOf, Language, LANGUAGES } from '../i18n/languages';
import { switchLanguage } from '../i18n/start';
import { currentLanguage, t } from '../lib/strings';

function addressIn(language: Language): string {
  const params = new URLSearchParams(window.location.search);
  params.set('lang', language);
  return `?${params.toString()}`;
}

/**
 * The six languages by their own names, as on un.org. Each is a real link (?lang=), so it works
 * opened in a new tab too; a plain click switches in place and remembers the choice.
 */
export function LanguageSwitcher() {
  const current = currentLanguage();
  return (
    <nav class="language-switcher" aria-label={t('common.language')} data-testid="language-switcher">
      <ul>
        {LANGUAGES.map((language) => (
          <li key={language}>
            <a
              href={addressIn(language)}
              lang={language}
              hrefLang={language}
              dir={directionOf(language)}
              aria-current={language === current ? 'true' : undefined}
              data-lang={language}
              onClick={(event) => {
                if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
                event.preventDefault();
                void switchLanguage(language);
              }}
            >
              {AUTONYMS[language]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
