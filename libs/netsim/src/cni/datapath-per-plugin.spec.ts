import type { KubeObject } from '@app/kube';
import { DEFAULT_CLUSTER_CONFIG, type ClusterConfig, type NetworkPlugin } from '../cluster-config';
import { bootstrapObjects } from '../bootstrap/bootstrap-cluster';
import { pod, service, endpointSliceFor } from '../simulation.fixtures';
import { Simulation } from '../simulation';
import { validateClusterConfig } from '../admission/validate-cluster-config';
import { interfacesText } from './node-view';

/** A validated cluster (its datapath defaulted) with web-1 on node-1 and web-2 on node-2. */
function cluster(
  plugin: NetworkPlugin,
  datapath?: Record<string, unknown>,
  extra: Partial<ClusterConfig> = {},
): Simulation {
  const { config, causes } = validateClusterConfig({ networkPlugin: plugin, datapath, ...extra });
  if (!config) throw new Error(JSON.stringify(causes));
  const client = pod('default', 'client', {
    ip: '10.244.1.2',
    node: 'node-1',
    labels: { app: 'client' },
  });
  const near = pod('default', 'near', { ip: '10.244.1.3', node: 'node-1', labels: { app: 'web' } });
  const far = pod('default', 'far', { ip: '10.244.2.2', node: 'node-2', labels: { app: 'web' } });
  const web = service('default', 'web', {
    clusterIP: '10.96.0.40',
    type: 'NodePort',
    selector: { app: 'web' },
    ports: [{ name: 'http', protocol: 'TCP', port: 80, targetPort: 80, nodePort: 30080 }],
  });
  const objects: KubeObject[] = [
    ...bootstrapObjects(config).filter((o) => o.kind === 'Node' || o.kind === 'Namespace'),
    client,
    near,
    far,
    web,
    endpointSliceFor(web, [near, far]),
  ];
  return Simulation.build({ config, revision: 1, objects });
}

const toFar = (sim: Simulation) =>
  sim.reachability({
    from: { pod: { namespace: 'default', name: 'client' } },
    to: { pod: { namespace: 'default', name: 'far' } },
    port: 80,
  }).endpoints[0].packet!;

const routeTo = (sim: Simulation, node: string, dst: string) =>
  sim.nodeRoutes(node)!.routes.filter((r) => r.dst === dst);

