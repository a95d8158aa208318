import { ExecutionContext, HttpException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Principal } from '../auth/principal';
import { fakeClock } from '../domain/clock';
import { PrincipalRateLimitGuard, PrincipalRateLimits } from './principal-rate-limit';

const LIMITS: PrincipalRateLimits = {
  name: 'inscriptions',
  delegate: { limit: 2, windowMs: 10_000 },
  officer: { limit: 3, windowMs: 10_000 },
};
const KENYA: Principal = { role: 'delegate', delegationId: 89, accessCodeId: 1 };
const KENYA_OTHER_CODE: Principal = { role: 'delegate', delegationId: 89, accessCodeId: 2 };
const MEXICO: Principal = { role: 'delegate', delegationId: 111, accessCodeId: 3 };
const OFFICER: Principal = { role: 'officer', officerId: 1, username: 'officer' };

function setup() {
  const clock = fakeClock(0);
  const reflector = { get: () => LIMITS } as unknown as Reflector;
  const guard = new PrincipalRateLimitGuard(reflector, clock);
  const headers: Record<string, string> = {};
  const attempt = (principal: Principal | undefined) => {
    const context = {
      getHandler: () => undefined,
      switchToHttp: () => ({
        getRequest: () => ({ principal }),
        getResponse: () => ({ setHeader: (k: string, v: string) => (headers[k] = v) }),
      }),
    } as unknown as ExecutionContext;
    try {
      return guard.canActivate(context);
    } catch (error) {
      return (error as HttpException).getStatus();
    }
  };
  return { clock, attempt, headers };
}

describe('PrincipalRateLimitGuard', () => {
  it('refuses the request past the limit with 429 and Retry-After', () => {
    const { attempt, headers, clock } = setup();
    expect([attempt(KENYA), attempt(KENYA)]).toEqual([true, true]);
    clock.advance(4_000);
    expect(attempt(KENYA)).toBe(429);
    expect(headers['Retry-After']).toBe('6');
  });

  it('counts a delegation once, whichever of its codes signed the token', () => {
    const { attempt } = setup();
    attempt(KENYA);
    attempt(KENYA_OTHER_CODE);
    expect(attempt(KENYA)).toBe(429);
  });

  it('keeps a budget per delegation, and a larger one per officer', () => {
    const { attempt } = setup();
    attempt(KENYA);
    attempt(KENYA);
    expect(attempt(MEXICO)).toBe(true);
    expect([attempt(OFFICER), attempt(OFFICER), attempt(OFFICER), attempt(OFFICER)]).toEqual([true, true, true, 429]);
  });

  it('slides: each hit stops counting once it is a window old', () => {
    const { attempt, clock } = setup();
    attempt(KENYA);
    clock.advance(5_000);
    attempt(KENYA);
    clock.advance(5_000);
    expect(attempt(KENYA)).toBe(true);
    expect(attempt(KENYA)).toBe(429);
  });

  it('lets requests without a principal through (the auth guard has already ruled on them)', () => {
    const { attempt } = setup();
    expect([attempt(undefined), attempt(undefined), attempt(undefined)]).toEqual([true, true, true]);
  });
});
