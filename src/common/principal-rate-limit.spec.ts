import { ExecutionContext, HttpException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Principal } from '../auth/principal';
import { fakeClock } from '../domain/clock';
import type { RedisConnection } from '../persistence/redis-connection';
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
  const guard = new PrincipalRateLimitGuard(reflector, clock, { client: null } as RedisConnection);
  const headers: Record<string, string> = {};
  const attempt = async (principal: Principal | undefined) => {
    const context = {
      getHandler: () => undefined,
      switchToHttp: () => ({
        getRequest: () => ({ principal }),
        getResponse: () => ({ setHeader: (k: string, v: string) => (headers[k] = v) }),
      }),
    } as unknown as ExecutionContext;
    try {
      return await guard.canActivate(context);
    } catch (error) {
      return (error as HttpException).getStatus();
    }
  };
  return { clock, attempt, headers };
}

describe('PrincipalRateLimitGuard', () => {
  it('refuses the request past the limit with 429 and Retry-After', async () => {
    const { attempt, headers, clock } = setup();
    expect([await attempt(KENYA), await attempt(KENYA)]).toEqual([true, true]);
    clock.advance(4_000);
    expect(await attempt(KENYA)).toBe(429);
    expect(headers['Retry-After']).toBe('6');
  });

  it('counts a delegation once, whichever of its codes signed the token', async () => {
    const { attempt } = setup();
    await attempt(KENYA);
    await attempt(KENYA_OTHER_CODE);
    expect(await attempt(KENYA)).toBe(429);
  });

  it('keeps a budget per delegation, and a larger one per officer', async () => {
    const { attempt } = setup();
    await attempt(KENYA);
    await attempt(KENYA);
    expect(await attempt(MEXICO)).toBe(true);
    expect([await attempt(OFFICER), await attempt(OFFICER), await attempt(OFFICER), await attempt(OFFICER)]).toEqual([true, true, true, 429]);
  });

  it('slides: each hit stops counting once it is a window old', async () => {
    const { attempt, clock } = setup();
    await attempt(KENYA);
    clock.advance(5_000);
    await attempt(KENYA);
    clock.advance(5_000);
    expect(await attempt(KENYA)).toBe(true);
    expect(await attempt(KENYA)).toBe(429);
  });

  it('lets requests without a principal through (the auth guard has already ruled on them)', async () => {
    const { attempt } = setup();
    expect([await attempt(undefined), await attempt(undefined), await attempt(undefined)]).toEqual([true, true, true]);
  });
});
