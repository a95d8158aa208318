import {
  applyDecorators,
  CanActivate,
  ExecutionContext,
  Inject,
  Injectable,
  SetMetadata,
  UseGuards,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ApiTooManyRequestsResponse } from '@nestjs/swagger';
import type { Response } from 'express';
import type { Principal } from '../auth/principal';
import type { RequestWithPrincipal } from '../auth/require-role.decorator';
import type { Clock } from '../domain/clock';
import { CLOCK } from '../persistence/clock.provider';
import { RedisConnection } from '../persistence/redis-connection';
import { httpError } from './domain-exception.filter';
import { HitCounter, MemoryHitCounter, RedisHitCounter } from './principal-hit-counter';
import { ErrorBodyDto } from '../openapi/response-dtos';

export interface RateLimit {
  /** Requests allowed in any window; the next one is refused with 429. */
  limit: number;
  windowMs: number;
}

/** A named budget per principal: delegates are counted per delegation, officers per account. */
export interface PrincipalRateLimits {
  name: string;
  delegate: RateLimit;
  officer: RateLimit;
}

// A delegate inscribes a handful of times a meeting; 30 in 10 s is only ever a script. Officers keep
// the list for everyone, so theirs is a flood backstop only.
export const INSCRIPTION_RATE: PrincipalRateLimits = {
  name: 'inscriptions',
  delegate: { limit: 30, windowMs: 10_000 },
  officer: { limit: 300, windowMs: 10_000 },
};

const RATE_LIMITS = 'rostrum:principal-rate-limits';

/**
 * Counts requests per principal (not per address: a venue's wifi puts many delegations behind one) on
 * the injected clock; in Redis when it is configured, so every instance counts the same requests.
 */
@Injectable()
export class PrincipalRateLimitGuard implements CanActivate {
  private readonly counter: HitCounter;

  constructor(
    private readonly reflector: Reflector,
    @Inject(CLOCK) private readonly clock: Clock,
    redis: RedisConnection,
  ) {
    this.counter = redis.client ? new RedisHitCounter(redis.client) : new MemoryHitCounter();
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const limits = this.reflector.get<PrincipalRateLimits | undefined>(RATE_LIMITS, context.getHandler());
    const principal = context.switchToHttp().getRequest<RequestWithPrincipal>().principal;
    // The global AuthGuard ran first: a route without a principal is public or already refused.
    if (!limits || !principal) return true;
    const { limit, windowMs } = principal.role === 'officer' ? limits.officer : limits.delegate;
    const key = `${limits.name} ${principalKey(principal)}`;
    const waitMs = await this.counter.hit(key, this.clock.now(), limit, windowMs);
    if (waitMs > 0) {
      const retryAfterSeconds = Math.max(1, Math.ceil(waitMs / 1000));
      context.switchToHttp().getResponse<Response>().setHeader('Retry-After', String(retryAfterSeconds));
      const who = principal.role === 'officer' ? 'account' : 'delegation';
      throw httpError('TOO_MANY_REQUESTS', `Too many ${limits.name} from this ${who}: try again in ${retryAfterSeconds} seconds`);
    }
    return true;
  }
}

function principalKey(principal: Principal): string {
  return principal.role === 'officer' ? `officer:${principal.officerId}` : `delegation:${principal.delegationId}`;
}

/** Limits a route per principal, answering 429 in the app's error shape with Retry-After. */
export const LimitPerPrincipal = (limits: PrincipalRateLimits) =>
  applyDecorators(
    SetMetadata(RATE_LIMITS, limits),
    UseGuards(PrincipalRateLimitGuard),
    ApiTooManyRequestsResponse({
      type: ErrorBodyDto,
      description:
        `More than ${limits.delegate.limit} ${limits.name} in ${limits.delegate.windowMs / 1000} s from one delegation ` +
        `(officers: ${limits.officer.limit}); see Retry-After`,
    }),
  );
