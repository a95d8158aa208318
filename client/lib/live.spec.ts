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

  it('reads a refused join by its code, keeping the server’s words as details', () => {
    const reply = { error: { statusCode: 403, error: 'Forbidden', message: 'Meeting 3 is not webcast: sign in to follow it', code: 'MEETING_NOT_PUBLIC' as const } };
    expect(isLiveError(reply)).toBe(true);
    expect(liveErrorText(reply)).toEqual({ text: 'errors.code.MEETING_NOT_PUBLIC', details: 'Meeting 3 is not webcast: sign in to follow it' });
    expect(isLiveError({ floor: {}, speakers: {} })).toBe(false);
  });
});
