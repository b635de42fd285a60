/**
 * Source for the tables below: kubernetes/website
 * content/en/docs/concepts/services-networking/ingress.md — "Examples" (path matching),
 * "Multiple matches", "Hostname wildcards", "Simple fanout", "Name based virtual hosting",
 * "Ingress backed by a single Service" and "TLS". Merging and "the oldest rule wins":
 * ingress-nginx docs/how-it-works.md and internal/ingress/controller/controller.go.
 */
import type { PathType } from '@app/kube';
import { ingress, path, rule, svc } from './ingress-test-helpers';
import { matchIngressHost, matchIngressPath, matchIngressRoute } from './match-route';

const route = (url: string, ...ingresses: ReturnType<typeof ingress>[]) =>
  matchIngressRoute({ url, ingresses });

describe('Kubernetes Ingress docs: path matching "Examples" table (every row)', () => {
  type Row = {
    kind: string;
    paths: Array<[string, PathType]>;
    request: string;
    winner: [string, PathType] | null;
  };
  const rows: Row[] = [];
  const add = (
    kind: string,
    paths: Array<[string, PathType]>,
    requests: string[],
    winner: [string, PathType] | null,
  ) => {
    for (const request of requests) rows.push({ kind, paths, request, winner });
  };
  // | Prefix | `/` | (all paths) | Yes |
  add(
    'Prefix',
    [['/', 'Prefix']],
    ['/', '/foo', '/foo/', '/aaa/bbb/ccc', '/x.html'],
    ['/', 'Prefix'],
  );
  // | Exact | `/foo` | `/foo` | Yes |
  add('Exact', [['/foo', 'Exact']], ['/foo'], ['/foo', 'Exact']);
  // | Exact | `/foo` | `/bar` | No |
  add('Exact', [['/foo', 'Exact']], ['/bar'], null);
  // | Exact | `/foo` | `/foo/` | No |
  add('Exact', [['/foo', 'Exact']], ['/foo/'], null);
  // | Exact | `/foo/` | `/foo` | No |
  add('Exact', [['/foo/', 'Exact']], ['/foo'], null);
  // | Prefix | `/foo` | `/foo`, `/foo/` | Yes |
  add('Prefix', [['/foo', 'Prefix']], ['/foo', '/foo/'], ['/foo', 'Prefix']);
  // | Prefix | `/foo/` | `/foo`, `/foo/` | Yes |
  add('Prefix', [['/foo/', 'Prefix']], ['/foo', '/foo/'], ['/foo/', 'Prefix']);
  // | Prefix | `/aaa/bb` | `/aaa/bbb` | No |
  add('Prefix', [['/aaa/bb', 'Prefix']], ['/aaa/bbb'], null);
  // | Prefix | `/aaa/bbb` | `/aaa/bbb` | Yes |
  add('Prefix', [['/aaa/bbb', 'Prefix']], ['/aaa/bbb'], ['/aaa/bbb', 'Prefix']);
  // | Prefix | `/aaa/bbb/` | `/aaa/bbb` | Yes, ignores trailing slash |
  add('Prefix', [['/aaa/bbb/', 'Prefix']], ['/aaa/bbb'], ['/aaa/bbb/', 'Prefix']);
  // | Prefix | `/aaa/bbb` | `/aaa/bbb/` | Yes, matches trailing slash |
  add('Prefix', [['/aaa/bbb', 'Prefix']], ['/aaa/bbb/'], ['/aaa/bbb', 'Prefix']);
  // | Prefix | `/aaa/bbb` | `/aaa/bbb/ccc` | Yes, matches subpath |
  add('Prefix', [['/aaa/bbb', 'Prefix']], ['/aaa/bbb/ccc'], ['/aaa/bbb', 'Prefix']);
  // | Prefix | `/aaa/bbb` | `/aaa/bbbxyz` | No, does not match string prefix |
  add('Prefix', [['/aaa/bbb', 'Prefix']], ['/aaa/bbbxyz'], null);
  // | Prefix | `/`, `/aaa` | `/aaa/ccc` | Yes, matches `/aaa` prefix |
  add(
    'Prefix',
    [
      ['/', 'Prefix'],
      ['/aaa', 'Prefix'],
    ],
    ['/aaa/ccc'],
    ['/aaa', 'Prefix'],
  );
  // | Prefix | `/`, `/aaa`, `/aaa/bbb` | `/aaa/bbb` | Yes, matches `/aaa/bbb` prefix |
  add(
    'Prefix',
    [
      ['/', 'Prefix'],
      ['/aaa', 'Prefix'],
      ['/aaa/bbb', 'Prefix'],
    ],
    ['/aaa/bbb'],
    ['/aaa/bbb', 'Prefix'],
  );
  // | Prefix | `/`, `/aaa`, `/aaa/bbb` | `/ccc` | Yes, matches `/` prefix |
  add(
    'Prefix',
    [
      ['/', 'Prefix'],
      ['/aaa', 'Prefix'],
      ['/aaa/bbb', 'Prefix'],
    ],
    ['/ccc'],
    ['/', 'Prefix'],
  );
  // | Prefix | `/aaa` | `/ccc` | No, uses default backend |
  add('Prefix', [['/aaa', 'Prefix']], ['/ccc'], null);
  // | Mixed | `/foo` (Prefix), `/foo` (Exact) | `/foo` | Yes, prefers Exact |
  add(
    'Mixed',
    [
      ['/foo', 'Prefix'],
      ['/foo', 'Exact'],
    ],
    ['/foo'],
    ['/foo', 'Exact'],
  );

  it.each(rows)('$kind $paths, request $request → $winner', ({ paths, request, winner }) => {
    const ing = ingress('docs-example', [
      rule(undefined, ...paths.map(([p, t], i) => path(p, t, svc(`backend-${i}`, 80)))),
    ]);
    const result = route(`http://203.0.113.10${request}`, ing);
    if (winner === null) {
      expect(result.matched).toBe(false);
      expect(result.reason).toContain("the controller's default backend answers 404");
      return;
    }
    expect(result.matched).toBe(true);
    expect(result.rule).toEqual({ host: null, path: winner[0], pathType: winner[1] });
    const index = paths.findIndex(([p, t]) => p === winner[0] && t === winner[1]);
    expect(result.backend).toEqual({ service: `default/backend-${index}`, port: 80 });
  });

  it('"No, uses default backend": an Ingress with only a defaultBackend catches what the rules miss', () => {
    const rules = ingress('rules', [rule(undefined, path('/aaa', 'Prefix', svc('aaa', 80)))], {
      created: '2024-01-01T00:00:00Z',
    });
    const catchAll = ingress('catch-all', undefined, {
      created: '2024-01-02T00:00:00Z',
      defaultBackend: svc('fallback', 80),
    });
    const result = route('http://203.0.113.10/ccc', rules, catchAll);
    expect(result).toMatchObject({
      matched: true,
      viaDefaultBackend: true,
      ingress: 'default/catch-all',
      backend: { service: 'default/fallback', port: 80 },
      rule: { host: null, path: null, pathType: null },
    });
  });
});

