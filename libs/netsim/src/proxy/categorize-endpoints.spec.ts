/**
 * Endpoint selection, after kubernetes pkg/proxy/topology_test.go TestCategorizeEndpoints
 * (traffic policies, local vs remote, the serving-terminating fallback).
 */
import { categorizeEndpoints } from './categorize-endpoints';
import type { ProxyEndpoint, ProxyServicePort } from './service-ports';

const ep = (
  ip: string,
  node: string,
  c: Partial<Pick<ProxyEndpoint, 'ready' | 'serving' | 'terminating'>> = {},
): ProxyEndpoint => ({
  ip,
  port: 80,
  endpoint: `${ip}:80`,
  nodeName: node,
  ready: c.ready ?? true,
  serving: c.serving ?? c.ready ?? true,
  terminating: c.terminating ?? false,
  pod: null,
});

const port = (
  endpoints: ProxyEndpoint[],
  p: { itp?: 'Local'; etp?: 'Local'; external?: boolean } = {},
): ProxyServicePort =>
  ({
    name: 'ns/svc:http',
    endpoints,
    internalPolicyLocal: p.itp === 'Local',
    externalPolicyLocal: p.etp === 'Local',
    externallyAccessible: p.external ?? p.etp === 'Local',
  }) as ProxyServicePort;

const names = (list: ProxyEndpoint[] | null) =>
  list === null ? null : list.map((e) => e.endpoint);

describe('categorizeEndpoints (pkg/proxy/topology.go)', () => {
  it('Cluster policy: every ready endpoint, local or not', () => {
    const r = categorizeEndpoints(
      port([
        ep('10.0.0.0', 'node-1'),
        ep('10.0.0.1', 'node-2'),
        ep('10.0.0.2', 'node-2', { ready: false, serving: false }),
      ]),
      'node-1',
    );
    expect(names(r.clusterEndpoints)).toEqual(['10.0.0.0:80', '10.0.0.1:80']);
    expect(r.localEndpoints).toBeNull();
    expect(names(r.allReachableEndpoints)).toEqual(['10.0.0.0:80', '10.0.0.1:80']);
    expect(r.hasAnyEndpoints).toBe(true);
  });

  it('internalTrafficPolicy Local uses only local endpoints and no Cluster list', () => {
    const r = categorizeEndpoints(
      port([ep('10.0.0.0', 'node-1'), ep('10.0.0.1', 'node-2')], { itp: 'Local' }),
      'node-1',
    );
    expect(r.clusterEndpoints).toBeNull();
    expect(names(r.localEndpoints)).toEqual(['10.0.0.0:80']);
    expect(names(r.allReachableEndpoints)).toEqual(['10.0.0.0:80']);
  });

  it('internalTrafficPolicy Local with only remote endpoints: none here, but the service has endpoints', () => {
    const r = categorizeEndpoints(port([ep('10.0.0.1', 'node-2')], { itp: 'Local' }), 'node-1');
    expect(names(r.localEndpoints)).toEqual([]);
    expect(r.hasAnyEndpoints).toBe(true);
  });

  it('falls back to serving-terminating endpoints when none is ready', () => {
    const r = categorizeEndpoints(
      port([
        ep('10.0.0.0', 'node-1', { ready: false, serving: true, terminating: true }),
        ep('10.0.0.1', 'node-2', { ready: false, serving: false, terminating: true }),
      ]),
      'node-1',
    );
    expect(names(r.clusterEndpoints)).toEqual(['10.0.0.0:80']);
    expect(r.clusterUsesTerminating).toBe(true);
  });

  it('ignores terminating endpoints while a ready one exists', () => {
    const r = categorizeEndpoints(
      port([
        ep('10.0.0.0', 'node-1', { ready: false, serving: true, terminating: true }),
        ep('10.0.0.1', 'node-2'),
      ]),
      'node-1',
    );
    expect(names(r.clusterEndpoints)).toEqual(['10.0.0.1:80']);
  });

  it('eTP Local with iTP Cluster: Cluster list for internal traffic, Local list for external traffic', () => {
    const r = categorizeEndpoints(
      port([ep('10.0.0.0', 'node-1'), ep('10.0.0.1', 'node-2')], { etp: 'Local' }),
      'node-1',
    );
    expect(names(r.clusterEndpoints)).toEqual(['10.0.0.0:80', '10.0.0.1:80']);
    expect(names(r.localEndpoints)).toEqual(['10.0.0.0:80']);
    expect(names(r.allReachableEndpoints)).toEqual(['10.0.0.0:80', '10.0.0.1:80']);
  });

  it('eTP Local where the only local endpoint is terminating: the lists are merged', () => {
    const r = categorizeEndpoints(
      port(
        [
          ep('10.0.0.0', 'node-1', { ready: false, serving: true, terminating: true }),
          ep('10.0.0.1', 'node-2'),
        ],
        { etp: 'Local' },
      ),
      'node-1',
    );
    expect(names(r.clusterEndpoints)).toEqual(['10.0.0.1:80']);
    expect(names(r.localEndpoints)).toEqual(['10.0.0.0:80']);
    expect(names(r.allReachableEndpoints)).toEqual(['10.0.0.0:80', '10.0.0.1:80']);
  });

  it('no usable endpoint anywhere: hasAnyEndpoints is false', () => {
    const r = categorizeEndpoints(
      port([ep('10.0.0.0', 'node-1', { ready: false, serving: false })]),
      'node-1',
    );
    expect(r.hasAnyEndpoints).toBe(false);
    expect(r.allReachableEndpoints).toEqual([]);
  });
});
