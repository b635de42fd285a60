/**
 * Service-shaped targets: no endpoints (kube-proxy's REJECT rule, pkg/proxy/iptables/proxier.go),
 * names that do not resolve (the Pod's search list, services-networking/dns-pod-service), headless
 * Services (DNS returns Pod IPs) and ExternalName Services (a CNAME, no proxying), addresses that
 * belong to nothing, and destinations outside the cluster.
 */
import { networkPolicy } from '@app/kube';
import { endpointSliceFor, pod, service, simulate } from '../simulation.fixtures';
import { frontendBackend } from './trace-fixtures';

const frontend = { pod: { namespace: 'default', name: 'frontend' } };

describe('a Service without endpoints', () => {
  const lonely = service('default', 'lonely', {
    clusterIP: '10.96.0.60',
    selector: { app: 'nobody' },
    ports: [{ port: 80, protocol: 'TCP', targetPort: 8080 }],
  });
  const sim = simulate([...frontendBackend().objects, lonely, endpointSliceFor(lonely, [])]);

  it('is rejected by kube-proxy: the client sees "connection refused"', () => {
    const a = sim.reachability({
      from: frontend,
      to: { service: { namespace: 'default', name: 'lonely' } },
    });
    expect(a).toMatchObject({ allowed: false, verdict: 'no-endpoints', endpoints: [] });
    expect(a.hops.map((h) => h.kind)).toEqual(['kube-proxy']);
    expect(a.hops[0].details).toMatchObject({ action: 'REJECT' });
    expect(a.summary).toBe(
      'Service default/lonely (10.96.0.60:80) has no ready endpoints: kube-proxy\'s REJECT rule answers with ICMP port unreachable, so the client sees "connection refused".',
    );
  });
});

describe('names that do not resolve', () => {
  const sim = simulate(frontendBackend().objects);

  it('answers nxdomain with every name the resolver tried (ndots:5, search list first)', () => {
    const a = sim.reachability({ from: frontend, to: { host: 'nope' }, port: 80 });
    expect(a).toMatchObject({ allowed: false, verdict: 'nxdomain' });
    const tried = [
      'nope.default.svc.cluster.local',
      'nope.svc.cluster.local',
      'nope.cluster.local',
      'nope',
    ];
    expect(a.hops[0]).toMatchObject({ kind: 'dns', details: { rcode: 'NXDOMAIN', tried } });
    expect(a.summary).toBe(
      `"nope" does not resolve from Pod default/frontend: NXDOMAIN after trying ${tried.join(', ')}.`,
    );
  });

  it('a fully qualified Service name resolves in one query and is traced to the Service', () => {
    const a = sim.reachability({
      from: frontend,
      to: { host: 'backend.default.svc.cluster.local.' },
      port: 'http',
    });
    expect(a.verdict).toBe('allowed');
    expect(a.hops[0].details).toMatchObject({ tried: ['backend.default.svc.cluster.local'] });
  });
});

describe('a headless Service', () => {
  const dbs = [0, 1].map((i) =>
    pod('default', `db-${i}`, {
      ip: `10.244.${i + 1}.40`,
      node: `node-${i + 1}`,
      labels: { app: 'db' },
      containers: [{ name: 'pg', image: 'postgres', ports: [{ name: 'pg', containerPort: 5432 }] }],
    }),
  );
  const db = service('default', 'db', {
    clusterIP: 'None',
    selector: { app: 'db' },
    ports: [{ name: 'pg', port: 5432, protocol: 'TCP', targetPort: 5432 }],
  });
  const sim = simulate([...frontendBackend().objects, ...dbs, db, endpointSliceFor(db, dbs)]);

  it('resolves to the Pod IPs and the traffic goes straight to them (no kube-proxy)', () => {
    const a = sim.reachability({
      from: frontend,
      to: { service: { namespace: 'default', name: 'db' } },
    });
    expect(a.verdict).toBe('allowed');
    expect(a.hops.map((h) => h.kind)).toEqual([
      'dns',
      'cni',
      'network-policy',
      'cni',
      'network-policy',
      'pod',
    ]);
    expect(a.endpoints.map((e) => `${e.pod} ${e.ip}:${e.port}`)).toEqual([
      'default/db-0 10.244.1.40:5432',
      'default/db-1 10.244.2.40:5432',
    ]);
    expect(a.endpoints[0].path).toMatch(/^Both pods run on node-1/);
  });

  it('a host lookup returning several A records is traced to each address', () => {
    const a = sim.reachability({ from: frontend, to: { host: 'db' }, port: 'pg' });
    expect(a.endpoints).toHaveLength(2);
    expect(a.summary).toContain('"db" (2 addresses, connected to directly)');
  });
});

