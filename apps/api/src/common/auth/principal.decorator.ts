import { createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Principal, Role } from '@app/store';
import type { Request } from 'express';

export const PUBLIC_ROUTE = 'kns:public';
export const REQUIRED_ROLES = 'kns:roles';

/** No API key needed (health checks, docs, the playground page). */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(PUBLIC_ROUTE, true);

/** Only callers with one of these roles. */
export const Roles = (...roles: Role[]): MethodDecorator & ClassDecorator =>
  SetMetadata(REQUIRED_ROLES, roles);

export type AuthenticatedRequest = Request & { principal?: Principal };

/** The request behind a REST or GraphQL call. */
export function requestOf(context: ExecutionContext): AuthenticatedRequest {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<{ req: AuthenticatedRequest }>().req;
  }
  return context.switchToHttp().getRequest<AuthenticatedRequest>();
}

/** The authenticated caller (set by ApiKeyGuard). */
export const CurrentPrincipal = createParamDecorator(
  (_: unknown, context: ExecutionContext): Principal => requestOf(context).principal as Principal,
);

/** The API key the caller presented (kubeconfigs hand it to kubectl as the bearer token). */
export const BearerToken = createParamDecorator(
  (_: unknown, context: ExecutionContext): string =>
    /^Bearer\s+(\S+)/i.exec(requestOf(context).headers.authorization ?? '')?.[1] ?? '',
);

/** The caller's User-Agent: a write's default field manager is named after it, as upstream. */
export const UserAgent = createParamDecorator(
  (_: unknown, context: ExecutionContext): string => requestOf(context).headers['user-agent'] ?? '',
);
