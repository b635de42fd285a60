import { runIngressRouteCheck } from './ingress-route-check';
import { check, cluster } from './test-support/cluster';
import type { IngressRouteCheck } from '../spec/exercise-spec';

const sim = cluster(
  String.raw`
apiVersion: v1
kind: Service
metadata: { name: app }
spec: { ports: [{ name: http, port: 80 }] }
---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: { name: app }
spec:
  tls: [{ hosts: [app.example.com], secretName: app-tls }]
  rules:
    - host: app.example.com
      http:
        paths: [{ path: /api, pathType: Prefix, backend: { service: { name: app, port: { name: http } } } }]
`,
  { ingressController: 'ingress-nginx' },
);
const route = (url: string, expect: object, extra: object = {}) =>
  runIngressRouteCheck(
    sim,
    check<IngressRouteCheck>({ kind: 'ingressRoute', url, expect, ...extra }),
  );

describe('ingressRoute check', () => {
  it('matches host and path to the backend Service and port as written', () => {
    const out = route('http://app.example.com/api/v1', {
      matched: true,
      service: 'app',
      port: 'http',
    });
    expect(out.passed).toBe(true);
    expect(out.observed).toMatchObject({
      matched: true,
      ingress: 'default/app',
      service: 'default/app',
      port: 'http',
    });
  });

  it('reports the TLS Secret for https and its problems', () => {
    const out = route('https://app.example.com/api', { matched: true, tlsSecret: 'app-tls' });
    expect(out.passed).toBe(true);
    expect(out.explanation).toContain('not found');
  });

  it('fails with the router reason when nothing matches', () => {
    const out = route('http://app.example.com/other', { matched: true });
    expect(out.passed).toBe(false);
    expect(out.explanation).toContain('No Ingress rule routes http://app.example.com/other');
    expect(route('http://app.example.com/other', { matched: false }).passed).toBe(true);
  });

  it('asks a named IngressClass', () => {
    const out = route('http://app.example.com/api', { matched: true }, { ingressClass: 'missing' });
    expect(out.passed).toBe(false);
    expect(out.explanation).toContain('IngressClass "missing" does not exist');
  });
});
