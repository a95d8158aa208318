import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import type { Request } from 'express';
import type { Principal, Role } from './principal';

export const REQUIRED_ROLES = 'rostrum:required-roles';

/** Marks a route as needing one of these roles; without it a route is public. */
export const RequireRole = (...roles: Role[]) => SetMetadata(REQUIRED_ROLES, roles);

export type RequestWithPrincipal = Request & { principal?: Principal };

/** The caller of a route guarded by RequireRole. */
export const CurrentPrincipal = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Principal | undefined =>
    context.switchToHttp().getRequest<RequestWithPrincipal>().principal,
);
