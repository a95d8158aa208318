import { CAPACITIES } from '../../src/domain/capacity';
import { LIVE_NAMESPACE } from '../../src/shared/live-events';
import { LIVE_NAMESPACE_PATH } from './live';
import { capacityLabel, capacityLine, EN, t } from './strings';

describe('strings', () => {
  it('fills placeholders', () => {
    expect(t('delegate.position', { position: 2, total: 5 })).toBe('Number 2 of 5');
  });

  it('leaves an unknown placeholder visible rather than blank', () => {
    expect(t('delegate.position', { position: 2 })).toBe('Number 2 of {total}');
  });

  it('names every capacity', () => {
    for (const capacity of CAPACITIES) expect(capacityLabel(capacity)).not.toMatch(/^capacity\./);
  });

  it('says on whose behalf a group statement is made', () => {
    expect(capacityLine('group', { name: 'African Group' })).toBe('On behalf of African Group');
    expect(capacityLine('national', null)).toBe('National statement');
  });

  it('has no empty text', () => {
    for (const [key, text] of Object.entries(EN)) expect([key, text.trim().length > 0]).toEqual([key, true]);
  });

  it('uses the contract namespace for live updates', () => {
    expect(LIVE_NAMESPACE_PATH).toBe(LIVE_NAMESPACE);
  });
});
