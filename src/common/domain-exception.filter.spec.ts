import { BadRequestException, ConflictException, HttpException, NotFoundException, UnauthorizedException } from '@nestjs/common';
import { DomainError, invalidInput } from '../domain/domain-error';
import { toHttpException } from './domain-exception.filter';

/** Status and body exactly as they leave (JSON text, so key order and string-or-array count too). */
const wire = (http: HttpException) => ({ status: http.getStatus(), body: JSON.stringify(http.getResponse()) });

describe('toHttpException', () => {
  it('maps UNAUTHENTICATED to the 401 UnauthorizedException gave, message a string', () => {
    const http = toHttpException(new DomainError('UNAUTHENTICATED', 'Access token has expired'));
    expect(http).toBeInstanceOf(UnauthorizedException);
    expect(wire(http)).toEqual(wire(new UnauthorizedException('Access token has expired')));
    expect(http.getResponse()).toEqual({ statusCode: 401, error: 'Unauthorized', message: 'Access token has expired' });
  });

  it('maps INVALID_INPUT with one problem to a 400 whose message is a one-item array', () => {
    const http = toHttpException(new DomainError('INVALID_INPUT', 'expiresAt: must be in the future'));
    expect(wire(http)).toEqual(wire(new BadRequestException(['expiresAt: must be in the future'])));
  });

  it('maps INVALID_INPUT carrying several messages to a 400 listing every one, in order', () => {
    const problems = ['startsAt: is not a time', 'room: no room named "X"'];
    const error = invalidInput(problems);
    expect(error.code).toBe('INVALID_INPUT');
    const http = toHttpException(error);
    expect(wire(http)).toEqual(wire(new BadRequestException(problems)));
    expect(http.getResponse()).toEqual({ statusCode: 400, error: 'Bad Request', message: problems });
  });

  it('keeps the 404 and 409 bodies', () => {
    expect(wire(toHttpException(new DomainError('NOT_FOUND', 'Meeting 9 not found')))).toEqual(
      wire(new NotFoundException('Meeting 9 not found')),
    );
    expect(wire(toHttpException(new DomainError('STALE_VERSION', 'Meeting 9 has changed')))).toEqual(
      wire(new ConflictException('Meeting 9 has changed')),
    );
  });
});