describe('Kubernetes Ingress docs: "Hostname wildcards" table', () => {
  // service/networking/ingress-wildcard-host.yaml
  const wildcardIngress = ingress('ingress-wildcard-host', [
    rule('foo.bar.com', path('/bar', 'Prefix', svc('service1', 80))),
    rule('*.foo.com', path('/foo', 'Prefix', svc('service2', 80))),
  ]);

  it.each([
    ['*.foo.com', 'bar.foo.com', 'wildcard'],
    ['*.foo.com', 'baz.bar.foo.com', null],
    ['*.foo.com', 'foo.com', null],
  ])('host %s, Host header %s → %s', (ruleHost, header, expected) => {
    expect(matchIngressHost(ruleHost, header)).toBe(expected);
  });

  it('bar.foo.com matches based on shared suffix', () => {
    const result = route('http://bar.foo.com/foo', wildcardIngress);
    expect(result).toMatchObject({
      matched: true,
      rule: { host: '*.foo.com', path: '/foo', pathType: 'Prefix' },
      backend: { service: 'default/service2', port: 80 },
    });
  });

  it('baz.bar.foo.com: no match, the wildcard only covers a single DNS label', () => {
    const result = route('http://baz.bar.foo.com/foo', wildcardIngress);
    expect(result.matched).toBe(false);
    expect(result.considered.find((c) => c.host === '*.foo.com')?.outcome).toBe('host-mismatch');
  });

  it('foo.com: no match, the wildcard only covers a single DNS label', () => {
    expect(route('http://foo.com/foo', wildcardIngress).matched).toBe(false);
  });

  it('exact host matching is case-insensitive and ignores the port', () => {
    const result = route('http://FOO.Bar.COM:8080/bar', wildcardIngress);
    expect(result.backend).toEqual({ service: 'default/service1', port: 80 });
    expect(matchIngressHost('Foo.Bar.com', 'foo.bar.com')).toBe('exact');
    expect(matchIngressHost('*.foo.com', 'BAR.FOO.COM')).toBe('wildcard');
  });
});

