/**
 * URLs traced through ingress-nginx: kubernetes.io concepts/services-networking/ingress (the
 * "Simple fanout" example, defaultBackend/404, TLS Secrets) and ingress-nginx's docs: it proxies
 * to the Service's endpoints itself (how-it-works "Avoiding reloads": upstreams are endpoints),
 * answers 503 when a backend has none, 308 to https when TLS is configured (ssl-redirect), and its
 * default backend answers 404. The controller Pod is the source the backend's policies see.
 */
import { networkPolicy, secret } from '@app/kube';
import { ingress, path, rule, svc } from '../ingress/ingress-test-helpers';
import { pod, service, simulate } from '../simulation.fixtures';
import { ingressNginx, webApp } from './trace-fixtures';

const client = { external: '198.51.100.7' };

function scene() {
  const web = webApp('web', { clusterIP: '10.96.0.90', firstIP: 60 });
  const s1 = webApp('service1', { clusterIP: '10.96.0.91', firstIP: 61 });
  const s2 = webApp('service2', { clusterIP: '10.96.0.92', firstIP: 62, count: 2 });
  const empty = service('default', 'empty', {
    clusterIP: '10.96.0.93',
    selector: { app: 'none' },
    ports: [{ port: 80, protocol: 'TCP', targetPort: 8080 }],
  });
  const frontend = pod('default', 'frontend', {
    ip: '10.244.2.5',
    node: 'node-2',
    labels: { role: 'frontend' },
  });
  return [
    ...ingressNginx(),
    ...web.objects,
    ...s1.objects,
    ...s2.objects,
    empty,
    frontend,
    ingress('foo', [rule('foo.example.com', path('/', 'Prefix', svc('web', 80)))]),
    // The docs' "Simple fanout", with the seed's /service1 and /service2 paths.
    ingress('simple-fanout-example', [
      rule(
        'foo.bar.com',
        path('/service1', 'Prefix', svc('service1', 80)),
        path('/service2', 'Prefix', svc('service2', 'http')),
      ),
    ]),
    ingress('broken', [rule('broken.example.com', path('/', 'Prefix', svc('empty', 80)))]),
    ingress('secure', [rule('secure.example.com', path('/', 'Prefix', svc('web', 80)))], {
      tls: [{ hosts: ['secure.example.com'], secretName: 'secure-tls' }],
    }),
  ];
}

const tlsSecret = secret('secure-tls', {
  type: 'kubernetes.io/tls',
  data: { 'tls.crt': 'Y2VydA==', 'tls.key': 'a2V5' },
});

