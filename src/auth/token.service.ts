import { Injectable, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { z } from 'zod';
import type { Principal } from './principal';

const claimsSchema = z.discriminatedUnion('role', [
  z.object({ role: z.literal('officer'), sub: z.string(), username: z.string() }),
  z.object({ role: z.literal('delegate'), sub: z.string(), delegationId: z.number().int() }),
]);

@Injectable()
export class TokenService {
  constructor(private readonly jwt: JwtService) {}

  issue(principal: Principal): Promise<string> {
    return principal.role === 'officer'
      ? this.jwt.signAsync({ role: 'officer', sub: String(principal.officerId), username: principal.username })
      : this.jwt.signAsync({ role: 'delegate', sub: String(principal.accessCodeId), delegationId: principal.delegationId });
  }

  /** The principal a token stands for; 401 for a bad, expired or foreign token. */
  async verify(token: string): Promise<Principal> {
    let claims: unknown;
    try {
      claims = await this.jwt.verifyAsync(token);
    } catch (error) {
      const expired = (error as { name?: string }).name === 'TokenExpiredError';
      throw new UnauthorizedException(expired ? 'Access token has expired' : 'Access token is not valid');
    }
    const parsed = claimsSchema.safeParse(claims);
    if (!parsed.success) throw new UnauthorizedException('Access token is not valid');
    const value = parsed.data;
    return value.role === 'officer'
      ? { role: 'officer', officerId: Number(value.sub), username: value.username }
      : { role: 'delegate', accessCodeId: Number(value.sub), delegationId: value.delegationId };
  }
}
