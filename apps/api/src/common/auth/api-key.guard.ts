import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { KubeError, KubeErrorCode } from '@app/kube';
import { CachedAuthenticator, type Role } from '@app/store';
import { PUBLIC_ROUTE, REQUIRED_ROLES, requestOf } from './principal.decorator';

/**
 * Authenticates `Authorization: Bearer <api key>` on every route not marked @Public and
 * enforces @Roles. The tenant it finds scopes every query made for the request.
 */
@Injectable()
export class ApiKeyGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly keys: CachedAuthenticator,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets)) return true;
    const request = requestOf(context);
    const header = request.headers.authorization ?? '';
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    if (!match) {
      throw new KubeError(
        KubeErrorCode.Unauthorized,
        'missing API key: send it as "Authorization: Bearer <key>"',
      );
    }
    const principal = await this.keys.authenticate(match[1]);
    if (!principal) throw new KubeError(KubeErrorCode.Unauthorized, 'the API key is not valid');
    request.principal = principal;
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(REQUIRED_ROLES, targets);
    if (roles && !roles.includes(principal.role)) {
      throw new KubeError(
        KubeErrorCode.Forbidden,
        `this needs the ${roles.join(' or ')} role; your key has the ${principal.role} role`,
      );
    }
    return true;
  }
}
