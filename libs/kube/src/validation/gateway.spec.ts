import type { KubeObject } from '../objects/meta';
import { defaultObject } from '../defaulting/default-object';
import { formatCause, validateObject } from './validate';

const V1 = 'gateway.networking.k8s.io/v1';
const causes = (o: unknown) => validateObject(o as KubeObject).map(formatCause);

const route = (spec: Record<string, unknown>) => ({
  apiVersion: V1,
  kind: 'HTTPRoute',
  metadata: { name: 'r', namespace: 'default' },
  spec: { parentRefs: [{ name: 'gw' }], ...spec },
});
const gateway = (listeners: unknown[]) => ({
  apiVersion: V1,
  kind: 'Gateway',
  metadata: { name: 'gw', namespace: 'default' },
  spec: { gatewayClassName: 'envoy', listeners },
});

describe('Gateway API validation (the CRDs’ schema and CEL rules)', () => {
  it('accepts the docs’ basic Gateway, HTTPRoute, GatewayClass and ReferenceGrant', () => {
    expect(causes(gateway([{ name: 'http', protocol: 'HTTP', port: 80 }]))).toEqual([]);
    expect(
      causes(
        route({
          hostnames: ['example.com'],
          rules: [{ backendRefs: [{ name: 'web', port: 80 }] }],
        }),
      ),
    ).toEqual([]);
    expect(
      causes({
        apiVersion: V1,
        kind: 'GatewayClass',
        metadata: { name: 'eg' },
        spec: { controllerName: 'gateway.envoyproxy.io/gatewayclass-controller' },
      }),
    ).toEqual([]);
    expect(
      causes({
        apiVersion: 'gateway.networking.k8s.io/v1beta1',
        kind: 'ReferenceGrant',
        metadata: { name: 'g', namespace: 'backends' },
        spec: {
          from: [{ group: V1.split('/')[0], kind: 'HTTPRoute', namespace: 'default' }],
          to: [{ group: '', kind: 'Service' }],
        },
      }),
    ).toEqual([]);
  });

  it('defaults as the CRDs do: a PathPrefix "/" match, Service backends of weight 1, Same namespaces', () => {
    const r = defaultObject(
      route({ rules: [{ backendRefs: [{ name: 'web', port: 80 }] }] }) as KubeObject,
    );
    expect(r.spec).toMatchObject({
      parentRefs: [{ group: 'gateway.networking.k8s.io', kind: 'Gateway', name: 'gw' }],
      rules: [
        {
          matches: [{ path: { type: 'PathPrefix', value: '/' } }],
          backendRefs: [{ group: '', kind: 'Service', name: 'web', port: 80, weight: 1 }],
        },
      ],
    });
    const g = defaultObject(gateway([{ name: 'http', protocol: 'HTTP', port: 80 }]) as KubeObject);
    expect(g.spec).toMatchObject({
      listeners: [{ allowedRoutes: { namespaces: { from: 'Same' } } }],
    });
  });

  it('path values must be absolute for Exact and PathPrefix (CEL), not for RegularExpression', () => {
    const bad = route({
      rules: [{ matches: [{ path: { type: 'PathPrefix', value: 'foo//bar' } }] }],
    });
    expect(causes(bad)).toEqual([
      `spec.rules[0].matches[0].path: Invalid value: "object": value must be an absolute path and start with '/' when type one of ['Exact', 'PathPrefix']`,
      `spec.rules[0].matches[0].path: Invalid value: "object": must not contain '//' when type one of ['Exact', 'PathPrefix']`,
    ]);
    expect(
      causes(
        route({ rules: [{ matches: [{ path: { type: 'RegularExpression', value: '.*' } }] }] }),
      ),
    ).toEqual([]);
  });

  it('caps rules, matches and hostnames and checks hostname patterns', () => {
    const rules = Array.from({ length: 17 }, () => ({}));
    expect(causes(route({ rules }))).toContain(
      'spec.rules: Too many: 17: must have at most 16 items',
    );
    const matches = Array.from({ length: 65 }, () => ({
      path: { type: 'PathPrefix', value: '/' },
    }));
    expect(causes(route({ rules: [{ matches }] }))).toContain(
      'spec.rules[0].matches: Too many: 65: must have at most 64 items',
    );
    expect(causes(route({ hostnames: ['Foo.example.com'] }))).toEqual([
      `spec.hostnames[0]: Invalid value: "Foo.example.com": spec.hostnames[0] in body should match '^(\\*\\.)?[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$'`,
    ]);
  });

  it('filter combinations: one-of members, redirect with rewrite, redirect with backends', () => {
    const filters = [
      { type: 'RequestRedirect', requestRedirect: { scheme: 'https' } },
      { type: 'URLRewrite', urlRewrite: { hostname: 'a.example.com' }, requestHeaderModifier: {} },
    ];
    expect(
      causes(route({ rules: [{ filters, backendRefs: [{ name: 'web', port: 80 }] }] })),
    ).toEqual([
      'spec.rules[0].filters[1]: Invalid value: "object": filter.requestHeaderModifier must be nil if the filter.type is not RequestHeaderModifier',
      'spec.rules[0].filters: Invalid value: "array": May specify either httpRouteFilterRequestRedirect or httpRouteFilterRequestRewrite, but not both',
      'spec.rules[0]: Invalid value: "object": RequestRedirect filter must not be used together with backendRefs',
    ]);
    expect(causes(route({ rules: [{ backendRefs: [{ name: 'web' }] }] }))).toEqual([
      'spec.rules[0].backendRefs[0]: Invalid value: "object": Must have port for Service reference',
    ]);
  });

  it('Gateway listeners: required fields, port range, unique names, tls rules', () => {
    expect(causes(gateway([]))).toEqual([
      'spec.listeners: Invalid value: 0: spec.listeners in body should have at least 1 items',
    ]);
    expect(
      causes(
        gateway([
          { name: 'a', protocol: 'HTTP', port: 0 },
          {
            name: 'a',
            protocol: 'HTTP',
            port: 80,
            tls: { mode: 'Terminate', certificateRefs: [{ name: 'c' }] },
          },
        ]),
      ),
    ).toEqual([
      'spec.listeners[0].port: Invalid value: 0: spec.listeners[0].port in body should be greater than or equal to 1',
      `spec.listeners: Invalid value: "array": tls must not be specified for protocols ['HTTP', 'TCP', 'UDP']`,
      'spec.listeners: Invalid value: "array": Listener name must be unique within the Gateway',
    ]);
    expect(
      causes({
        ...gateway([{ name: 'x', port: 80 }]),
        spec: { listeners: [{ name: 'x', port: 80 }] },
      }),
    ).toEqual([
      'spec.gatewayClassName: Required value',
      'spec.listeners[0].protocol: Required value',
    ]);
  });

  it('GatewayClass controllerName must be a domain-prefixed path', () => {
    const gc = {
      apiVersion: V1,
      kind: 'GatewayClass',
      metadata: { name: 'x' },
      spec: { controllerName: 'envoy' },
    };
    expect(causes(gc)).toHaveLength(1);
    expect(causes(gc)[0]).toMatch(
      /^spec\.controllerName: Invalid value: "envoy": spec\.controllerName in body should match/,
    );
  });
});
