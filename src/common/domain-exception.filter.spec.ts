import { BadRequestException, ConflictException, HttpException, NotFoundException, UnauthorizedException } from '@nestjs/common';
import { DomainError, invalidField, invalidInput } from '../domain/domain-error';
import { AppExceptionFilter, toHttpException } from './domain-exception.filter';

const body = (http: HttpException) => http.getResponse() as Record<string, unknown>;
/** Nest's body before codes existed, which every answer keeps field for field. */
const nestBody = (http: HttpException) => ({ status: http.getStatus(), body: http.getResponse() });
const withoutCode = (http: HttpException) => {
  const { code: _code, fields: _fields, ...rest } = body(http);
  return { status: http.getStatus(), body: rest };
};

describe('toHttpException', () => {
  it('keeps the 401 UnauthorizedException gave and adds the code', () => {
    const http = toHttpException(new DomainError('TOKEN_EXPIRED', 'Access token has expired'));
    expect(withoutCode(http)).toEqual(nestBody(new UnauthorizedException('Access token has expired')));
    expect(body(http)).toEqual({ statusCode: 401, error: 'Unauthorized', message: 'Access token has expired', code: 'TOKEN_EXPIRED' });
  });

  it('answers a plain "field: problem" 400 with a one-item message and that field', () => {
    const http = toHttpException(new DomainError('INVALID_INPUT', 'expiresAt: must be in the future'));
    expect(withoutCode(http)).toEqual(nestBody(new BadRequestException(['expiresAt: must be in the future'])));
    expect(body(http).fields).toEqual([{ field: 'expiresAt', code: 'INVALID', message: 'must be in the future' }]);
  });

  it('lists every problem of invalidInput in order, each field with its code', () => {
    const error = invalidInput([{ field: 'startsAt', code: 'INVALID_TIME', message: 'is not a time' }, 'room: no room named "X"']);
    const http = toHttpException(error);
    expect(body(http)).toEqual({
      statusCode: 400,
      error: 'Bad Request',
      message: ['startsAt: is not a time', 'room: no room named "X"'],
      code: 'INVALID_INPUT',
      fields: [
        { field: 'startsAt', code: 'INVALID_TIME', message: 'is not a time' },
        { field: 'room', code: 'INVALID', message: 'no room named "X"' },
      ],
    });
  });

  it('keeps a rule’s message as written while naming its field', () => {
    const http = toHttpException(invalidField('position', 'OUT_OF_RANGE', 'position must be a whole number from 1 to 3, got 9'));
    expect(body(http)).toMatchObject({
      message: ['position must be a whole number from 1 to 3, got 9'],
      fields: [{ field: 'position', code: 'OUT_OF_RANGE', message: 'position must be a whole number from 1 to 3, got 9' }],
    });
  });

  it('keeps the 404 and 409 bodies, with the specific code', () => {
    const notFound = toHttpException(new DomainError('MEETING_NOT_FOUND', 'Meeting 9 not found'));
    expect(withoutCode(notFound)).toEqual(nestBody(new NotFoundException('Meeting 9 not found')));
    expect(body(notFound).code).toBe('MEETING_NOT_FOUND');
    const closed = toHttpException(new DomainError('LIST_CLOSED', 'The list of speakers is closed'));
    expect(withoutCode(closed)).toEqual(nestBody(new ConflictException('The list of speakers is closed')));
    expect(body(closed).code).toBe('LIST_CLOSED');
  });
});

describe('AppExceptionFilter.toHttp', () => {
  const filter = new AppExceptionFilter();

  it('codes Nest’s 404 for an unknown route', () => {
    expect(body(filter.toHttp(new NotFoundException('Cannot GET /api/nope')))).toEqual({
      statusCode: 404,
      error: 'Not Found',
      message: 'Cannot GET /api/nope',
      code: 'ROUTE_NOT_FOUND',
    });
  });

  it('names the body of a JSON syntax error as a field', () => {
    const http = filter.toHttp(new BadRequestException('Unexpected token } in JSON at position 9'));
    expect(body(http)).toMatchObject({ code: 'INVALID_INPUT', fields: [{ field: 'body', code: 'INVALID_JSON' }] });
  });

  it('gives an HttpException no throw site coded the generic code of its status, keeping its other fields', () => {
    const http = filter.toHttp(new HttpException({ statusCode: 409, error: 'Conflict', message: 'taken', extra: 1 }, 409));
    expect(body(http)).toEqual({ statusCode: 409, error: 'Conflict', message: 'taken', extra: 1, code: 'CONFLICT' });
  });
});
