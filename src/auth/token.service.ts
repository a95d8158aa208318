import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { z } from 'zod';
import type { Clock } from '../domain/clock';
import { DomainError } from '../domain/domain-error';
import { CLOCK } from '../persistence/clock.provider';
import { AccessCodeEntity } from './access-code.entity';
import { accessCodeStatus } from './auth.mapper';
import { OfficerEntity } from './officer.entity';
import type { Principal } from './principal';

const claimsSchema = z.discriminatedUnion('role', [
  z.object({ role: z.literal('officer'), sub: z.string(), username: z.string() }),
  z.object({ role: z.literal('delegate'), sub: z.string(), delegationId: z.number().int() }),
]);

export type TokenClaims = z.infer<typeof claimsSchema>;

/** What a token says about its principal: a delegate token's subject is its access code. */
export function claimsFor(principal: Principal): TokenClaims {
  return principal.role === 'officer'
    ? { role: 'officer', sub: String(principal.officerId), username: principal.username }
    : { role: 'delegate', sub: String(principal.accessCodeId), delegationId: principal.delegationId };
}

export interface IssuedToken {
  accessToken: string;
  expiresAt: string;
}

@Injectable()
export class TokenService {
  constructor(
    private readonly jwt: JwtService,
    @InjectRepository(OfficerEntity) private readonly officers: Repository<OfficerEntity>,
    @InjectRepository(AccessCodeEntity) private readonly accessCodes: Repository<AccessCodeEntity>,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  issue(principal: Principal): Promise<string> {
    return this.jwt.signAsync(claimsFor(principal));
  }

  async issueWithExpiry(principal: Principal): Promise<IssuedToken> {
    const accessToken = await this.issue(principal);
    const { exp } = this.jwt.decode<{ exp: number }>(accessToken);
    return { accessToken, expiresAt: new Date(exp * 1000).toISOString() };
  }

  /** The principal a token stands for; UNAUTHENTICATED (a 401) for a bad, expired or foreign token, or a revoked or expired access code. */
  async verify(token: string): Promise<Principal> {
    let claims: unknown;
    try {
      claims = await this.jwt.verifyAsync(token);
    } catch (error) {
      const expired = (error as { name?: string }).name === 'TokenExpiredError';
      throw unauthenticated(expired ? 'Access token has expired' : 'Access token is not valid');
    }
    const parsed = claimsSchema.safeParse(claims);
    if (!parsed.success) throw unauthenticated('Access token is not valid');
    const value = parsed.data;
    const principal: Principal =
      value.role === 'officer'
        ? { role: 'officer', officerId: Number(value.sub), username: value.username }
        : { role: 'delegate', accessCodeId: Number(value.sub), delegationId: value.delegationId };
    await this.assertStillValid(principal);
    return principal;
  }

  // One primary-key read per request: revoking a code must end the sessions it opened.
  private async assertStillValid(principal: Principal): Promise<void> {
    if (principal.role === 'officer') {
      if (!(await this.officers.existsBy({ id: principal.officerId }))) throw unauthenticated('Access token is not valid');
      return;
    }
    const code = await this.accessCodes.findOne({
      where: { id: principal.accessCodeId },
      select: { id: true, delegationId: true, revokedAt: true, expiresAt: true },
    });
    if (!code || code.delegationId !== principal.delegationId) throw unauthenticated('Access token is not valid');
    const status = accessCodeStatus(code, this.clock.now());
    if (status === 'revoked') throw unauthenticated('The access code of this token has been revoked');
    if (status === 'expired') throw unauthenticated('The access code of this token has expired');
  }
}

function unauthenticated(message: string): DomainError {
  return new DomainError('UNAUTHENTICATED', message);
}
