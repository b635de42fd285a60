import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Request } from 'express';
import type { Params } from 'nestjs-pino';
import { stdTimeFunctions } from 'pino';
import type { AppConfig } from '../../config/app-config';
import type { AuthenticatedRequest } from '../auth/principal.decorator';
import { requestIdOf } from '../http/request-id';

/** API keys (`kns_…`) must never reach a log line, whatever carries them. */
const KEY_IN_TEXT = /kns_[A-Za-z0-9_-]+/g;
export const redactKeys = (text: string): string => text.replace(KEY_IN_TEXT, 'kns_[REDACTED]');

/** Probes and scrapes every few seconds would drown the log. */
const QUIET_PATHS = new Set(['/healthz', '/readyz', '/metrics']);

/**
 * nestjs-pino (pino-http) settings: one JSON line per request with its id (echoed as
 * X-Request-Id), route template, status, duration and the caller's tenant and key id;
 * Authorization, cookies and keys in URLs redacted; 2xx/3xx at info, 4xx at debug (a learner's
 * mistake is not an operator's problem), 5xx at error.
 */
export function requestLoggingParams(config: AppConfig): Params {
  return {
    pinoHttp: {
      level: config.logLevel,
      // `"level":"info"` and ISO times: readable with jq and by log shippers alike.
      formatters: { level: (label: string) => ({ level: label }) },
      timestamp: stdTimeFunctions.isoTime,
      // assignRequestId (create-app.ts) ran first: log under the id the response carries.
      genReqId: (req: IncomingMessage) => requestIdOf(req as Request) || randomUUID(),
      customLogLevel: (_req, res, error) =>
        error || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'debug' : 'info',
      // pino-http invents an Error (with a stack) for every 5xx; only a real one is worth printing.
      customErrorObject: (_req, res, error, fields: Record<string, unknown>) =>
        error.message === `failed with status code ${res.statusCode}`
          ? { ...fields, err: undefined }
          : fields,
      autoLogging: {
        ignore: (req) => QUIET_PATHS.has((req.url ?? '').split('?')[0]),
      },
      // Evaluated when the answer is sent, once the route and the caller are known (the req
      // serializer runs at arrival, when neither is).
      customProps: (req) => {
        const { principal, route } = req as unknown as AuthenticatedRequest & {
          route?: { path?: string };
        };
        return {
          ...(typeof route?.path === 'string' && route.path !== '/{*path}'
            ? { route: route.path }
            : {}),
          ...(principal ? { tenant: principal.tenantId, apiKey: principal.keyId } : {}),
        };
      },
      redact: {
        paths: ['req.headers.authorization', 'req.headers.cookie'],
        censor: '[REDACTED]',
      },
      serializers: {
        req: (req: {
          id: string;
          method: string;
          url: string;
          headers: Record<string, unknown>;
        }) => ({
          id: req.id,
          method: req.method,
          url: redactKeys(req.url ?? ''),
          userAgent: req.headers['user-agent'],
        }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
    },
  };
}
