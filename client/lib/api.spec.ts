import { ApiError, refusalOf } from './api';

describe('refusals read from the server’s answer', () => {
  it('keeps status, code, fields and the English lines of a 400', () => {
    const body = { statusCode: 400, error: 'Bad Request', message: ['seconds: too big'], code: 'INVALID_INPUT', fields: [{ field: 'seconds', code: 'TOO_BIG', message: 'too big' }] };
    const error = refusalOf({ status: 400, statusText: 'Bad Request' }, JSON.stringify(body));
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 400, code: 'INVALID_INPUT', messages: ['seconds: too big'], fields: body.fields });
  });

  it('copes with an answer that is no JSON body, keeping its text', () => {
    const error = refusalOf({ status: 502, statusText: 'Bad Gateway' }, '<html>proxy down</html>');
    expect(error).toMatchObject({ status: 502, code: null, messages: ['<html>proxy down</html>'], fields: [] });
  });
});