describe('Calico', () => {
  it('defaults to IP-in-IP Always, as calico.yaml: tunl0, outer node IPs, MTU 1480', () => {
    const sim = cluster('calico');
    expect(sim.snapshot.config.datapath).toEqual({
      nodeSubnets: 'single',
      hostMTU: 1500,
      calico: { ipipMode: 'Always', vxlanMode: 'Never', wireguard: false },
    });
    const p = toFar(sim);
    expect(p).toMatchObject({
      mode: 'encapsulated',
      inner: { src: '10.244.1.2', dst: '10.244.2.2', protocol: 'TCP', dstPort: 80 },
      outer: { src: '172.18.0.2', dst: '172.18.0.3', protocol: 'IPIP' },
      mtu: { pod: 1480, host: 1500, overhead: 20, fits: true },
      route: { node: 'node-1', dev: 'tunl0', via: '172.18.0.3' },
    });
    expect(p.encryption).toBeUndefined();
    expect(routeTo(sim, 'node-1', '10.244.2.0/24')).toEqual([
      { dst: '10.244.2.0/24', via: '172.18.0.3', dev: 'tunl0', proto: 'bird', onlink: true },
    ]);
    expect(sim.nodeRoutes('node-1')!.text).toContain(
      '10.244.2.0/24 via 172.18.0.3 dev tunl0 proto bird onlink\n',
    );
    expect(sim.nodeRoutes('node-1')!.text).toContain('blackhole 10.244.1.0/24 proto bird');
    expect(sim.nodeRoutes('node-1')!.bgp).toEqual({
      asNumber: 64512,
      routerId: '172.18.0.2',
      peers: [
        {
          node: 'node-2',
          peerAddress: '172.18.0.3',
          peerType: 'node-to-node mesh',
          state: 'up',
          info: 'Established',
          announces: '10.244.2.0/24',
        },
      ],
    });
    const cni = sim.podCni('default', 'client')!;
    expect(cni.result).toMatchObject({
      cniVersion: '1.0.0',
      ips: [{ address: '10.244.1.2/32', interface: 1 }],
      routes: [{ dst: '0.0.0.0/0', gw: '169.254.1.1' }],
    });
    expect(cni.conflist.content).toMatchObject({
      name: 'k8s-pod-network',
      plugins: [{ type: 'calico', mtu: 1480 }, {}, {}],
    });
    expect(cni.explanation[0]).toBe(
      `calico-ipam gave 10.244.1.2/32 from node-1's block 10.244.1.0/24; the Pod's default route goes via 169.254.1.1 (proxy ARP on ${cni.result.interfaces[0].name}), and node-1 routes 10.244.1.2 to ${cni.result.interfaces[0].name}.`,
    );
    expect(cni.result.interfaces[0].name).toMatch(/^cali[0-9a-f]{11}$/);
    const tunl0 = sim.nodeInterfaces('node-1')!.find((i) => i.name === 'tunl0');
    expect(tunl0).toMatchObject({ kind: 'ipip', mtu: 1480, addresses: ['10.244.1.0/32'] });
    const text = interfacesText(sim.nodeInterfaces('node-1')!);
    expect(text).toContain(
      '2: eth0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500\n    inet 172.18.0.2/16 scope global eth0',
    );
    expect(text).toContain(
      '3: tunl0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1480\n    ipip\n    inet 10.244.1.0/32',
    );
    expect(text).toMatch(/cali[0-9a-f]{11}@if2: .* mtu 1480 link-netns default\/client/);
  });

  it('VXLAN Always: vxlan.calico, UDP 4789, VNI 4096, MTU 1450', () => {
    const sim = cluster('calico', { calico: { ipipMode: 'Never', vxlanMode: 'Always' } });
    expect(toFar(sim)).toMatchObject({
      outer: { src: '172.18.0.2', dst: '172.18.0.3', protocol: 'UDP', udpPort: 4789, vni: 4096 },
      mtu: { pod: 1450, overhead: 50 },
    });
    expect(routeTo(sim, 'node-1', '10.244.2.0/24')[0]).toMatchObject({
      dev: 'vxlan.calico',
      via: '10.244.2.0',
    });
    const a = sim.reachability({
      from: { pod: { namespace: 'default', name: 'client' } },
      to: { pod: { namespace: 'default', name: 'far' } },
      port: 80,
    });
    expect(a.endpoints[0].path).toContain(
      'through vxlan.calico: calico uses VXLAN between node IPs',
    );
  });

  it('CrossSubnet: plain routing inside a subnet, IP-in-IP across subnets', () => {
    const flat = cluster('calico', { calico: { ipipMode: 'CrossSubnet' } });
    expect(toFar(flat)).toMatchObject({
      mode: 'routed',
      route: { dev: 'eth0', via: '172.18.0.3' },
    });
    expect(toFar(flat).outer).toBeUndefined();
    const zoned = cluster('calico', {
      nodeSubnets: 'per-zone',
      calico: { ipipMode: 'CrossSubnet' },
    });
    expect(zoned.index.nodeIP('node-2')).toBe('172.18.1.2');
    expect(toFar(zoned)).toMatchObject({
      mode: 'encapsulated',
      outer: { src: '172.18.0.2', dst: '172.18.1.2', protocol: 'IPIP' },
    });
    expect(toFar(zoned).reason).toContain('CrossSubnet');
  });

  it('Never across subnets: no route, the packet is lost at the router', () => {
    const sim = cluster('calico', { nodeSubnets: 'per-zone', calico: { ipipMode: 'Never' } });
    expect(toFar(sim)).toMatchObject({
      mode: 'unroutable',
      delivered: false,
      route: { dst: 'default' },
    });
    expect(routeTo(sim, 'node-1', '10.244.2.0/24')).toEqual([]);
    const a = sim.reachability({
      from: { pod: { namespace: 'default', name: 'client' } },
      to: { service: { namespace: 'default', name: 'web' } },
    });
    expect(a).toMatchObject({ allowed: false, verdict: 'no-route' });
    expect(a.summary).toContain('reaches only 1 of 2 endpoints');
    expect(a.endpoints.map((e) => [e.pod, e.allowed])).toEqual([
      ['default/near', true],
      ['default/far', false],
    ]);
  });

  it('WireGuard: wireguard.cali, UDP 51820, encrypted, MTU 1440', () => {
    const sim = cluster('calico', { calico: { wireguard: true } });
    expect(toFar(sim)).toMatchObject({
      encryption: { protocol: 'WireGuard', udpPort: 51820 },
      outer: { protocol: 'UDP', udpPort: 51820 },
      mtu: { pod: 1440 },
      route: { dev: 'wireguard.cali', table: 1 },
    });
  });
});

