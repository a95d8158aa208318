import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { DomainError } from '../domain/domain-error';
import type { Role } from './principal';
import { IGNORES_ACCESS_TOKEN, REQUIRED_ROLES, RequestWithPrincipal } from './require-role.decorator';
import { TokenService } from './token.service';

/**
 * Global: reads the bearer token when present (a bad, expired or revoked one is 401 anywhere, so a
 * client learns at once that its session ended), enforces RequireRole.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean | undefined>(IGNORES_ACCESS_TOKEN, targets)) return true;
    const request = context.switchToHttp().getRequest<RequestWithPrincipal>();
    const header = request.headers.authorization;
    if (header !== undefined) {
      const match = /^Bearer\s+(\S+)$/i.exec(header);
      if (!match) throw new DomainError('AUTH_HEADER_INVALID', 'Authorization header must be "Bearer <accessToken>"');
      request.principal = await this.tokens.verify(match[1]);
    }
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(REQUIRED_ROLES, targets);
    if (!roles || roles.length === 0) return true;
    if (!request.principal) throw new DomainError('NOT_SIGNED_IN', 'Sign in first: this action needs an access token');
    if (!roles.includes(request.principal.role)) {
      throw new DomainError('ROLE_REQUIRED', `This action is for ${roles.map((role) => `${role}s`).join(' or ')} only`);
    }
    return true;
  }
}
