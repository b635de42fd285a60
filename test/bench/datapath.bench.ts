/**
 * Datapath benchmark (issue 18): what the packet evidence costs a reachability trace. A 50-node
 * calico cluster, 500 Pods, a Service with 100 endpoints spread over every node. Times the whole
 * trace to the Service (kube-proxy, NetworkPolicy and one packet per endpoint) and, as the
 * baseline share, the 100 packetEvidence calls alone; prints the ratio, plus the cost of one
 * node's `ip route` and `ip addr` views next to the trace.
 *
 * Run: node -r @swc-node/register test/bench/datapath.bench.ts
 */
import { performance } from 'node:perf_hooks';
import type { KubeObject } from '@app/kube';
import {
  bootstrapObjects,
  Datapath,
  nodeNetworks,
  packetEvidence,
  Simulation,
  validateClusterConfig,
} from '@app/netsim';

const NODES = 50;
const PODS = 500;
const ENDPOINTS = 100;

function cluster(): Simulation {
  const { config } = validateClusterConfig({ nodes: NODES });
  if (!config) throw new Error('invalid config');
  const objects: KubeObject[] = bootstrapObjects(config).filter(
    (o) => o.kind === 'Node' || o.kind === 'Namespace',
  );
  const endpoints: Array<Record<string, unknown>> = [];
  for (let i = 0; i < PODS; i++) {
    const node = (i % NODES) + 1;
    const ip = `10.244.${node}.${2 + Math.floor(i / NODES)}`;
    const web = i > 0 && i <= ENDPOINTS;
    objects.push({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { namespace: 'default', name: `p-${i}`, labels: { app: web ? 'web' : 'other' } },
      spec: {
        nodeName: `node-${node}`,
        containers: [{ name: 'c', image: 'nginx', ports: [{ containerPort: 80 }] }],
      },
      status: {
        phase: 'Running',
        podIP: ip,
        podIPs: [{ ip }],
        conditions: [{ type: 'Ready', status: 'True' }],
      },
    } as KubeObject);
    if (web)
      endpoints.push({
        addresses: [ip],
        conditions: { ready: true },
        nodeName: `node-${node}`,
        targetRef: { kind: 'Pod', namespace: 'default', name: `p-${i}` },
      });
  }
  objects.push({
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { namespace: 'default', name: 'web' },
    spec: {
      clusterIP: '10.96.0.50',
      clusterIPs: ['10.96.0.50'],
      selector: { app: 'web' },
      ports: [{ name: 'http', protocol: 'TCP', port: 80, targetPort: 80 }],
    },
  } as KubeObject);
  objects.push({
    apiVersion: 'discovery.k8s.io/v1',
    kind: 'EndpointSlice',
    metadata: {
      namespace: 'default',
      name: 'web-abc',
      labels: { 'kubernetes.io/service-name': 'web' },
    },
    addressType: 'IPv4',
    endpoints,
    ports: [{ name: 'http', protocol: 'TCP', port: 80 }],
  } as unknown as KubeObject);
  return Simulation.build({ config, revision: 1, objects });
}

function time(label: string, runs: number, fn: () => unknown): number {
  for (let i = 0; i < 3; i++) fn();
  const t0 = performance.now();
  for (let i = 0; i < runs; i++) fn();
  const ms = (performance.now() - t0) / runs;
  console.log(`${label.padEnd(44)} ${ms.toFixed(3)} ms`);
  return ms;
}

export function run(): void {
  const sim = cluster();
  const answer = sim.reachability({
    from: { pod: { namespace: 'default', name: 'p-0' } },
    to: { service: { namespace: 'default', name: 'web' } },
  });
  const withPacket = answer.endpoints.filter((e) => e.packet).length;
  if (answer.endpoints.length !== ENDPOINTS || withPacket !== ENDPOINTS)
    throw new Error(
      `expected ${ENDPOINTS} endpoints with packets, got ${withPacket}/${answer.endpoints.length}`,
    );

  const trace = time('trace p-0 → Service web (100 endpoints)', 50, () =>
    sim.reachability({
      from: { pod: { namespace: 'default', name: 'p-0' } },
      to: { service: { namespace: 'default', name: 'web' } },
    }),
  );
  const dp = new Datapath(sim.snapshot.config);
  const nets = nodeNetworks(sim.index, dp.options);
  const packets = time('100 × packetEvidence alone', 50, () => {
    for (const e of answer.endpoints)
      packetEvidence(sim.index, dp, nets, {
        protocol: 'TCP',
        src: { ip: '10.244.1.2' },
        addressed: { ip: '10.96.0.50', port: 80 },
        dst: { ip: e.ip, port: e.port, node: e.node, pod: e.pod },
        fromNode: 'node-1',
      });
  });
  const routes = time('node-1 routes (49 peers)', 200, () => sim.nodeRoutes('node-1'));
  const ifaces = time('node-1 interfaces (10 Pods)', 200, () => sim.nodeInterfaces('node-1'));
  console.log(`packet evidence share of the trace: ${((packets / trace) * 100).toFixed(1)}%`);
  console.log(
    `routes / trace: ${(routes / trace).toFixed(3)}, interfaces / trace: ${(ifaces / trace).toFixed(3)}`,
  );
}

if (require.main === module) run();
