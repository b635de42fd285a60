/**
 * Records the cluster DNS serves, checked against the Kubernetes DNS specification
 * (kubernetes/dns docs/specification.md, schema 1.1.0) and CoreDNS plugin/kubernetes behaviour
 * (handler_test.go cases: NXDOMAIN vs NODATA, headless, SRV, ExternalName, reverse).
 */
import { endpointSliceFor, pod, service, simulate } from '../simulation.fixtures';

const web = service('default', 'web', {
  clusterIP: '10.96.0.50',
  selector: { app: 'web' },
  ports: [
    { name: 'http', protocol: 'TCP', port: 80, targetPort: 8080 },
    { name: 'metrics', protocol: 'TCP', port: 9090 },
  ],
});
const webPods = [
  pod('default', 'web-1', { ip: '10.244.1.10', labels: { app: 'web' } }),
  pod('default', 'web-2', { ip: '10.244.2.10', node: 'node-2', labels: { app: 'web' } }),
];
const dbPods = [
  pod('default', 'db-0', {
    ip: '10.244.1.20',
    labels: { app: 'db' },
    spec: { hostname: 'db-0', subdomain: 'db' },
  }),
  pod('default', 'db-1', {
    ip: '10.244.2.20',
    node: 'node-2',
    labels: { app: 'db' },
    spec: { hostname: 'db-1', subdomain: 'db' },
  }),
  pod('default', 'db-2', {
    ip: '10.244.2.21',
    node: 'node-2',
    labels: { app: 'db' },
    ready: false,
    spec: { hostname: 'db-2', subdomain: 'db' },
  }),
];
const db = service('default', 'db', {
  clusterIP: 'None',
  selector: { app: 'db' },
  ports: [{ name: 'pg', protocol: 'TCP', port: 5432 }],
});
const ext = service('default', 'search', {
  type: 'ExternalName',
  externalName: 'search.example.com',
});
const alias = service('default', 'alias', {
  type: 'ExternalName',
  externalName: 'web.default.svc.cluster.local',
});

const sim = simulate([
  ...webPods,
  web,
  endpointSliceFor(web, webPods),
  ...dbPods,
  db,
  endpointSliceFor(db, dbPods),
  ext,
  alias,
]);
const ask = (name: string, type?: 'A' | 'AAAA' | 'SRV' | 'PTR' | 'CNAME' | 'TXT' | 'ANY') =>
  sim.dns({ name, type });

