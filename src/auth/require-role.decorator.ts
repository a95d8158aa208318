import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import type { Request } from 'express';
import type { Principal, Role } from './principal';

export const REQUIRED_ROLES = 'rostrum:required-roles';
export const IGNORES_ACCESS_TOKEN = 'rostrum:ignores-access-token';

/** Marks a route as needing one of these roles; without it a route is public. */
export const RequireRole = (...roles: Role[]) => SetMetadata(REQUIRED_ROLES, roles);

/** For the sign-in routes: a stale token a client still sends must not stop it signing in again. */
export const IgnoreAccessToken = () => SetMetadata(IGNORES_ACCESS_TOKEN, true);

export type RequestWithPrincipal = Request & { principal?: Principal };

/** The caller of a route guarded by RequireRole. */
export const CurrentPrincipal = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Principal | undefined =>
    context.switchToHttp().getRequest<RequestWithPrincipal>().principal,
);
