/**
 * Source for the tables below: kubernetes/website
 * content/en/docs/concepts/services-networking/ingress.md — "Examples" (path matching),
 * "Multiple matches", "Hostname wildcards", "Simple fanout", "Name based virtual hosting",
 * "Ingress backed by a single Service" and "TLS". Merging and "the oldest rule wins":
 * ingress-nginx docs/how-it-works.md and internal/ingress/controller/controller.go.
 */
import { ingress, path, rule, svc } from './ingress-test-helpers';
import { matchIngressRoute } from './match-route';

const route = (url: string, ...ingresses: ReturnType<typeof ingress>[]) =>
  matchIngressRoute({ url, ingresses });

describe('several Ingresses of one class merge per host (ingress-nginx)', () => {
  const a = ingress('api', [rule('shop.test', path('/api', 'Prefix', svc('api', 8080)))], {
    created: '2024-01-01T00:00:00Z',
  });
  const b = ingress('web', [rule('shop.test', path('/', 'Prefix', svc('web', 80)))], {
    namespace: 'frontend',
    created: '2024-01-02T00:00:00Z',
  });

  it('rules for the same host from different Ingresses and namespaces are merged', () => {
    expect(route('http://shop.test/api/items', b, a)).toMatchObject({
      ingress: 'default/api',
      backend: { service: 'default/api', port: 8080 },
    });
    expect(route('http://shop.test/index.html', b, a)).toMatchObject({
      ingress: 'frontend/web',
      backend: { service: 'frontend/web', port: 80 },
    });
  });

  it('the same host and path in two Ingresses: the oldest rule wins, whatever the input order', () => {
    const older = ingress('older', [rule('shop.test', path('/api', 'Prefix', svc('v1', 80)))], {
      created: '2024-01-01T00:00:00Z',
    });
    const newer = ingress('newer', [rule('shop.test', path('/api', 'Prefix', svc('v2', 80)))], {
      created: '2024-03-01T00:00:00Z',
    });
    const result = route('http://shop.test/api', newer, older);
    expect(result.backend).toEqual({ service: 'default/v1', port: 80 });
    expect(result.reason).toContain('the oldest rule wins');
    expect(result.considered.map((c) => [c.ingress, c.outcome])).toEqual([
      ['default/older', 'selected'],
      ['default/newer', 'shadowed'],
    ]);
  });

  it('without timestamps the input (creation) order decides', () => {
    const first = ingress('first', [rule('h.test', path('/', 'Prefix', svc('one', 80)))]);
    const second = ingress('second', [rule('h.test', path('/', 'Prefix', svc('two', 80)))]);
    expect(route('http://h.test/', first, second).ingress).toBe('default/first');
    expect(route('http://h.test/', second, first).ingress).toBe('default/second');
  });
});

describe('Kubernetes Ingress docs: "Simple fanout"', () => {
  // service/networking/simple-fanout-example.yaml
  const fanout = ingress('simple-fanout-example', [
    rule(
      'foo.bar.com',
      path('/foo', 'Prefix', svc('service1', 4200)),
      path('/bar', 'Prefix', svc('service2', 8080)),
    ),
  ]);

  it.each([
    ['http://foo.bar.com/foo', 'default/service1', 4200, '/foo'],
    ['http://foo.bar.com/foo/index.html', 'default/service1', 4200, '/foo'],
    ['http://foo.bar.com/bar', 'default/service2', 8080, '/bar'],
    ['http://foo.bar.com/bar/', 'default/service2', 8080, '/bar'],
  ])('%s → %s:%d', (url, service, port, p) => {
    expect(route(url, fanout)).toMatchObject({
      matched: true,
      ingress: 'default/simple-fanout-example',
      rule: { host: 'foo.bar.com', path: p, pathType: 'Prefix' },
      backend: { service, port },
    });
  });

  it('other paths and other hosts are not matched', () => {
    expect(route('http://foo.bar.com/baz', fanout).matched).toBe(false);
    expect(route('http://foo.bar.com/foobar', fanout).matched).toBe(false);
    expect(route('http://bar.foo.com/foo', fanout).matched).toBe(false);
  });
});