describe('URL targets through ingress-nginx', () => {
  const sim = simulate([...scene(), tlsSecret], { ingressController: 'ingress-nginx' });

  it('routes a matching host to its Service: every hop from the outside client to the backend Pod', () => {
    const a = sim.reachability({ from: client, to: { url: 'http://foo.example.com/' } });
    expect(a).toMatchObject({
      allowed: true,
      verdict: 'allowed',
      http: { status: 200, backend: { service: 'default/web', port: 80 }, ingress: 'default/foo' },
    });
    expect(a.hops.map((h) => h.kind)).toEqual([
      'dns',
      'load-balancer',
      'node-port',
      'kube-proxy',
      'cni',
      'network-policy',
      'pod',
      'ingress',
      'ingress',
      'cni',
      'network-policy',
      'pod',
    ]);
    expect(a.hops[0].summary).toBe(
      '"foo.example.com" is not a cluster name; the sandbox assumes its DNS record points at the Ingress controller (its load-balancer IP 203.0.113.1:80), as a real setup would.',
    );
    expect(a.hops[1].summary).toContain('externalTrafficPolicy Local): node-1');
    expect(a.hops[7].summary).toContain(
      'host "foo.example.com" matches rule host "foo.example.com" exactly',
    );
    expect(a.hops[8].summary).toContain('bypasses kube-proxy');
    expect(a.endpoints).toEqual([
      expect.objectContaining({
        pod: 'default/web-0',
        ip: '10.244.1.60',
        port: 8080,
        allowed: true,
      }),
    ]);
    expect(a.summary).toMatch(
      /^http:\/\/foo\.example\.com\/ → Ingress default\/foo → Service default\/web port 80\. The ingress-nginx Pod ingress-nginx\/ingress-nginx-controller-7d9f8-abcde can reach/,
    );
  });

  it('routes the docs’ simple fanout by path, to a backend port given by name', () => {
    const a = sim.reachability({ from: client, to: { url: 'http://foo.bar.com/service2/cart' } });
    expect(a.http).toMatchObject({
      status: 200,
      backend: { service: 'default/service2', port: 'http' },
      rule: { host: 'foo.bar.com', path: '/service2', pathType: 'Prefix' },
    });
    expect(a.endpoints.map((e) => e.pod)).toEqual(['default/service2-0', 'default/service2-1']);
  });

  it('answers 404 from the controller’s default backend when nothing matches', () => {
    const a = sim.reachability({ from: client, to: { url: 'http://nobody.example.com/' } });
    expect(a).toMatchObject({ allowed: false, verdict: 'ingress-no-match', http: { status: 404 } });
    expect(a.summary).toContain("the controller's default backend answers 404");
  });

  it('answers 503 when the backend Service has no endpoints', () => {
    const a = sim.reachability({ from: client, to: { url: 'http://broken.example.com/' } });
    expect(a).toMatchObject({
      allowed: false,
      verdict: 'no-endpoints',
      http: { status: 503, backend: { service: 'default/empty', port: 80 } },
    });
    expect(a.summary).toMatch(/ingress-nginx answers 503 Service Unavailable\.$/);
  });

  it('reaches the controller through NodeIP:nodePort too (an IP URL matches only host-less rules)', () => {
    const a = sim.reachability({ from: client, to: { url: 'http://172.18.0.2:30080/' } });
    expect(a.hops.slice(0, 2).map((h) => h.kind)).toEqual(['node-port', 'kube-proxy']);
    expect(a).toMatchObject({ verdict: 'ingress-no-match', http: { status: 404 } });
    // externalTrafficPolicy Local: node-2 runs no controller Pod and drops the packet.
    expect(
      sim.reachability({ from: client, to: { url: 'http://172.18.0.3:30080/' } }).verdict,
    ).toBe('dropped');
  });

  it('terminates TLS with the Ingress’s Secret, and redirects plain http with 308', () => {
    const https = sim.reachability({ from: client, to: { url: 'https://secure.example.com/' } });
    expect(https.http).toMatchObject({
      status: 200,
      tls: {
        secret: 'default/secure-tls',
        hosts: ['secure.example.com'],
        defaultCertificate: false,
        problems: [],
      },
    });
    const http = sim.reachability({ from: client, to: { url: 'http://secure.example.com/' } });
    expect(http).toMatchObject({ allowed: true, verdict: 'allowed', http: { status: 308 } });
    const missing = simulate(scene(), { ingressController: 'ingress-nginx' }).reachability({
      from: client,
      to: { url: 'https://secure.example.com/' },
    });
    expect(missing.http?.tls).toMatchObject({
      defaultCertificate: true,
      problems: [
        'spec.tls[0].secretName: Secret "default/secure-tls" not found (a TLS Secret must be in the Ingress\'s namespace)',
      ],
    });
  });

  it('from a Pod: the name is not a cluster name, so it is assumed to point at the controller', () => {
    const a = sim.reachability({
      from: { pod: { namespace: 'default', name: 'frontend' } },
      to: { url: 'http://foo.example.com/' },
    });
    expect(a.hops.slice(0, 4).map((h) => h.kind)).toEqual([
      'dns',
      'dns',
      'load-balancer',
      'kube-proxy',
    ]);
    expect(a.hops[0].details).toMatchObject({ rcode: 'NXDOMAIN' });
    expect(a).toMatchObject({ allowed: true, http: { status: 200 } });
  });

  it('a cluster DNS name in the URL bypasses the Ingress', () => {
    const a = sim.reachability({
      from: { pod: { namespace: 'default', name: 'frontend' } },
      to: { url: 'http://web.default.svc.cluster.local/' },
    });
    expect(a.hops.map((h) => h.kind)).toEqual([
      'dns',
      'kube-proxy',
      'cni',
      'network-policy',
      'pod',
    ]);
    expect(a.http).toBeUndefined();
  });
});

