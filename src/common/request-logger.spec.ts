import { loggedPath } from './request-logger.middleware';

describe('the request log line', () => {
  it('keeps the path and ordinary query parameters', () => {
    expect(loggedPath('/api/conferences/bms7/meetings?tz=Asia%2FTokyo&from=2021-07-26')).toBe('/api/conferences/bms7/meetings?tz=Asia%2FTokyo&from=2021-07-26');
  });

  it('never holds a screen key, an access code or a set-up token', () => {
    expect(loggedPath('/display/12?key=3q2-7wAAAA&lang=ar')).toBe('/display/12?key=[redacted]&lang=ar');
    expect(loggedPath('/api/meetings/12/floor?screenKey=abc_DEF-123')).toBe('/api/meetings/12/floor?screenKey=[redacted]');
    expect(loggedPath('/delegate?code=KQ7M-2XRT-9WPL')).toBe('/delegate?code=[redacted]');
    expect(loggedPath('/setup?token=secret#x')).toBe('/setup?token=[redacted]#x');
  });
});
