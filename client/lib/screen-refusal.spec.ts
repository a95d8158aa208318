import { isNotPublic } from './screen-refusal';

describe('isNotPublic', () => {
  it('reads the code when the server gives one', () => {
    expect(isNotPublic({ statusCode: 403, code: 'MEETING_NOT_PUBLIC' })).toBe(true);
    expect(isNotPublic({ statusCode: 403, code: 'SCREEN_KEY_REVOKED' })).toBe(false);
  });

  it('takes a 403 without a code as not public', () => {
    expect(isNotPublic({ statusCode: 403 })).toBe(true);
  });

  it('leaves other refusals, and none, alone', () => {
    expect(isNotPublic({ statusCode: 404 })).toBe(false);
    expect(isNotPublic(null)).toBe(false);
  });
});
