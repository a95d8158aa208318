import { installForTests } from '../i18n/formatjs-for-jest';
import { enforcementText, parseTimeLeft } from './timer-corrections';

describe('parseTimeLeft', () => {
  it.each([
    ['2:30', 150],
    ['0:45', 45],
    [' 1:05 ', 65],
    ['90', 90],
    ['0', 0],
    ['60:00', 3600],
  ])('reads %p as %p seconds', (text, seconds) => {
    expect(parseTimeLeft(text)).toBe(seconds);
  });

  it.each(['', '1:75', '-5', '2.5', 'soon', '61:00', '3601', '1:2'])('refuses %p', (text) => {
    expect(parseTimeLeft(text)).toBeNull();
  });
});

describe('enforcementText', () => {
  beforeAll(() => installForTests());

  it('says where a cut falls: the limit plus the grace', () => {
    expect(enforcementText({ limitMs: 180_000, enforcement: { mode: 'cut', graceSeconds: 10 } })).toBe('Cut at 3:10');
  });

  it('says when overtime is only counted', () => {
    expect(enforcementText({ limitMs: 180_000, enforcement: { mode: 'count', graceSeconds: 0 } })).toBe('Counting overtime');
  });
});
