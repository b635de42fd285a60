import { createHash } from 'node:crypto';
import type { Request } from 'express';

/** The bearer token of a request, or undefined (the guard answers 401 for those). */
export function bearerTokenOf(req: Request): string | undefined {
  return /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '')?.[1];
}

/**
 * The limiter key of an API key: a hash, so neither the table nor a log line ever holds a key.
 * A different digest from the one TenantRepository stores, so a limiter row cannot be joined
 * to an api_keys row.
 */
export function limiterKeyOf(token: string): string {
  return createHash('sha256').update(`rate-limit:${token}`).digest('hex');
}

/** The client address the back-off counts against (Express's view, behind proxies as configured). */
export function clientAddressOf(req: Request): string {
  return req.ip ?? req.socket.remoteAddress ?? 'unknown';
}