describe('cluster DNS records (Kubernetes DNS specification, CoreDNS kubernetes plugin)', () => {
  it('answers a ClusterIP Service A record <svc>.<ns>.svc.<zone> with its ClusterIP and TTL 5', () => {
    const a = ask('web.default.svc.cluster.local');
    expect(a.rcode).toBe('NOERROR');
    expect(a.answers).toEqual([
      { name: 'web.default.svc.cluster.local.', type: 'A', ttl: 5, data: '10.96.0.50' },
    ]);
    expect(a.tried).toEqual(['web.default.svc.cluster.local']);
  });

  it('answers the spec example SRV _http._tcp.<svc>.<ns>.svc.<zone> with the Service name as target', () => {
    const a = ask('_http._tcp.web.default.svc.cluster.local', 'SRV');
    expect(a.answers).toEqual([
      {
        name: '_http._tcp.web.default.svc.cluster.local.',
        type: 'SRV',
        ttl: 5,
        data: '0 100 80 web.default.svc.cluster.local.',
      },
    ]);
    expect(a.additional).toEqual([
      { name: 'web.default.svc.cluster.local.', type: 'A', ttl: 5, data: '10.96.0.50' },
    ]);
  });

  it('answers an SRV query on the bare Service name with one record per port (weights split 100)', () => {
    const a = ask('web.default.svc.cluster.local', 'SRV');
    expect(a.answers.map((r) => r.data)).toEqual([
      '0 50 80 web.default.svc.cluster.local.',
      '0 50 9090 web.default.svc.cluster.local.',
    ]);
  });

  it('says NXDOMAIN for an SRV name whose port name the Service does not have', () => {
    expect(ask('_grpc._tcp.web.default.svc.cluster.local', 'SRV').rcode).toBe('NXDOMAIN');
    expect(ask('_http._udp.web.default.svc.cluster.local', 'SRV').rcode).toBe('NXDOMAIN');
  });

  it('says NODATA (NOERROR, no answer) when the Service exists but the type does not: AAAA on an IPv4 Service', () => {
    const a = ask('web.default.svc.cluster.local', 'AAAA');
    expect(a.rcode).toBe('NOERROR');
    expect(a.answers).toEqual([]);
  });

  it('says NXDOMAIN for a missing Service and for a missing namespace', () => {
    expect(ask('nope.default.svc.cluster.local').rcode).toBe('NXDOMAIN');
    expect(ask('web.nowhere.svc.cluster.local').rcode).toBe('NXDOMAIN');
  });

  it('answers NODATA for the zone apex, svc.<zone> and an existing <ns>.svc.<zone>, as CoreDNS does', () => {
    for (const name of [
      'cluster.local',
      'svc.cluster.local',
      'default.svc.cluster.local',
      'default.pod.cluster.local',
    ]) {
      expect([name, ask(name).rcode, ask(name).answers]).toEqual([name, 'NOERROR', []]);
    }
  });

  it('says NXDOMAIN for names that do not follow the schema or are too long', () => {
    expect(ask('web.cluster.local').rcode).toBe('NXDOMAIN');
    expect(ask('a.b._http._tcp.web.default.svc.cluster.local').rcode).toBe('NXDOMAIN');
  });

  it('answers a headless Service with the IPs of its ready endpoints only', () => {
    const a = ask('db.default.svc.cluster.local');
    expect(a.answers.map((r) => r.data)).toEqual(['10.244.1.20', '10.244.2.20']);
  });

  it('answers pod hostname.subdomain records when a headless Service is named like the subdomain', () => {
    expect(ask('db-1.db.default.svc.cluster.local').answers.map((r) => r.data)).toEqual([
      '10.244.2.20',
    ]);
    // db-2 is not ready, so its record is not published.
    expect(ask('db-2.db.default.svc.cluster.local').rcode).toBe('NXDOMAIN');
  });

  it('answers headless SRV with one record per endpoint, each targeting the endpoint hostname', () => {
    const a = ask('_pg._tcp.db.default.svc.cluster.local', 'SRV');
    expect(a.answers.map((r) => r.data)).toEqual([
      '0 50 5432 db-0.db.default.svc.cluster.local.',
      '0 50 5432 db-1.db.default.svc.cluster.local.',
    ]);
    expect(a.additional?.map((r) => `${r.name} ${r.data}`)).toEqual([
      'db-0.db.default.svc.cluster.local. 10.244.1.20',
      'db-1.db.default.svc.cluster.local. 10.244.2.20',
    ]);
  });

  it('answers an ExternalName Service with a CNAME; the outside target is not resolved here', () => {
    const a = ask('search.default.svc.cluster.local');
    expect(a.rcode).toBe('NOERROR');
    expect(a.answers).toEqual([
      {
        name: 'search.default.svc.cluster.local.',
        type: 'CNAME',
        ttl: 5,
        data: 'search.example.com.',
      },
    ]);
    expect(a.explanation.join(' ')).toMatch(/no upstream|has none/);
    expect(ask('search.default.svc.cluster.local', 'CNAME').answers[0].data).toBe(
      'search.example.com.',
    );
    expect(ask('search.default.svc.cluster.local', 'SRV')).toMatchObject({
      rcode: 'NOERROR',
      answers: [],
    });
  });

  it('follows an ExternalName CNAME that points inside the cluster domain', () => {
    expect(
      ask('alias.default.svc.cluster.local').answers.map((r) => `${r.type} ${r.data}`),
    ).toEqual(['CNAME web.default.svc.cluster.local.', 'A 10.96.0.50']);
  });

  it('answers pod A records a-b-c-d.<ns>.pod.<zone> for any well-formed IP ("pods insecure")', () => {
    expect(ask('10-244-1-10.default.pod.cluster.local').answers[0].data).toBe('10.244.1.10');
    expect(ask('1-2-3-4.default.pod.cluster.local').answers[0].data).toBe('1.2.3.4');
    expect(ask('not-an-ip.default.pod.cluster.local').rcode).toBe('NXDOMAIN');
    expect(ask('1-2-3-4.nowhere.pod.cluster.local').rcode).toBe('NXDOMAIN');
  });

  it('answers PTR for a ClusterIP with the Service name', () => {
    expect(ask('50.0.96.10.in-addr.arpa', 'PTR').answers).toEqual([
      {
        name: '50.0.96.10.in-addr.arpa.',
        type: 'PTR',
        ttl: 5,
        data: 'web.default.svc.cluster.local.',
      },
    ]);
  });

  it('answers PTR for an endpoint Pod IP under each Service: hostname if set, else the dashed IP', () => {
    expect(ask('20.1.244.10.in-addr.arpa', 'PTR').answers[0].data).toBe(
      'db-0.db.default.svc.cluster.local.',
    );
    expect(ask('10.1.244.10.in-addr.arpa', 'PTR').answers[0].data).toBe(
      '10-244-1-10.web.default.svc.cluster.local.',
    );
  });

  it('says NXDOMAIN for the PTR of a Pod that backs no Service (CoreDNS falls through upstream)', () => {
    const lonely = simulate([pod('default', 'lonely', { ip: '10.244.1.99' })]);
    const a = lonely.dns({ name: '99.1.244.10.in-addr.arpa', type: 'PTR' });
    expect(a.rcode).toBe('NXDOMAIN');
    expect(a.explanation.join(' ')).toContain('lonely');
  });

  it('answers TXT dns-version.<zone> with the schema version', () => {
    expect(ask('dns-version.cluster.local', 'TXT').answers[0]).toMatchObject({
      type: 'TXT',
      data: '"1.1.0"',
      ttl: 28800,
    });
  });

  it('answers ANY with no records: it only tells whether the name exists', () => {
    expect(ask('web.default.svc.cluster.local', 'ANY')).toMatchObject({
      rcode: 'NOERROR',
      answers: [],
    });
    expect(ask('nope.default.svc.cluster.local', 'ANY').rcode).toBe('NXDOMAIN');
  });

  it('says NXDOMAIN for names outside the cluster domain: there is no upstream resolver', () => {
    expect(ask('example.com').rcode).toBe('NXDOMAIN');
  });

  it('names the cluster DNS itself at ns.dns.<zone>', () => {
    expect(ask('ns.dns.cluster.local').answers[0].data).toBe('10.96.0.10');
  });
});