describe('Kubernetes Ingress docs: "Name based virtual hosting"', () => {
  it('routes by Host header (name-virtual-host-ingress.yaml)', () => {
    const ing = ingress('name-virtual-host-ingress', [
      rule('foo.bar.com', path('/', 'Prefix', svc('service1', 80))),
      rule('bar.foo.com', path('/', 'Prefix', svc('service2', 80))),
    ]);
    expect(route('http://foo.bar.com/', ing).backend).toEqual({
      service: 'default/service1',
      port: 80,
    });
    expect(route('http://bar.foo.com/anything', ing).backend).toEqual({
      service: 'default/service2',
      port: 80,
    });
    expect(route('http://baz.bar.com/', ing).matched).toBe(false);
  });

  it('a rule without a host takes requests with any other Host (name-virtual-host-ingress-no-third-host.yaml)', () => {
    const ing = ingress('name-virtual-host-ingress-no-third-host', [
      rule('first.bar.com', path('/', 'Prefix', svc('service1', 80))),
      rule('second.bar.com', path('/', 'Prefix', svc('service2', 80))),
      rule(undefined, path('/', 'Prefix', svc('service3', 80))),
    ]);
    expect(route('http://first.bar.com/', ing).backend).toEqual({
      service: 'default/service1',
      port: 80,
    });
    expect(route('http://second.bar.com/', ing).backend).toEqual({
      service: 'default/service2',
      port: 80,
    });
    expect(route('http://178.91.123.132/', ing)).toMatchObject({
      backend: { service: 'default/service3', port: 80 },
      rule: { host: null, path: '/', pathType: 'Prefix' },
    });
  });
});

describe('seed example: /service1 and /service2 path routing', () => {
  const ing = ingress('path-routing', [
    rule(
      undefined,
      path('/service1', 'Prefix', svc('service1', 80)),
      path('/service2', 'Prefix', svc('service2', 'http')),
    ),
  ]);

  it('routes each prefix to its Service; the port is kept as written (number or name)', () => {
    expect(route('http://203.0.113.10/service1', ing).backend).toEqual({
      service: 'default/service1',
      port: 80,
    });
    expect(route('http://203.0.113.10/service2/health', ing).backend).toEqual({
      service: 'default/service2',
      port: 'http',
    });
  });

  it('anything else is a 404 from the controller', () => {
    const result = route('http://203.0.113.10/service3', ing);
    expect(result.matched).toBe(false);
    expect(result.considered.map((c) => c.outcome)).toEqual(['path-mismatch', 'path-mismatch']);
  });
});

describe('resource backends', () => {
  it('a matching path with a resource backend is reported as unsupported', () => {
    const ing = ingress('assets', [
      rule(
        undefined,
        path('/icons', 'Prefix', {
          resource: { apiGroup: 'k8s.example.com', kind: 'StorageBucket', name: 'icon-assets' },
        }),
      ),
    ]);
    const result = route('http://h/icons/a.png', ing);
    expect(result).toMatchObject({
      matched: false,
      ingress: 'default/assets',
      rule: { host: null, path: '/icons', pathType: 'Prefix' },
      backend: {
        resource: { apiGroup: 'k8s.example.com', kind: 'StorageBucket', name: 'icon-assets' },
      },
    });
    expect(result.reason).toContain('resource backend, StorageBucket "icon-assets"');
    expect(result.reason).toContain('does not support');
  });

  it('a resource defaultBackend is reported as unsupported too', () => {
    const ing = ingress('res', undefined, {
      defaultBackend: { resource: { kind: 'StorageBucket', name: 'b' } },
    });
    const result = route('http://h/', ing);
    expect(result).toMatchObject({ matched: false, viaDefaultBackend: true });
    expect(result.reason).toContain('which the sandbox does not support');
  });
});

