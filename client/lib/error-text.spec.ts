import { AR } from '../i18n/ar';
import { EN } from '../i18n/en';
import { installForTests } from '../i18n/formatjs-for-jest';
import { FR } from '../i18n/fr';
import { ApiError } from './api';
import { translateError } from './error-text';

describe('translateError', () => {
  beforeEach(() => installForTests('en', EN));

  it('says a known code in the reader’s words, the server’s English as details, never "401 Unauthorized"', () => {
    const error = new ApiError(401, ['Access code is not valid, or no longer active'], 'Unauthorized', 'ACCESS_CODE_INVALID');
    const shown = translateError(error);
    expect(shown).toEqual({ text: EN['errors.code.ACCESS_CODE_INVALID'], details: 'Access code is not valid, or no longer active' });
    expect(shown.text).not.toMatch(/401|Unauthorized/);
  });

  it('speaks the page’s language', () => {
    installForTests('fr', FR);
    expect(translateError(new ApiError(409, ['The list of speakers is closed'], 'Conflict', 'LIST_CLOSED')).text).toBe('La liste des orateurs est close.');
    installForTests('ar', AR);
    expect(translateError(new ApiError(409, ['The list of speakers is closed'], 'Conflict', 'LIST_CLOSED')).text).toBe('قائمة المتكلمين مغلقة.');
  });

  it('falls back on the status for a code it does not know yet, still translated', () => {
    expect(translateError(new ApiError(403, ['Nope'], 'Forbidden', 'SOMETHING_NEW')).text).toBe(EN['errors.status.403']);
    expect(translateError(new ApiError(418, ['teapot'], 'I’m a Teapot', 'SOMETHING_NEW')).text).toBe(EN['errors.status.client']);
    expect(translateError(new ApiError(502, [], 'Bad Gateway')).text).toBe(EN['errors.status.server']);
  });

  it('names each bad field of a 400 and why, isolating a field it has no name for', () => {
    const error = new ApiError(400, ['startsAt: not a time', 'colour: unknown field'], 'Bad Request', 'INVALID_INPUT', [
      { field: 'startsAt', code: 'INVALID_TIME', message: 'not a time' },
      { field: 'colour', code: 'UNKNOWN_FIELD', message: 'unknown field' },
    ]);
    expect(translateError(error).text).toBe('Please correct: Start: not a valid time at the venue and \u2068colour\u2069: not a field the server knows.');
  });

  it('reads a socket ack’s {error} as the REST refusal it mirrors', () => {
    const reply = { error: { statusCode: 403, error: 'Forbidden', message: 'Meeting 3 is not webcast: sign in to follow it', code: 'MEETING_NOT_PUBLIC' } };
    expect(translateError(reply)).toEqual({ text: EN['errors.code.MEETING_NOT_PUBLIC'], details: 'Meeting 3 is not webcast: sign in to follow it' });
  });

  it('says the network failed, keeping the browser’s reason as details', () => {
    expect(translateError(new ApiError(0, ['Failed to fetch'], 'Network error'))).toEqual({ text: EN['errors.network'], details: 'Failed to fetch' });
  });

  it('shows a text the page translated itself as it is', () => {
    expect(translateError('Déjà traduit')).toEqual({ text: 'Déjà traduit', details: null });
  });
});
