import { statementProgress } from './statement-progress';

describe('statementProgress', () => {
  it.each([
    ['nothing used at the start', 180_000, 'normal', 0],
    ['half used at half time', 90_000, 'normal', 0.5],
    ['nearly full in the warning time', 18_000, 'warning', 0.9],
    ['full at zero', 0, 'warning', 1],
    ['full, not more, in overtime', -30_000, 'overtime', 1],
  ] as const)('%s', (_rule, leftMs, phase, fraction) => {
    expect(statementProgress({ leftMs, phase }, 180_000)).toEqual({ fraction, phase });
  });

  it('keeps the phase for the bar’s colour', () => {
    expect(statementProgress({ leftMs: -1, phase: 'overtime' }, 180_000).phase).toBe('overtime');
  });

  it('is empty for a statement without a limit until it runs over', () => {
    expect(statementProgress({ leftMs: 0, phase: 'warning' }, 0).fraction).toBe(0);
  });
});
