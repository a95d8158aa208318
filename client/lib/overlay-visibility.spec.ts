import { isOnAir, overlayVisible } from './overlay-visibility';

describe('overlay visibility', () => {
  it('keeps the overlay on air when the server sends no switch', () => {
    expect(isOnAir({ status: 'running' })).toBe(true);
    expect(isOnAir(null)).toBe(true);
  });

  it('follows the officer’s switch', () => {
    expect(isOnAir({ status: 'running', overlayOnAir: false })).toBe(false);
    expect(isOnAir({ status: 'running', overlayOnAir: true })).toBe(true);
  });

  it('shows nothing with nobody on the floor, off air, or refused', () => {
    expect(overlayVisible({ status: 'running' }, true, false)).toBe(true);
    expect(overlayVisible({ status: 'idle' }, false, false)).toBe(false);
    expect(overlayVisible({ status: 'running', overlayOnAir: false }, true, false)).toBe(false);
    expect(overlayVisible({ status: 'running' }, true, true)).toBe(false);
  });
});
