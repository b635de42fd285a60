/**
 * Lookups made from inside a Pod: the kubelet's resolv.conf (pkg/kubelet/network/dns/dns_test.go
 * cases: ClusterFirst, hostNetwork fallback, Default, None + dnsConfig merge) and glibc's search
 * walk with ndots:5, as described in the Kubernetes docs "DNS for Services and Pods".
 */
import { KubeError } from '@app/kube';
import { endpointSliceFor, hamAndEggs, pod, service, simulate } from '../simulation.fixtures';
import { ndotsOf, podResolvConf, searchSteps } from './search-path';

describe('DNS lookups from a Pod', () => {
  const { objects } = hamAndEggs();
  const sim = simulate(objects);

  it('ham resolves eggs-svc to its ClusterIP, trying eggs-svc.default.svc.cluster.local first (seed example)', () => {
    const a = sim.dns({ from: { namespace: 'default', name: 'ham' }, name: 'eggs-svc' });
    expect(a.rcode).toBe('NOERROR');
    expect(a.answers.map((r) => r.data)).toEqual(['10.96.0.20']);
    expect(a.tried).toEqual(['eggs-svc.default.svc.cluster.local']);
    expect(a.nameserver).toBe('10.96.0.10');
    expect(a.searchPath).toEqual([
      'default.svc.cluster.local',
      'svc.cluster.local',
      'cluster.local',
    ]);
  });

  it('walks the whole search list after NXDOMAIN: <svc>.<ns> from another namespace', () => {
    const other = simulate([...objects, pod('kube-public', 'probe', { ip: '10.244.1.30' })]);
    const a = other.dns({
      from: { namespace: 'kube-public', name: 'probe' },
      name: 'eggs-svc.default',
    });
    expect(a.tried).toEqual([
      'eggs-svc.default.kube-public.svc.cluster.local',
      'eggs-svc.default.svc.cluster.local',
    ]);
    expect(a.answers[0].data).toBe('10.96.0.20');
  });

  it('tries every search domain, then the name as-is, for a name that exists nowhere', () => {
    const a = sim.dns({ from: { namespace: 'default', name: 'ham' }, name: 'example.com' });
    expect(a.rcode).toBe('NXDOMAIN');
    expect(a.tried).toEqual([
      'example.com.default.svc.cluster.local',
      'example.com.svc.cluster.local',
      'example.com.cluster.local',
      'example.com',
    ]);
  });

  it('keeps walking after NODATA and reports NODATA when nothing answered (glibc got_nodata)', () => {
    const a = sim.dns({
      from: { namespace: 'default', name: 'ham' },
      name: 'eggs-svc',
      type: 'AAAA',
    });
    expect(a.rcode).toBe('NOERROR');
    expect(a.answers).toEqual([]);
    expect(a.tried).toHaveLength(4);
  });

  it('asks a name with a trailing dot only as-is', () => {
    const a = sim.dns({
      from: { namespace: 'default', name: 'ham' },
      name: 'eggs-svc.default.svc.cluster.local.',
    });
    expect(a.tried).toEqual(['eggs-svc.default.svc.cluster.local']);
    expect(a.answers[0].data).toBe('10.96.0.20');
  });

  it('asks a name with at least ndots dots as-is first', () => {
    expect(searchSteps('a.b.c.d.e.f', ['x.y'], 5).map((s) => s.name)).toEqual([
      'a.b.c.d.e.f',
      'a.b.c.d.e.f.x.y',
    ]);
    expect(searchSteps('a.b.c.d.e', ['x.y'], 5).map((s) => s.name)).toEqual([
      'a.b.c.d.e.x.y',
      'a.b.c.d.e',
    ]);
    expect(searchSteps('a.b', ['x.y'], 1).map((s) => s.name)).toEqual(['a.b', 'a.b.x.y']);
  });

  it('gives a ClusterFirst Pod the cluster DNS, the cluster search list and ndots:5', () => {
    const conf = podResolvConf(sim.index, sim.index.pod('default', 'ham')!);
    expect(conf).toMatchObject({
      nameservers: ['10.96.0.10'],
      searches: ['default.svc.cluster.local', 'svc.cluster.local', 'cluster.local'],
      options: ['ndots:5'],
    });
    expect(ndotsOf(conf.options)).toBe(5);
  });

  it('gives a hostNetwork Pod with ClusterFirst the node resolv.conf, so service names do not resolve', () => {
    const host = simulate([
      ...objects,
      pod('default', 'agent', { ip: '172.18.0.2', spec: { hostNetwork: true } }),
    ]);
    const a = host.dns({ from: { namespace: 'default', name: 'agent' }, name: 'eggs-svc' });
    expect(a.nameserver).toBe('172.18.0.1');
    expect(a.searchPath).toEqual([]);
    expect(a.tried).toEqual(['eggs-svc']);
    expect(a.rcode).toBe('NXDOMAIN');
  });

  it('lets a hostNetwork Pod with ClusterFirstWithHostNet use the cluster DNS', () => {
    const host = simulate([
      ...objects,
      pod('default', 'agent', {
        ip: '172.18.0.2',
        spec: { hostNetwork: true, dnsPolicy: 'ClusterFirstWithHostNet' },
      }),
    ]);
    expect(
      host.dns({ from: { namespace: 'default', name: 'agent' }, name: 'eggs-svc' }).answers[0].data,
    ).toBe('10.96.0.20');
  });

  it('gives dnsPolicy Default the node resolver, which knows no cluster names even fully qualified', () => {
    const d = simulate([
      ...objects,
      pod('default', 'plain', { ip: '10.244.1.40', spec: { dnsPolicy: 'Default' } }),
    ]);
    const a = d.dns({
      from: { namespace: 'default', name: 'plain' },
      name: 'eggs-svc.default.svc.cluster.local',
    });
    expect(a.rcode).toBe('NXDOMAIN');
    expect(a.nameserver).toBe('172.18.0.1');
  });

  it('builds dnsPolicy None from dnsConfig alone (docs example with ndots:2)', () => {
    const none = simulate([
      ...objects,
      pod('default', 'custom', {
        ip: '10.244.1.41',
        spec: {
          dnsPolicy: 'None',
          dnsConfig: {
            nameservers: ['10.96.0.10'],
            searches: ['svc.cluster.local'],
            options: [{ name: 'ndots', value: '2' }, { name: 'edns0' }],
          },
        },
      }),
    ]);
    const conf = podResolvConf(none.index, none.index.pod('default', 'custom')!);
    expect(conf).toMatchObject({
      nameservers: ['10.96.0.10'],
      searches: ['svc.cluster.local'],
      options: ['ndots:2', 'edns0'],
    });
    const a = none.dns({
      from: { namespace: 'default', name: 'custom' },
      name: 'eggs-svc.default',
    });
    // one dot < ndots:2: search first, and eggs-svc.default.svc.cluster.local answers.
    expect(a.tried).toEqual(['eggs-svc.default.svc.cluster.local']);
    expect(a.answers[0].data).toBe('10.96.0.20');
  });

  it('merges dnsConfig into ClusterFirst: extra searches appended, options overridden by name', () => {
    const merged = simulate([
      ...objects,
      pod('default', 'tuned', {
        ip: '10.244.1.42',
        spec: {
          dnsConfig: {
            searches: ['corp.example', 'svc.cluster.local'],
            options: [{ name: 'ndots', value: '1' }],
          },
        },
      }),
    ]);
    const conf = podResolvConf(merged.index, merged.index.pod('default', 'tuned')!);
    expect(conf.searches).toEqual([
      'default.svc.cluster.local',
      'svc.cluster.local',
      'cluster.local',
      'corp.example',
    ]);
    expect(conf.options).toEqual(['ndots:1']);
    // ndots:1 → "eggs-svc" (0 dots) still searches first; "eggs-svc.default" is asked as-is first.
    const a = merged.dns({
      from: { namespace: 'default', name: 'tuned' },
      name: 'eggs-svc.default',
    });
    expect(a.tried[0]).toBe('eggs-svc.default');
  });

  it('fails with SERVFAIL when kube-dns has no ready endpoints', () => {
    const broken = simulate(objects);
    const dnsSlice = broken.index.endpointSlices('kube-system', 'kube-dns')[0];
    dnsSlice.endpoints[0].conditions = { ready: false, serving: false, terminating: false };
    const a = broken.dns({ from: { namespace: 'default', name: 'ham' }, name: 'eggs-svc' });
    expect(a.rcode).toBe('SERVFAIL');
    expect(a.explanation.join(' ')).toContain('no ready endpoints');
  });

  it('throws NotFound for an unknown source Pod', () => {
    expect(() =>
      sim.dns({ from: { namespace: 'default', name: 'ghost' }, name: 'eggs-svc' }),
    ).toThrow(KubeError);
  });

  it('resolves a headless Service from a Pod to its ready endpoint IPs', () => {
    const p = pod('default', 'cache-0', {
      ip: '10.244.2.5',
      node: 'node-2',
      labels: { app: 'cache' },
    });
    const svc = service('default', 'cache', {
      clusterIP: 'None',
      selector: { app: 'cache' },
      ports: [{ port: 6379 }],
    });
    const h = simulate([...objects, p, svc, endpointSliceFor(svc, [p])]);
    expect(
      h
        .dns({ from: { namespace: 'default', name: 'ham' }, name: 'cache' })
        .answers.map((r) => r.data),
    ).toEqual(['10.244.2.5']);
  });
});