describe('NetworkPolicy on the backend sees the controller Pod, not the client', () => {
  const denyAll = networkPolicy('default-deny', { podSelector: {}, policyTypes: ['Ingress'] });

  it('allows traffic from the ingress-nginx namespace', () => {
    const fromController = networkPolicy('allow-ingress-nginx', {
      podSelector: { matchLabels: { app: 'web' } },
      ingress: [
        {
          from: [
            {
              namespaceSelector: {
                matchLabels: { 'kubernetes.io/metadata.name': 'ingress-nginx' },
              },
            },
          ],
        },
      ],
    });
    const sim = simulate([...scene(), denyAll, fromController], {
      ingressController: 'ingress-nginx',
    });
    expect(
      sim.reachability({ from: client, to: { url: 'http://foo.example.com/' } }),
    ).toMatchObject({ allowed: true, http: { status: 200 } });
  });

  it('an ipBlock for the client does not help: the request times out at nginx (504)', () => {
    const fromClient = networkPolicy('allow-client', {
      podSelector: { matchLabels: { app: 'web' } },
      ingress: [{ from: [{ ipBlock: { cidr: '198.51.100.0/24' } }] }],
    });
    const sim = simulate([...scene(), denyAll, fromClient], { ingressController: 'ingress-nginx' });
    const a = sim.reachability({ from: client, to: { url: 'http://foo.example.com/' } });
    expect(a).toMatchObject({ allowed: false, verdict: 'denied-by-policy', http: { status: 504 } });
    expect(a.endpoints[0].explanation[0]).toBe(
      'ingress-nginx/ingress-nginx-controller-7d9f8-abcde → default/web-0 on TCP port 8080: denied by NetworkPolicy.',
    );
  });
});

describe('a cluster without an Ingress controller', () => {
  it('says no controller implements Ingresses', () => {
    const sim = simulate(scene());
    const a = sim.reachability({ from: client, to: { url: 'http://foo.example.com/' } });
    expect(a).toMatchObject({ allowed: false, verdict: 'ingress-no-controller' });
    expect(a.hops.map((h) => h.kind)).toEqual(['ingress']);
    expect(a.summary).toMatch(/^This cluster runs no Ingress controller/);
  });
});

describe('sim.ingressRoute', () => {
  const sim = simulate(scene(), { ingressController: 'ingress-nginx' });

  it('returns the rule match for the default IngressClass', () => {
    expect(sim.ingressRoute({ url: 'http://foo.bar.com/service1' })).toMatchObject({
      matched: true,
      ingressClass: 'nginx',
      controller: 'k8s.io/ingress-nginx',
      ingress: 'default/simple-fanout-example',
      rule: { host: 'foo.bar.com', path: '/service1', pathType: 'Prefix' },
      backend: { service: 'default/service1', port: 80 },
    });
  });

  it('says why nothing matches, or why a class is not served', () => {
    expect(sim.ingressRoute({ url: 'http://nobody.example.com/' })).toMatchObject({
      matched: false,
    });
    expect(
      sim.ingressRoute({ url: 'http://foo.example.com/', ingressClass: 'traefik' }),
    ).toMatchObject({ matched: false, reason: 'IngressClass "traefik" does not exist' });
  });
});
