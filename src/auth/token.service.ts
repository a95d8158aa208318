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

// Every token this server signs has an expiry and a numeric subject; one without is not ours.
const subject = z.string().regex(/^[1-9][0-9]{0,9}$/);
const expiry = z.number().int().positive();
const claimsSchema = z.discriminatedUnion('role', [
  z.object({ role: z.literal('officer'), sub: subject, username: z.string(), exp: expiry }),
  z.object({ role: z.literal('delegate'), sub: subject, delegationId: z.number().int().positive(), exp: expiry }),
]);

type WithoutExpiry<Claims> = Claims extends unknown ? Omit<Claims, 'exp'> : never;
/** What is signed; jsonwebtoken adds `exp` (and `iat`, `iss`). */
export type TokenClaims = WithoutExpiry<z.infer<typeof claimsSchema>>;

/** What a token says about its principal: a delegate token's subject is its access code. */
export function claimsFor(principal: Principal): TokenClaims {
  return principal.role === 'officer'
    ? { role: 'officer', sub: String(principal.officerId), username: principal.username }
    : { role: 'delegate', sub: String(principal.accessCodeId), delegationId: principal.delegationId };
}

type CheckedCode = Pick<AccessCodeEntity, 'id' | 'delegationId' | 'revokedAt' | 'expiresAt'>;

export interface IssuedToken {
  accessToken: string;
  expiresAt: string;
}

@Injectable()
export class TokenService {
  private readonly knownCodes = new Map<number, CheckedCode>();
  private readonly knownOfficers = new Set<number>();
  private codeChanges = 0;
  private readonly keepsRows: boolean;

  constructor(
    private readonly jwt: JwtService,
    @InjectRepository(OfficerEntity) private readonly officers: Repository<OfficerEntity>,
    @InjectRepository(AccessCodeEntity) private readonly accessCodes: Repository<AccessCodeEntity>,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {
    this.keepsRows = accessCodes.manager.connection.options.type === 'sqlite';
  }

  issue(principal: Principal): Promise<string> {
    return this.jwt.signAsync(claimsFor(principal));
  }

  /**
   * A session opened with an access code that expires ends when the code does, not a token lifetime
   * later: its sockets are then let go by the same timer as any expiring token.
   */
  async issueWithExpiry(principal: Principal, codeExpiresAtMs: number | null = null): Promise<IssuedToken> {
    let accessToken = await this.issue(principal);
    let { exp } = this.jwt.decode<{ exp: number }>(accessToken);
    if (codeExpiresAtMs !== null) {
      const codeLeftSeconds = Math.max(1, Math.ceil((codeExpiresAtMs - this.clock.now()) / 1000));
      const tokenLeftSeconds = exp - Math.floor(Date.now() / 1000);
      if (codeLeftSeconds < tokenLeftSeconds) {
        accessToken = await this.jwt.signAsync(claimsFor(principal), { expiresIn: codeLeftSeconds });
        ({ exp } = this.jwt.decode<{ exp: number }>(accessToken));
      }
    }
    return { accessToken, expiresAt: new Date(exp * 1000).toISOString() };
  }

  /** The principal a token stands for; UNAUTHENTICATED (a 401) for a bad, expired or foreign token, or a revoked or expired access code. */
  async verify(token: string): Promise<Principal> {
    let claims: unknown;
    try {
      claims = await this.jwt.verifyAsync(token);
    } catch (error) {
      const expired = (error as { name?: string }).name === 'TokenExpiredError';
      throw expired ? new DomainError('TOKEN_EXPIRED', 'Access token has expired') : invalidToken();
    }
    const parsed = claimsSchema.safeParse(claims);
    if (!parsed.success) throw invalidToken();
    const value = parsed.data;
    const principal: Principal =
      value.role === 'officer'
        ? { role: 'officer', officerId: Number(value.sub), username: value.username }
        : { role: 'delegate', accessCodeId: Number(value.sub), delegationId: value.delegationId };
    await this.assertStillValid(principal);
    return principal;
  }

  /**
   * Revoking a code must end the sessions it opened, so every request checks its code. On sqlite
   * this process is the only writer, so the rows are kept in memory and revoke() drops them; on
   * PostgreSQL another instance may revoke, so each request reads the row (one primary-key read).
   */
  private async assertStillValid(principal: Principal): Promise<void> {
    if (principal.role === 'officer') {
      if (!(await this.officerExists(principal.officerId))) throw invalidToken();
      return;
    }
    const code = await this.accessCode(principal.accessCodeId);
    if (!code || code.delegationId !== principal.delegationId) throw invalidToken();
    const status = accessCodeStatus(code, this.clock.now());
    if (status === 'revoked') throw new DomainError('ACCESS_CODE_REVOKED', 'The access code of this token has been revoked');
    if (status === 'expired') throw new DomainError('ACCESS_CODE_EXPIRED', 'The access code of this token has expired');
  }

  /** Called by every change to an access code, so that the next request reads it again. */
  forgetAccessCode(codeId: number): void {
    this.knownCodes.delete(codeId);
    this.codeChanges += 1;
  }

  /** Called when an officer is removed, so that its tokens stop working at once. */
  forgetOfficer(officerId: number): void {
    this.knownOfficers.delete(officerId);
  }

  /** When a token (already verified) stops being valid, epoch ms. */
  expiresAtMs(token: string): number {
    return this.jwt.decode<{ exp: number }>(token).exp * 1000;
  }

  /** Counts forgetAccessCode calls: a row read before a change must not be kept after it. */
  accessCodeChanges(): number {
    return this.codeChanges;
  }

  /** A code row just read to sign a delegate in, so that the delegate's first requests need no read. */
  rememberAccessCode(code: CheckedCode, changesWhenRead: number): void {
    if (this.keepsRows && changesWhenRead === this.codeChanges) this.knownCodes.set(code.id, code);
  }

  private async accessCode(codeId: number): Promise<CheckedCode | null> {
    const known = this.knownCodes.get(codeId);
    if (known) return known;
    const code = await this.accessCodes.findOne({ where: { id: codeId }, select: { id: true, delegationId: true, revokedAt: true, expiresAt: true } });
    if (code && this.keepsRows) this.knownCodes.set(codeId, code);
    return code;
  }

  // Removing an officer calls forgetOfficer: until then one that exists keeps existing.
  private async officerExists(officerId: number): Promise<boolean> {
    if (this.knownOfficers.has(officerId)) return true;
    const exists = await this.officers.existsBy({ id: officerId });
    if (exists && this.keepsRows) this.knownOfficers.add(officerId);
    return exists;
  }
}

function invalidToken(): DomainError {
  return new DomainError('TOKEN_INVALID', 'Access token is not valid');
}
