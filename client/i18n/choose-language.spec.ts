import { chooseLanguage, languageOfTag } from './choose-language';

describe('choosing the page’s language', () => {
  it('takes ?lang= first', () => {
    expect(chooseLanguage({ search: '?lang=ar', stored: 'fr', preferred: ['ru-RU'] })).toBe('ar');
  });

  it('ignores a ?lang= the UN does not work in', () => {
    expect(chooseLanguage({ search: '?lang=de', preferred: ['es-MX'] })).toBe('es');
  });

  it('takes the remembered choice before the browser’s preference', () => {
    expect(chooseLanguage({ search: '', stored: 'zh', preferred: ['fr-FR'] })).toBe('zh');
  });

  it('ignores a remembered value that is no language', () => {
    expect(chooseLanguage({ search: '', stored: 'xx', preferred: ['fr-FR'] })).toBe('fr');
  });

  it('takes the first of the browser’s languages the UN works in', () => {
    expect(chooseLanguage({ search: '', preferred: ['de-CH', 'ru', 'en'] })).toBe('ru');
  });

  it('falls back to English', () => {
    expect(chooseLanguage({ search: '', preferred: ['de', 'ja'] })).toBe('en');
    expect(chooseLanguage({ search: '' })).toBe('en');
  });

  it('reads a language tag by its primary language', () => {
    expect(languageOfTag('zh-Hans-CN')).toBe('zh');
    expect(languageOfTag('EN_us')).toBe('en');
    expect(languageOfTag('ar-EG')).toBe('ar');
    expect(languageOfTag('pt-BR')).toBeNull();
  });
});
