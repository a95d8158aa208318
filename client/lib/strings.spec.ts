import { CAPACITIES } from '../../src/domain/capacity';
import { LIVE_NAMESPACE } from '../../src/shared/live-events';
import { AR } from '../i18n/ar';
import { installForTests } from '../i18n/formatjs-for-jest';
import { FR } from '../i18n/fr';
import { RU } from '../i18n/ru';
import { ZH } from '../i18n/zh';
import { LIVE_NAMESPACE_PATH } from './live';
import { capacityLabel, capacityLine, CONCLUDE_MESSAGE, delegationName, formatList, labelOr, speakerMessage, t } from './strings';

const NAMES = { ar: 'كينيا', zh: '肯尼亚', en: 'Kenya', fr: 'Kenya', ru: 'Кения', es: 'Kenya' };
const AFRICAN_GROUP = {
  name: 'African Group',
  names: { ar: 'مجموعة الدول الأفريقية', zh: '非洲国家组', en: 'African Group', fr: "Groupe des États d'Afrique", ru: 'Группа африканских государств', es: 'Grupo de los Estados de África' },
};

describe('strings in English', () => {
  beforeAll(() => installForTests());

  it('fills placeholders', () => {
    expect(t('delegate.position', { position: 2, total: 5 })).toBe('Number 2 of 5');
  });

  it('chooses the plural form', () => {
    expect(t('officer.overrun', { minutes: 1 })).toBe('Overruns the meeting by 1 minute');
    expect(t('officer.overrun', { minutes: 4 })).toBe('Overruns the meeting by 4 minutes');
  });

  it('names every capacity', () => {
    for (const capacity of CAPACITIES) expect(capacityLabel(capacity)).not.toMatch(/^capacity\./);
  });

  it('says on whose behalf a group statement is made', () => {
    expect(capacityLine('group', { name: 'African Group' })).toBe('On behalf of African Group');
    expect(capacityLine('national', null)).toBe('National statement');
  });

  it('names meeting kinds and formats, and shows an unknown one as sent', () => {
    expect(labelOr('kind', 'plenary')).toBe('Plenary');
    expect(labelOr('format', 'hybrid')).toBe('Hybrid');
    expect(labelOr('kind', 'retreat')).toBe('retreat');
  });

  it('joins names as a list in words', () => {
    expect(formatList(['Brazil', 'Chile', 'France'])).toBe('Brazil, Chile and France');
  });

  it('shows the officer’s standard request to conclude in the screen’s language, other messages as typed', () => {
    expect(speakerMessage(CONCLUDE_MESSAGE)).toBe('Please conclude');
    expect(speakerMessage('Two minutes left')).toBe('Two minutes left');
  });

  it('uses the contract namespace for live updates', () => {
    expect(LIVE_NAMESPACE_PATH).toBe(LIVE_NAMESPACE);
  });
});

describe('strings in the other languages', () => {
  afterAll(() => installForTests());

  it('names a delegation in the page’s language', () => {
    installForTests('ar', AR);
    expect(delegationName({ name: 'Kenya', names: NAMES })).toBe('كينيا');
    installForTests('zh', ZH);
    expect(delegationName({ name: 'Kenya', names: NAMES })).toBe('肯尼亚');
  });

  it('falls back to the English name where no name is given', () => {
    installForTests('zh', ZH);
    expect(delegationName({ name: 'Kenya' })).toBe('Kenya');
    expect(delegationName({ name: 'Kenya', names: { ...NAMES, zh: '' } })).toBe('Kenya');
  });

  it('says on whose behalf in the page’s language, with the group’s own name', () => {
    installForTests('fr', FR);
    expect(capacityLine('group', AFRICAN_GROUP)).toBe("Au nom de\u00a0: Groupe des États d'Afrique");
    installForTests('ar', AR);
    expect(capacityLine('group', AFRICAN_GROUP)).toBe('باسم مجموعة الدول الأفريقية');
  });

  it('uses Russian plural forms', () => {
    installForTests('ru', RU);
    expect(t('officer.overrun', { minutes: 1 })).toMatch(/1 минуту$/);
    expect(t('officer.overrun', { minutes: 3 })).toMatch(/3 минуты$/);
    expect(t('officer.overrun', { minutes: 5 })).toMatch(/5 минут$/);
  });

  it('uses the Arabic dual', () => {
    installForTests('ar', AR);
    expect(t('officer.overrun', { minutes: 2 })).toMatch(/دقيقتين$/);
  });

  it('shows the standard request to conclude in the screen’s language', () => {
    installForTests('zh', ZH);
    expect(speakerMessage(CONCLUDE_MESSAGE)).toBe('请结束发言');
  });
});
