/**
 * Traffic from outside the cluster, as kubernetes.io describes it: concepts/services-networking/
 * service ("Type NodePort": every node proxies the port; ClusterIP is reachable only from within
 * the cluster), tutorials/services/source-ip ("Source IP for Services with Type=NodePort": with
 * externalTrafficPolicy Cluster the node SNATs the client to its own IP; with Local the client IP
 * is preserved and a node without an endpoint drops the packet) and "Type LoadBalancer".
 */
import { networkPolicy } from '@app/kube';
import { simulate } from '../simulation.fixtures';
import { webApp } from './trace-fixtures';

const client = { external: '198.51.100.7' };

/** One web Pod on node-1 behind a NodePort Service (80 → 8080, NodePort 30080). */
function nodePortWeb(externalTrafficPolicy: 'Cluster' | 'Local' = 'Cluster') {
  return webApp('web', {
    clusterIP: '10.96.0.70',
    firstIP: 20,
    spec: {
      type: 'NodePort',
      externalTrafficPolicy,
      ports: [{ name: 'http', protocol: 'TCP', port: 80, targetPort: 8080, nodePort: 30080 }],
    },
  });
}

const allowIngressFrom = (cidr: string, app = 'web') =>
  networkPolicy(`${app}-from`, {
    podSelector: { matchLabels: { app } },
    ingress: [{ from: [{ ipBlock: { cidr } }] }],
  });

describe('ClusterIP versus NodePort from outside the cluster', () => {
  const sim = simulate(nodePortWeb().objects);

  it('a ClusterIP is internal only: unreachable, with a hint to use the NodePort', () => {
    const a = sim.reachability({
      from: client,
      to: { service: { namespace: 'default', name: 'web' } },
    });
    expect(a).toMatchObject({ allowed: false, verdict: 'unreachable' });
    expect(a.summary).toContain('a ClusterIP is internal only');
    expect(a.summary).toContain("use any node's IP on port 30080");
  });

  it('a Pod IP is not routed from outside either', () => {
    const a = sim.reachability({ from: client, to: { ip: '10.244.1.20' }, port: 8080 });
    expect(a).toMatchObject({ allowed: false, verdict: 'unreachable' });
  });

  it.each(['node-1', 'node-2'])('NodeIP:30080 works on %s, even where no endpoint runs', (node) => {
    const a = sim.reachability({ from: client, to: { node, nodePort: 30080 } });
    expect(a).toMatchObject({
      allowed: true,
      verdict: 'allowed',
      endpoints: [expect.objectContaining({ pod: 'default/web-0', port: 8080 })],
    });
    expect(a.hops.map((h) => h.kind)).toEqual([
      'node-port',
      'kube-proxy',
      'cni',
      'network-policy',
      'pod',
    ]);
    expect(a.hops[1].details).toMatchObject({ node, sourceIPPreserved: false });
    expect(a.endpoints[0].path).toMatch(
      node === 'node-1'
        ? /^Both pods run on node-1/
        : /^The packet leaves node-2 \(172\.18\.0\.3\) for node-1/,
    );
  });

  it('a node IP given as an IP target is treated as a NodePort; an unused port is refused', () => {
    expect(sim.reachability({ from: client, to: { ip: '172.18.0.3' }, port: 30080 }).verdict).toBe(
      'allowed',
    );
    const a = sim.reachability({ from: client, to: { node: 'node-1', nodePort: 30999 } });
    expect(a).toMatchObject({ allowed: false, verdict: 'no-such-port' });
    expect(a.summary).toContain(
      'nothing listens on 172.18.0.2:30999, so the connection is refused',
    );
  });
});

describe('externalTrafficPolicy Local', () => {
  const sim = simulate(nodePortWeb('Local').objects);

  it('drops the packet on a node without a local endpoint', () => {
    const a = sim.reachability({ from: client, to: { node: 'node-2', nodePort: 30080 } });
    expect(a).toMatchObject({ allowed: false, verdict: 'dropped' });
    expect(a.summary).toContain('no endpoint runs on node-2');
    expect(a.summary).toContain('times out');
  });

  it('delivers on the endpoint’s node with the client IP preserved', () => {
    const a = sim.reachability({ from: client, to: { node: 'node-1', nodePort: 30080 } });
    expect(a).toMatchObject({ allowed: true, verdict: 'allowed' });
    expect(a.hops[1].details).toMatchObject({ sourceIPPreserved: true });
  });
});

