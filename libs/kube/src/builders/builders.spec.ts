import { defaultObject } from '../defaulting';
import { matchesSelectorMap } from '../selectors/label-selector';
import { validateObject } from '../validation/validate';
import {
  deployment,
  endpointSlice,
  ingress,
  ingressClass,
  namespace,
  networkPolicy,
  node,
  pod,
  secret,
  service,
} from './builders';

describe('builders', () => {
  it('build objects that validate cleanly', () => {
    const objects = [
      pod('web-1', {
        labels: { app: 'web' },
        ports: [{ name: 'http', containerPort: 8080 }],
        podIP: '10.244.1.5',
        ready: false,
        nodeName: 'node-1',
      }),
      service('web', {
        selector: { app: 'web' },
        ports: [{ name: 'http', port: 80, targetPort: 'http' }],
      }),
      service('db', { clusterIP: 'None', selector: { app: 'db' }, ports: [5432] }),
      deployment('api', { replicas: 2, ports: [8080] }),
      namespace('dev', { team: 'a' }),
      networkPolicy('deny-all', { policyTypes: ['Ingress'] }, 'dev'),
      ingress('site', {
        ingressClassName: 'nginx',
        rules: [
          {
            host: 'shop.example.com',
            http: {
              paths: [
                {
                  path: '/',
                  pathType: 'Prefix',
                  backend: { service: { name: 'web', port: { number: 80 } } },
                },
              ],
            },
          },
        ],
      }),
      ingressClass('nginx', 'k8s.io/ingress-nginx', true),
      endpointSlice('ext-1', {
        serviceName: 'ext',
        endpoints: ['192.0.2.10'],
        ports: [{ name: '', port: 443, protocol: 'TCP' }],
      }),
      node('node-1', { internalIP: '172.18.0.2', podCIDR: '10.244.1.0/24' }),
      secret('tls', { type: 'kubernetes.io/tls', data: { 'tls.crt': 'Y3J0', 'tls.key': 'a2V5' } }),
    ];
    for (const o of objects) expect([o.kind, validateObject(o)]).toEqual([o.kind, []]);
  });

  it('pod(): status from podIP/ready, no undefined fields', () => {
    const p = pod('a', { podIP: '10.244.0.9', ready: false });
    expect(p.status).toEqual({
      phase: 'Running',
      podIP: '10.244.0.9',
      podIPs: [{ ip: '10.244.0.9' }],
      conditions: [{ type: 'Ready', status: 'False' }],
    });
    expect(Object.values(pod('b').spec.containers[0]).includes(undefined)).toBe(false);
    expect(pod('b').metadata.namespace).toBe('default');
    expect(pod('b').status).toBeUndefined();
  });

  it('deployment(): selector matches template labels; service() selects its Pods', () => {
    const d = deployment('web', { labels: { app: 'web', tier: 'fe' } });
    expect(d.spec.selector.matchLabels).toEqual(d.spec.template.metadata?.labels);
    const s = service('web', { selector: { app: 'web' }, ports: [80] });
    expect(matchesSelectorMap(s.spec.selector, d.spec.template.metadata?.labels)).toBe(true);
    expect(defaultObject(s).spec.ports).toEqual([{ port: 80, protocol: 'TCP', targetPort: 80 }]);
  });

  it('endpointSlice(): service-name label and ready endpoints from strings', () => {
    const es = endpointSlice('x', { serviceName: 'ext', endpoints: ['192.0.2.1'], ports: [443] });
    expect(es.metadata.labels).toEqual({ 'kubernetes.io/service-name': 'ext' });
    expect(es.endpoints).toEqual([{ addresses: ['192.0.2.1'], conditions: { ready: true } }]);
    expect(es.ports).toEqual([{ port: 443, protocol: 'TCP' }]);
  });
});