describe('host precedence: exact, then wildcard, then rules without a host', () => {
  const ing = ingress('precedence', [
    rule(undefined, path('/', 'Prefix', svc('any-host', 80))),
    rule('*.example.com', path('/', 'Prefix', svc('wildcard', 80))),
    rule('app.example.com', path('/app', 'Prefix', svc('exact', 80))),
  ]);

  it('an exact host rule wins over a wildcard and a host-less one', () => {
    const result = route('http://app.example.com/app/x', ing);
    expect(result.backend).toEqual({ service: 'default/exact', port: 80 });
    const outcomes = Object.fromEntries(
      result.considered.map((c) => [c.host ?? '(none)', c.outcome]),
    );
    expect(outcomes).toEqual({
      '(none)': 'host-not-selected',
      '*.example.com': 'host-not-selected',
      'app.example.com': 'selected',
    });
  });

  it('a wildcard host rule wins over a host-less one', () => {
    expect(route('http://web.example.com/', ing).backend).toEqual({
      service: 'default/wildcard',
      port: 80,
    });
  });

  it('other hosts, and requests by IP, use the rules without a host', () => {
    expect(route('http://other.test/', ing).backend).toEqual({
      service: 'default/any-host',
      port: 80,
    });
    expect(route('http://203.0.113.10/', ing).backend).toEqual({
      service: 'default/any-host',
      port: 80,
    });
    expect(route('http://a.b.example.com/', ing).backend).toEqual({
      service: 'default/any-host',
      port: 80,
    });
  });

  it('once a host is chosen, a path miss does not fall through to less specific hosts (one nginx server per host)', () => {
    const result = route('http://app.example.com/other', ing);
    expect(result.matched).toBe(false);
    expect(result.reason).toContain(
      'Host "app.example.com" matches rule host "app.example.com" exactly',
    );
    expect(result.reason).toContain('no path of those rules matches "/other"');
  });
});

describe('multiple matches: longest path, then Exact over Prefix', () => {
  it('longest matching path wins regardless of order', () => {
    const ing = ingress('m', [
      rule(
        'x.test',
        path('/a/b/c', 'Prefix', svc('abc', 80)),
        path('/a', 'Prefix', svc('a', 80)),
        path('/a/b', 'Prefix', svc('ab', 80)),
      ),
    ]);
    const result = route('http://x.test/a/b/z', ing);
    expect(result.rule).toEqual({ host: 'x.test', path: '/a/b', pathType: 'Prefix' });
    expect(result.considered.map((c) => c.outcome)).toEqual([
      'path-mismatch',
      'shorter-match',
      'selected',
    ]);
  });

  it('Exact beats Prefix on equal length in either order, and only for the exact path', () => {
    const ing = ingress('m', [
      rule(
        undefined,
        path('/foo', 'Exact', svc('exact', 80)),
        path('/foo', 'Prefix', svc('prefix', 80)),
      ),
    ]);
    expect(route('http://h/foo', ing).backend).toEqual({ service: 'default/exact', port: 80 });
    expect(route('http://h/foo/bar', ing).backend).toEqual({ service: 'default/prefix', port: 80 });
  });

  it('a longer Prefix beats a shorter Exact that does not match', () => {
    const ing = ingress('m', [
      rule(
        undefined,
        path('/', 'Exact', svc('root', 80)),
        path('/docs', 'Prefix', svc('docs', 80)),
      ),
    ]);
    expect(route('http://h/', ing).backend).toEqual({ service: 'default/root', port: 80 });
    expect(route('http://h/docs/x', ing).backend).toEqual({ service: 'default/docs', port: 80 });
    expect(route('http://h/other', ing).matched).toBe(false);
  });

  it('Exact and Prefix are case-sensitive', () => {
    const ing = ingress('m', [
      rule(undefined, path('/Foo', 'Exact', svc('e', 80)), path('/Bar', 'Prefix', svc('p', 80))),
    ]);
    expect(route('http://h/foo', ing).matched).toBe(false);
    expect(route('http://h/bar/x', ing).matched).toBe(false);
    expect(route('http://h/Bar/x', ing).matched).toBe(true);
  });
});

