import type { IncomingMessage } from 'node:http';
import { loadConfig } from '../../config/app-config';
import { redactKeys, requestLoggingParams } from './request-logging';

type Options = {
  customLogLevel: (req: unknown, res: { statusCode: number }, error?: Error) => string;
  serializers: { req: (req: unknown) => Record<string, unknown> };
  customProps: (req: unknown) => Record<string, unknown>;
  genReqId: (req: IncomingMessage) => string;
};

describe('request logging', () => {
  const options = requestLoggingParams(loadConfig({})).pinoHttp as unknown as Options;

  it('logs 2xx at info, 4xx at debug, 5xx and failures at error', () => {
    expect(options.customLogLevel({}, { statusCode: 200 })).toBe('info');
    expect(options.customLogLevel({}, { statusCode: 404 })).toBe('debug');
    expect(options.customLogLevel({}, { statusCode: 422 })).toBe('debug');
    expect(options.customLogLevel({}, { statusCode: 503 })).toBe('error');
    expect(options.customLogLevel({}, { statusCode: 200 }, new Error('x'))).toBe('error');
  });

  it('never prints an API key or the Authorization header, and names the route template', () => {
    const line = options.serializers.req({
      id: 'r1',
      method: 'GET',
      url: '/v1/clusters/abc/kubeconfig?token=kns_abcDEF123_-x',
      headers: { authorization: 'Bearer kns_secret', 'user-agent': 'kubectl/v1.32' },
    });
    expect(JSON.stringify(line)).not.toMatch(/kns_(abc|secret)/);
    expect(line).toEqual({
      id: 'r1',
      method: 'GET',
      url: '/v1/clusters/abc/kubeconfig?token=kns_[REDACTED]',
      userAgent: 'kubectl/v1.32',
    });
    expect(redactKeys('a kns_x and kns_y')).toBe('a kns_[REDACTED] and kns_[REDACTED]');
  });

  it('adds the route template and the tenant and key of an authenticated request', () => {
    expect(
      options.customProps({
        principal: { tenantId: 't1', keyId: 'k1' },
        route: { path: '/v1/clusters/:id/kubeconfig' },
      }),
    ).toEqual({ tenant: 't1', apiKey: 'k1', route: '/v1/clusters/:id/kubeconfig' });
    expect(options.customProps({ route: { path: '/{*path}' } })).toEqual({});
    expect(options.customProps({})).toEqual({});
  });

  it('logs under the id assignRequestId gave the request, so log lines and X-Request-Id agree', () => {
    const req = (requestId?: string) => ({ headers: {}, requestId }) as unknown as IncomingMessage;
    expect(options.genReqId(req('abc-1'))).toBe('abc-1');
    expect(options.genReqId(req())).toMatch(/^[0-9a-f-]{36}$/);
  });
});