describe('SNAT and ipBlock rules on the destination', () => {
  it('Cluster policy: an ipBlock for the client fails, because the Pod sees the node IP', () => {
    const sim = simulate([...nodePortWeb().objects, allowIngressFrom('198.51.100.0/24')]);
    const a = sim.reachability({ from: client, to: { node: 'node-2', nodePort: 30080 } });
    expect(a).toMatchObject({ allowed: false, verdict: 'denied-by-policy' });
    expect(a.endpoints[0].explanation).toContain(
      'kube-proxy masquerades the connection (SNAT), so default/web-0 sees the source as 172.18.0.3 (node node-2), not 198.51.100.7.',
    );
    expect(a.endpoints[0].explanation[0]).toBe(
      '198.51.100.7 (seen as 172.18.0.3 after SNAT on node-2) → default/web-0 on TCP port 8080: denied by NetworkPolicy.',
    );
  });

  it('Cluster policy: an ipBlock for the node network passes', () => {
    const sim = simulate([...nodePortWeb().objects, allowIngressFrom('172.18.0.0/24')]);
    expect(
      sim.reachability({ from: client, to: { node: 'node-2', nodePort: 30080 } }).verdict,
    ).toBe('allowed');
  });

  it('Local policy: the client IP is preserved, so the client ipBlock passes', () => {
    const sim = simulate([...nodePortWeb('Local').objects, allowIngressFrom('198.51.100.0/24')]);
    expect(
      sim.reachability({ from: client, to: { node: 'node-1', nodePort: 30080 } }).verdict,
    ).toBe('allowed');
  });
});

describe('a LoadBalancer Service', () => {
  const lbWeb = (externalTrafficPolicy: 'Cluster' | 'Local') =>
    webApp('shop', {
      count: 1,
      clusterIP: '10.96.0.80',
      firstIP: 30,
      lbIPs: ['203.0.113.20'],
      spec: {
        type: 'LoadBalancer',
        externalTrafficPolicy,
        ...(externalTrafficPolicy === 'Local' ? { healthCheckNodePort: 32000 } : {}),
        ports: [{ name: 'http', protocol: 'TCP', port: 80, targetPort: 8080, nodePort: 30081 }],
      },
    });

  it('chains load balancer → node port → kube-proxy → endpoint', () => {
    const sim = simulate(lbWeb('Cluster').objects);
    const a = sim.reachability({ from: client, to: { ip: '203.0.113.20' }, port: 80 });
    expect(a).toMatchObject({ allowed: true, verdict: 'allowed' });
    expect(a.hops.map((h) => h.kind)).toEqual([
      'load-balancer',
      'node-port',
      'kube-proxy',
      'cni',
      'network-policy',
      'pod',
    ]);
    expect(a.hops[0].summary).toContain(
      'spreads connections over every node (externalTrafficPolicy Cluster): node-1, node-2',
    );
  });

  it('with Cluster policy, ingress rules see whichever node the load balancer picked', () => {
    const sim = simulate([...lbWeb('Cluster').objects, allowIngressFrom('172.18.0.2/32', 'shop')]);
    const a = sim.reachability({ from: client, to: { ip: '203.0.113.20' } });
    expect(a.verdict).toBe('denied-by-policy');
    expect(a.endpoints[0].explanation.at(-1)).toBe(
      'kube-proxy masquerades the connection (SNAT), so default/shop-0 sees the IP of whichever node received it (172.18.0.2, 172.18.0.3), not 198.51.100.7; it is denied when the packet arrives through node-2.',
    );
  });

  it('with Local policy, the load balancer health-checks nodes and only uses those with an endpoint', () => {
    const sim = simulate(lbWeb('Local').objects);
    const a = sim.reachability({ from: client, to: { ip: '203.0.113.20' } });
    expect(a.verdict).toBe('allowed');
    expect(a.hops[0].summary).toContain(
      'health-checks every node on healthCheckNodePort 32000 and sends traffic only to nodes with a local endpoint (externalTrafficPolicy Local): node-1',
    );
  });

  it('from a Pod, kube-proxy captures the load-balancer IP on the Pod’s own node', () => {
    const sim = simulate([
      ...lbWeb('Cluster').objects,
      ...webApp('client', { clusterIP: '10.96.0.81', firstIP: 50 }).objects,
    ]);
    const a = sim.reachability({
      from: { pod: { namespace: 'default', name: 'client-0' } },
      to: { ip: '203.0.113.20' },
      port: 80,
    });
    expect(a.hops.map((h) => h.kind)).toEqual([
      'load-balancer',
      'kube-proxy',
      'cni',
      'network-policy',
      'pod',
    ]);
    expect(a.hops[0].summary).toContain('never goes out to the load balancer');
  });
});