describe('Flannel', () => {
  it('vxlan: flannel.1, VNI 1, UDP 8472, MTU 1450; routes via the peer VTEP on flannel.1', () => {
    const sim = cluster('flannel');
    expect(toFar(sim)).toMatchObject({
      outer: { src: '172.18.0.2', dst: '172.18.0.3', protocol: 'UDP', udpPort: 8472, vni: 1 },
      mtu: { pod: 1450 },
    });
    expect(routeTo(sim, 'node-1', '10.244.2.0/24')[0]).toMatchObject({
      dev: 'flannel.1',
      via: '10.244.2.0',
      onlink: true,
    });
    expect(sim.podCni('default', 'client')!.conflist.file).toBe('10-flannel.conflist');
  });

  it('host-gw: the peer node IP on eth0, no encapsulation; across subnets no route', () => {
    const sim = cluster('flannel', { flannel: { backend: 'host-gw' } });
    expect(toFar(sim)).toMatchObject({ mode: 'routed', mtu: { pod: 1500 } });
    expect(routeTo(sim, 'node-1', '10.244.2.0/24')).toEqual([
      { dst: '10.244.2.0/24', via: '172.18.0.3', dev: 'eth0' },
    ]);
    const zoned = cluster('flannel', { nodeSubnets: 'per-zone', flannel: { backend: 'host-gw' } });
    expect(toFar(zoned).delivered).toBe(false);
    const a = zoned.reachability({
      from: { pod: { namespace: 'default', name: 'client' } },
      to: { pod: { namespace: 'default', name: 'far' } },
      port: 80,
    });
    // flannel enforces no policy, yet a packet without a route still never arrives.
    expect(a).toMatchObject({ allowed: false, verdict: 'no-route' });
  });
});

describe('Cilium', () => {
  it('VXLAN tunnel by default (UDP 8472), Geneve as an option (UDP 6081); through cilium_host', () => {
    const vxlan = cluster('cilium');
    expect(toFar(vxlan)).toMatchObject({
      outer: { protocol: 'UDP', udpPort: 8472, encapsulation: 'VXLAN' },
      mtu: { pod: 1450 },
      route: { dev: 'cilium_host' },
    });
    const geneve = cluster('cilium', { cilium: { tunnelProtocol: 'geneve' } });
    expect(toFar(geneve).outer).toMatchObject({ udpPort: 6081, encapsulation: 'Geneve' });
    expect(geneve.nodeInterfaces('node-1')!.map((i) => i.name)).toContain('cilium_geneve');
  });

  it('native routing: the node IP on eth0, MTU 1500', () => {
    const sim = cluster('cilium', { cilium: { routingMode: 'native' } });
    expect(toFar(sim)).toMatchObject({ mode: 'routed', route: { dev: 'eth0', via: '172.18.0.3' } });
  });

  it('kube-proxy replacement: no iptables rules, and the DNAT is eBPF', () => {
    const sim = cluster('cilium', { cilium: { kubeProxyReplacement: true } });
    expect(sim.iptables('node-1')).toContain('no kube-proxy rules');
    expect(sim.iptables('node-1')).not.toContain('KUBE-SERVICES');
    const a = sim.reachability({
      from: { pod: { namespace: 'default', name: 'client' } },
      to: { service: { namespace: 'default', name: 'web' } },
    });
    expect(a.hops.find((h) => h.kind === 'kube-proxy')!.summary).toMatch(
      /^Cilium's eBPF service load balancer \(kube-proxy replacement\) on node-1 rewrites/,
    );
    const far = a.endpoints.find((e) => e.pod === 'default/far')!.packet!;
    expect(far.changes).toEqual([
      {
        by: 'cilium-ebpf',
        action: 'DNAT',
        field: 'destination',
        from: '10.96.0.40:80',
        to: '10.244.2.2:80',
      },
    ]);
  });
});