describe('an ExternalName Service', () => {
  const ext = service('default', 'search', {
    type: 'ExternalName',
    externalName: 'search.example.com',
    ports: [{ port: 443, protocol: 'TCP' }],
  });

  it('answers a CNAME and the traffic leaves the cluster, with no kube-proxy rules', () => {
    const sim = simulate([...frontendBackend().objects, ext]);
    const a = sim.reachability({
      from: frontend,
      to: { service: { namespace: 'default', name: 'search' } },
    });
    expect(a).toMatchObject({ allowed: true, verdict: 'allowed', endpoints: [] });
    expect(a.hops.map((h) => h.kind)).toEqual(['dns', 'cni', 'network-policy']);
    expect(a.hops[0].summary).toContain('CNAME search.example.com.');
    expect(a.summary).toContain(
      'search.example.com (the ExternalName of Service default/search: a DNS CNAME, kube-proxy programs no rules for it) on TCP port 443',
    );
  });

  it('is blocked by an egress policy that only allows in-cluster destinations', () => {
    const egress = networkPolicy('in-cluster-only', {
      podSelector: {},
      policyTypes: ['Egress'],
      egress: [{ to: [{ namespaceSelector: {} }] }],
    });
    const sim = simulate([...frontendBackend().objects, ext, egress]);
    const a = sim.reachability({ from: frontend, to: { host: 'search' } });
    expect(a).toMatchObject({ allowed: false, verdict: 'denied-by-policy' });
    expect(a.summary).toContain(
      'default/frontend is isolated for egress by default/in-cluster-only',
    );
  });
});

describe('IP targets', () => {
  const sim = simulate(frontendBackend().objects);

  it('a Pod IP goes straight to the Pod', () => {
    const a = sim.reachability({ from: frontend, to: { ip: '10.244.2.5' }, port: 80 });
    expect(a).toMatchObject({
      verdict: 'allowed',
      endpoints: [expect.objectContaining({ pod: 'default/backend' })],
    });
    expect(a.hops.some((h) => h.kind === 'kube-proxy')).toBe(false);
  });

  it('an unassigned ClusterIP or Pod IP has no route', () => {
    expect(sim.reachability({ from: frontend, to: { ip: '10.96.0.99' }, port: 80 })).toMatchObject({
      verdict: 'no-route',
      allowed: false,
    });
    expect(sim.reachability({ from: frontend, to: { ip: '10.244.2.99' }, port: 80 }).summary).toBe(
      '10.244.2.99 is in the pod CIDR 10.244.0.0/16 but no Pod has it: nothing answers.',
    );
  });

  it('an address outside the cluster is left to the source’s egress policy', () => {
    const a = sim.reachability({
      from: frontend,
      to: { ip: '8.8.8.8' },
      port: 53,
      protocol: 'UDP',
    });
    expect(a).toMatchObject({ allowed: true, verdict: 'allowed' });
    expect(a.hops[0].summary).toContain('masquerades Pod traffic bound outside the cluster');
  });

  it('refuses malformed addresses and ports as bad requests', () => {
    expect(() => sim.reachability({ from: frontend, to: { ip: 'ten' } })).toThrow(
      'to.ip must be an IPv4 address, got "ten"',
    );
    expect(() => sim.reachability({ from: { external: 'x' }, to: { ip: '10.96.0.30' } })).toThrow(
      'from.external must be an IPv4 address',
    );
    expect(() =>
      sim.reachability({ from: frontend, to: { ip: '10.96.0.30' }, port: 70000 }),
    ).toThrow('port must be 1-65535');
  });
});

describe('default deny all egress (network-policies: "Default deny all egress traffic")', () => {
  const denyEgress = networkPolicy('default-deny-egress', {
    podSelector: {},
    policyTypes: ['Egress'],
  });

  it('blocks the DNS lookup itself, before any connection', () => {
    const sim = simulate([...frontendBackend().objects, denyEgress]);
    const a = sim.reachability({ from: frontend, to: { host: 'backend' }, port: 80 });
    expect(a).toMatchObject({ allowed: false, verdict: 'denied-by-policy', endpoints: [] });
    expect(a.hops.map((h) => h.kind)).toEqual(['dns', 'network-policy']);
    expect(a.summary).toMatch(
      /^Pod default\/frontend cannot even look up "backend": NetworkPolicy blocks its DNS query to CoreDNS/,
    );
  });

  it('lookups work again once DNS egress is allowed, and the connection is judged on its own', () => {
    const allowDns = networkPolicy('allow-dns', {
      podSelector: {},
      policyTypes: ['Egress'],
      egress: [
        {
          to: [
            {
              namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'kube-system' } },
            },
          ],
          ports: [
            { protocol: 'UDP', port: 53 },
            { protocol: 'TCP', port: 53 },
          ],
        },
      ],
    });
    const sim = simulate([...frontendBackend().objects, denyEgress, allowDns]);
    const a = sim.reachability({ from: frontend, to: { host: 'backend' }, port: 80 });
    expect(a.hops.map((h) => h.kind)).toEqual(['dns', 'kube-proxy', 'cni', 'network-policy']);
    expect(a.endpoints[0].policies.egress).toEqual([
      'default/default-deny-egress',
      'default/allow-dns',
    ]);
    expect(a.verdict).toBe('denied-by-policy');
  });
});
