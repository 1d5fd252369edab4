import { CanActivate, ExecutionContext, Injectable, SetMetadata, UseGuards, applyDecorators, createParamDecorator } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ApiBearerAuth, ApiCookieAuth } from '@nestjs/swagger';
import { Request } from 'express';
import { StaffRole } from '@regflow/contracts';
import { ApiError, ApiErrors } from '../../http/openapi';
import { authErrors } from './auth.errors';
import { AuthService } from './auth.service';
import { hasAnyRole, StaffPrincipal } from './staff-principal';

export const SESSION_COOKIE = 'regflow_session';
const ROLES = 'regflow:roles';

type AuthenticatedRequest = Request & { principal?: StaffPrincipal };

/** The session token of a request: `Authorization: Bearer …` or the session cookie. */
export function sessionToken(request: Request): string | undefined {
  const bearer = request.header('authorization')?.match(/^Bearer (\S+)$/)?.[1];
  if (bearer) return bearer;
  const cookie = request.header('cookie')?.split(/;\s*/).find((part) => part.startsWith(`${SESSION_COOKIE}=`));
  return cookie?.slice(SESSION_COOKIE.length + 1) || undefined;
}

@Injectable()
export class StaffAuthGuard implements CanActivate {
  constructor(
    private readonly auth: AuthService,
    private readonly reflector: Reflector,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const token = sessionToken(request);
    const principal = token ? await this.auth.principalFor(token) : undefined;
    if (!principal) throw authErrors.notSignedIn();
    const roles = this.reflector.getAllAndOverride<readonly StaffRole[]>(ROLES, [context.getHandler(), context.getClass()]) ?? [];
    if (roles.length > 0 && !hasAnyRole(principal, roles)) throw authErrors.forbidden(roles);
    request.principal = principal;
    return true;
  }
}

/** Staff only; with roles, only staff holding one of them. */
export function StaffOnly(...roles: StaffRole[]) {
  return applyDecorators(
    SetMetadata(ROLES, roles),
    UseGuards(StaffAuthGuard),
    ApiCookieAuth(SESSION_COOKIE),
    ApiBearerAuth(),
    ApiErrors(401),
    ...(roles.length > 0 ? [ApiError(403, `signed in without any of these roles: ${roles.join(', ')}`)] : []),
  );
}

/** The signed-in member of staff (after `StaffOnly`). */
export const CurrentStaff = createParamDecorator((_data: unknown, context: ExecutionContext): StaffPrincipal => {
  const principal = context.switchToHttp().getRequest<AuthenticatedRequest>().principal;
  if (!principal) throw authErrors.notSignedIn();
  return principal;
});