describe('ImplementationSpecific (ingress-nginx without use-regex: a plain string prefix)', () => {
  it('matches by string prefix, unlike Prefix', () => {
    expect(matchIngressPath('ImplementationSpecific', '/foo', '/foobar')).toBe(true);
    expect(matchIngressPath('Prefix', '/foo', '/foobar')).toBe(false);
    expect(matchIngressPath('ImplementationSpecific', '/foo/', '/foo')).toBe(false);
    expect(matchIngressPath('ImplementationSpecific', undefined, '/anything')).toBe(true);
  });

  it('an empty path means "/"', () => {
    const ing = ingress('is', [
      rule('h.test', path(undefined, 'ImplementationSpecific', svc('s', 80))),
    ]);
    expect(route('http://h.test/x/y', ing).rule).toEqual({
      host: 'h.test',
      path: '/',
      pathType: 'ImplementationSpecific',
    });
  });

  it('on equal length Prefix wins over ImplementationSpecific; longer ImplementationSpecific wins', () => {
    const ing = ingress('is', [
      rule(
        undefined,
        path('/foo', 'ImplementationSpecific', svc('impl', 80)),
        path('/foo', 'Prefix', svc('prefix', 80)),
      ),
    ]);
    expect(route('http://h/foo/x', ing).backend).toEqual({ service: 'default/prefix', port: 80 });
    expect(route('http://h/foox', ing).backend).toEqual({ service: 'default/impl', port: 80 });
  });

  it('mentions that use-regex is not modelled', () => {
    const ing = ingress(
      're',
      [rule(undefined, path('/api', 'ImplementationSpecific', svc('api', 80)))],
      {
        annotations: { 'nginx.ingress.kubernetes.io/use-regex': 'true' },
      },
    );
    expect(route('http://h/api/v1', ing).reason).toContain('use-regex is not modelled');
  });
});

describe('defaultBackend', () => {
  it('"Ingress backed by a single Service" (seed example): only a defaultBackend, every request goes to it', () => {
    // service/networking/test-ingress.yaml
    const ing = ingress('test-ingress', undefined, { defaultBackend: svc('test', 80) });
    for (const url of [
      'http://203.0.113.123/',
      'http://anything.example/a/b?q=1',
      'https://x.test/',
    ]) {
      const result = route(url, ing);
      expect(result).toMatchObject({
        matched: true,
        viaDefaultBackend: true,
        ingress: 'default/test-ingress',
        rule: { host: null, path: null, pathType: null },
        backend: { service: 'default/test', port: 80 },
      });
      expect(result.considered).toEqual([
        {
          ingress: 'default/test-ingress',
          host: null,
          path: null,
          pathType: null,
          outcome: 'default-backend',
        },
      ]);
    }
  });

  it('serves the unmatched paths of the hosts its Ingress introduces', () => {
    const ing = ingress('shop', [rule('shop.test', path('/cart', 'Prefix', svc('cart', 8080)))], {
      defaultBackend: svc('storefront', 80),
    });
    expect(route('http://shop.test/cart/1', ing).backend).toEqual({
      service: 'default/cart',
      port: 8080,
    });
    expect(route('http://shop.test/about', ing)).toMatchObject({
      matched: true,
      viaDefaultBackend: true,
      rule: { host: 'shop.test', path: null, pathType: null },
      backend: { service: 'default/storefront', port: 80 },
    });
  });

  it('an Ingress with rules does not become the catch-all for other hosts (ingress-nginx createServers)', () => {
    const ing = ingress('shop', [rule('shop.test', path('/cart', 'Prefix', svc('cart', 80)))], {
      defaultBackend: svc('storefront', 80),
    });
    const result = route('http://elsewhere.test/', ing);
    expect(result.matched).toBe(false);
    expect(result.reason).toContain('does not make its defaultBackend the catch-all');
    expect(result.considered.at(-1)?.outcome).toBe('default-backend-unused');
  });

  it('the oldest Ingress without rules owns the catch-all', () => {
    const newer = ingress('newer', undefined, {
      created: '2024-02-01T00:00:00Z',
      defaultBackend: svc('b', 80),
    });
    const older = ingress('older', undefined, {
      created: '2024-01-01T00:00:00Z',
      defaultBackend: svc('a', 80),
    });
    const result = route('http://h/', newer, older);
    expect(result.ingress).toBe('default/older');
    expect(result.considered).toEqual([
      {
        ingress: 'default/older',
        host: null,
        path: null,
        pathType: null,
        outcome: 'default-backend',
      },
      {
        ingress: 'default/newer',
        host: null,
        path: null,
        pathType: null,
        outcome: 'default-backend-unused',
      },
    ]);
  });

  it('no rules and no defaultBackend: 404 from the controller', () => {
    expect(route('http://h/', ingress('empty', [])).matched).toBe(false);
    expect(route('http://h/', ...[]).reason).toContain('No Ingress of this class exists');
  });
});