describe('Weave Net', () => {
  it('fast datapath: VXLAN on UDP 6784, MTU 1376, one route for the whole Pod network', () => {
    const sim = cluster('weave');
    expect(toFar(sim)).toMatchObject({
      outer: { protocol: 'UDP', udpPort: 6784 },
      mtu: { pod: 1376 },
      route: { dst: '10.244.0.0/16', dev: 'weave' },
    });
    expect(routeTo(sim, 'node-1', '10.244.0.0/16')[0].dev).toBe('weave');
  });

  it('sleeve, and encryption with a password (never stored)', () => {
    const sleeve = cluster('weave', { weave: { fastDatapath: false, password: 's3cret' } });
    expect(JSON.stringify(sleeve.snapshot.config)).not.toContain('s3cret');
    expect(toFar(sleeve)).toMatchObject({
      outer: { udpPort: 6783, encapsulation: 'Weave sleeve' },
      encryption: { protocol: 'NaCl' },
    });
    const esp = cluster('weave', { weave: { password: 's3cret' } });
    expect(toFar(esp)).toMatchObject({
      outer: { protocol: 'ESP' },
      encryption: { protocol: 'IPsec ESP' },
    });
  });
});

describe('packets through a Service', () => {
  it('shows the DNAT kube-proxy does, and same-node delivery without encapsulation', () => {
    const sim = cluster('calico');
    const a = sim.reachability({
      from: { pod: { namespace: 'default', name: 'client' } },
      to: { service: { namespace: 'default', name: 'web' } },
    });
    const near = a.endpoints.find((e) => e.pod === 'default/near')!.packet!;
    expect(near).toMatchObject({
      mode: 'local',
      original: { src: '10.244.1.2', dst: '10.96.0.40', dstPort: 80 },
      changes: [{ by: 'kube-proxy', action: 'DNAT', from: '10.96.0.40:80', to: '10.244.1.3:80' }],
    });
    expect(near.outer).toBeUndefined();
    const cni = a.hops.filter((h) => h.kind === 'cni');
    expect(cni.map((h) => h.summary).join(' ')).toMatch(/outer 172\.18\.0\.2 → 172\.18\.0\.3 IPIP/);
  });

  it('NodePort from outside: DNAT to the endpoint and SNAT to the receiving node, then the tunnel', () => {
    const sim = cluster('calico');
    const a = sim.reachability({
      from: { external: '198.51.100.7' },
      to: { node: 'node-1', nodePort: 30080 },
    });
    const far = a.endpoints.find((e) => e.pod === 'default/far')!.packet!;
    expect(far).toMatchObject({
      original: { src: '198.51.100.7', dst: '172.18.0.2', dstPort: 30080 },
      changes: [
        { action: 'DNAT', field: 'destination', from: '172.18.0.2:30080', to: '10.244.2.2:80' },
        { action: 'SNAT', field: 'source', from: '198.51.100.7', to: '172.18.0.2' },
      ],
      inner: { src: '172.18.0.2', dst: '10.244.2.2' },
      outer: { src: '172.18.0.2', dst: '172.18.0.3', protocol: 'IPIP' },
    });
  });

  it('a Pod MTU larger than the host MTU allows says large packets stall', () => {
    const sim = cluster('flannel', { podMTU: 1500 });
    expect(toFar(sim).mtu).toEqual({
      pod: 1500,
      host: 1500,
      overhead: 50,
      largestPacket: 1450,
      fits: false,
    });
    expect(toFar(sim).summary).toContain('large ones stall');
    const a = sim.reachability({
      from: { pod: { namespace: 'default', name: 'client' } },
      to: { service: { namespace: 'default', name: 'web' } },
    });
    expect(a).toMatchObject({ allowed: false, verdict: 'dropped' });
    expect(a.summary).toContain('can use only 1 of 2 endpoints');
    expect(a.summary).toContain('exceed node-1');
  });
});