describe('TLS in the route answer', () => {
  // service/networking/tls-example-ingress.yaml
  const tlsIngress = ingress(
    'tls-example-ingress',
    [rule('https-example.foo.com', path('/', 'Prefix', svc('service1', 80)))],
    {
      tls: [{ hosts: ['https-example.foo.com'], secretName: 'testsecret-tls' }],
    },
  );

  it('https: reports the TLS section covering the host and its Secret', () => {
    const result = route('https://https-example.foo.com/', tlsIngress);
    expect(result.tls).toEqual({
      ingress: 'default/tls-example-ingress',
      secretName: 'testsecret-tls',
      hosts: ['https-example.foo.com'],
    });
    expect(result.reason).toContain('Secret default/testsecret-tls');
    expect(result.httpsRedirect).toBeUndefined();
  });

  it('http to a TLS host: ingress-nginx redirects to https (308) unless ssl-redirect is "false"', () => {
    const result = route('http://https-example.foo.com/', tlsIngress);
    expect(result.tls).toBeUndefined();
    expect(result.httpsRedirect).toBe(true);
    const optOut = ingress('no-redirect', tlsIngress.spec.rules, {
      tls: tlsIngress.spec.tls,
      annotations: { 'nginx.ingress.kubernetes.io/ssl-redirect': 'false' },
    });
    expect(route('http://https-example.foo.com/', optOut).httpsRedirect).toBeUndefined();
  });

  it('a wildcard TLS host covers one extra label', () => {
    const ing = ingress('wild', [rule('*.apps.test', path('/', 'Prefix', svc('s', 80)))], {
      tls: [{ hosts: ['*.apps.test'], secretName: 'wildcard-tls' }],
    });
    expect(route('https://a.apps.test/', ing).tls?.secretName).toBe('wildcard-tls');
    const exact = ingress('exact', [rule('a.apps.test', path('/', 'Prefix', svc('s', 80)))], {
      tls: [{ hosts: ['*.apps.test'], secretName: 'wildcard-tls' }],
    });
    expect(route('https://a.apps.test/', exact).tls?.secretName).toBe('wildcard-tls');
  });

  it('no TLS section for the host: the default certificate', () => {
    const result = route(
      'https://foo.bar.com/foo',
      ingress('plain', [rule('foo.bar.com', path('/foo', 'Prefix', svc('s', 80)))]),
    );
    expect(result.matched).toBe(true);
    expect(result.tls).toBeUndefined();
    expect(result.reason).toContain('default (self-signed) certificate');
  });

  it('the oldest Ingress with a TLS section for the host decides, even when it does not list the host', () => {
    const older = ingress('older', [rule('h.test', path('/a', 'Prefix', svc('a', 80)))], {
      created: '2024-01-01T00:00:00Z',
      tls: [{ hosts: ['other.test'], secretName: 'other-tls' }],
    });
    const newer = ingress('newer', [rule('h.test', path('/b', 'Prefix', svc('b', 80)))], {
      created: '2024-02-01T00:00:00Z',
      tls: [{ hosts: ['h.test'], secretName: 'h-tls' }],
    });
    const result = route('https://h.test/b', newer, older);
    expect(result.tls).toBeUndefined();
    expect(result.reason).toContain(
      'Ingress default/older has a TLS section that does not list this host',
    );
  });
});

describe('URL handling', () => {
  const ing = ingress('u', [
    rule('h.test', path('/a/b', 'Exact', svc('ab', 80)), path('/', 'Prefix', svc('root', 80))),
  ]);

  it('drops query and fragment, adds http:// when the scheme is missing, normalises the path as nginx does', () => {
    expect(route('h.test/a/b?x=1#frag', ing).backend).toEqual({ service: 'default/ab', port: 80 });
    expect(route('http://h.test//a/./c/../b', ing).backend).toEqual({
      service: 'default/ab',
      port: 80,
    });
    expect(route('http://h.test/a%2Fb', ing).backend).toEqual({ service: 'default/ab', port: 80 });
    expect(route('http://h.test', ing).rule?.path).toBe('/');
    expect(route('http://user@h.test.:80/a/b', ing).backend).toEqual({
      service: 'default/ab',
      port: 80,
    });
  });

  it.each([
    '',
    'ftp://h.test/',
    'http:///a',
    'http://h.test:99999/',
    'http://h.test/../x',
    'http://h.test/%zz',
  ])('rejects %p with a reason and no candidates', (url) => {
    const result = route(url, ing);
    expect(result.matched).toBe(false);
    expect(result.reason).toMatch(/^Cannot route/);
    expect(result.considered).toEqual([]);
  });
});
