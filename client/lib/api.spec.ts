import { ApiError, describeServerError, errorText } from './api';

describe('server errors in plain words', () => {
  it('shows status, name and message', () => {
    expect(describeServerError({ statusCode: 409, error: 'Conflict', message: 'The list of speakers is closed' })).toBe(
      '409 Conflict: The list of speakers is closed',
    );
  });

  it('lists every bad field of a 400', () => {
    expect(describeServerError({ statusCode: 400, error: 'Bad Request', message: ['seconds: too big', 'version: expected number'] })).toBe(
      '400 Bad Request: seconds: too big; version: expected number',
    );
  });

  it('copes with a body without a message', () => {
    expect(describeServerError({ statusCode: 500, error: 'Internal Server Error' })).toBe('500 Internal Server Error');
  });

  it('words an ApiError the same way', () => {
    expect(errorText(new ApiError(403, ['This action is for officers only'], 'Forbidden'))).toBe('403 Forbidden: This action is for officers only');
    expect(errorText(new ApiError(0, ['The server could not be reached (Failed to fetch)'], 'Network error'))).toBe(
      'The server could not be reached (Failed to fetch)',
    );
  });
});