describe('datapath validation', () => {
  const causes = (body: Record<string, unknown>) => validateClusterConfig(body).causes;
  it('refuses a section for another plugin, unknown fields, bad modes, both encapsulations', () => {
    expect(causes({ networkPlugin: 'flannel', datapath: { calico: {} } })).toEqual([
      expect.objectContaining({ field: 'datapath.calico', reason: 'FieldValueForbidden' }),
    ]);
    expect(causes({ datapath: { calico: { ipipMode: 'Sometimes' } } })[0]).toMatchObject({
      field: 'datapath.calico.ipipMode',
      reason: 'FieldValueNotSupported',
    });
    expect(causes({ datapath: { calico: { vxlanMode: 'Always' } } })[0].field).toBe(
      'datapath.calico.vxlanMode',
    );
    expect(causes({ datapath: { bogus: 1 } })[0].field).toBe('datapath.bogus');
    expect(causes({ datapath: { hostMTU: 100 } })[0].field).toBe('datapath.hostMTU');
    expect(causes({ networkPlugin: 'flannel', datapath: { flannel: { vni: 0 } } })[0].field).toBe(
      'datapath.flannel.vni',
    );
  });
  it('leaves the default cluster as it was, with its datapath spelled out', () => {
    const { config } = validateClusterConfig({});
    expect(config).toMatchObject(DEFAULT_CLUSTER_CONFIG);
  });
});

/** Every plugin and mode: the route node-1 programs for node-2's pod CIDR and the packet a trace shows. */
describe.each([
  // plugin, datapath, route device for 10.244.2.0/24, outer protocol / UDP port, Pod MTU
  ['calico', {}, 'tunl0', 'IPIP', undefined, 1480],
  [
    'calico',
    { calico: { ipipMode: 'Never', vxlanMode: 'Always' } },
    'vxlan.calico',
    'UDP',
    4789,
    1450,
  ],
  ['calico', { calico: { ipipMode: 'CrossSubnet' } }, 'eth0', undefined, undefined, 1480],
  ['calico', { calico: { ipipMode: 'Never' } }, 'eth0', undefined, undefined, 1500],
  ['calico', { calico: { wireguard: true } }, 'wireguard.cali', 'UDP', 51820, 1440],
  ['flannel', {}, 'flannel.1', 'UDP', 8472, 1450],
  ['flannel', { flannel: { vni: 7, port: 4789 } }, 'flannel.7', 'UDP', 4789, 1450],
  ['flannel', { flannel: { backend: 'host-gw' } }, 'eth0', undefined, undefined, 1500],
  ['cilium', {}, 'cilium_host', 'UDP', 8472, 1450],
  ['cilium', { cilium: { tunnelProtocol: 'geneve' } }, 'cilium_host', 'UDP', 6081, 1450],
  ['cilium', { cilium: { routingMode: 'native' } }, 'eth0', undefined, undefined, 1500],
  [
    'cilium',
    { cilium: { routingMode: 'native', wireguard: true } },
    'cilium_wg0',
    'UDP',
    51871,
    1420,
  ],
  ['weave', {}, 'weave', 'UDP', 6784, 1376],
  ['weave', { weave: { fastDatapath: false } }, 'weave', 'UDP', 6783, 1376],
] as const)('%s %j', (plugin, datapath, device, protocol, udpPort, podMTU) => {
  it(`node-1 routes node-2's Pods through ${device}; the packet's outer header and MTU agree`, () => {
    const sim = cluster(plugin, datapath);
    const p = toFar(sim);
    const dst = plugin === 'weave' ? '10.244.0.0/16' : '10.244.2.0/24';
    const routes = sim.nodeRoutes('node-1')!.routes.filter((r) => r.dst === dst);
    expect(routes.map((r) => r.dev)).toContain(device);
    expect(p.route).toMatchObject({ node: 'node-1', dst, dev: device });
    expect(p.mtu.pod).toBe(podMTU);
    if (protocol === undefined) expect(p.outer).toBeUndefined();
    else
      expect(p.outer).toMatchObject({
        src: '172.18.0.2',
        dst: '172.18.0.3',
        protocol,
        ...(udpPort !== undefined && { udpPort }),
      });
  });
});
