import { isCurrent, isLiveError, liveErrorText } from './live';

describe('live state gate', () => {
  it('shows the first state it gets', () => {
    expect(isCurrent(null, 0)).toBe(true);
  });

  it('ignores a push older than the state shown', () => {
    expect(isCurrent(5, 4)).toBe(false);
  });

  it('shows newer states, and the same version again', () => {
    expect(isCurrent(5, 6)).toBe(true);
    expect(isCurrent(5, 9)).toBe(true);
    expect(isCurrent(5, 5)).toBe(true);
  });

  it('reads a refused join in the server’s words', () => {
    const reply = { error: { statusCode: 403, error: 'Forbidden', message: 'Meeting 3 is not webcast: sign in to follow it' } };
    expect(isLiveError(reply)).toBe(true);
    expect(liveErrorText(reply)).toBe('403 Forbidden: Meeting 3 is not webcast: sign in to follow it');
    expect(isLiveError({ floor: {}, speakers: {} })).toBe(false);
  });
});
