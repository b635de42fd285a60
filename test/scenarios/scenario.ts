/**
 * Scenario fixtures (test/fixtures/scenarios/<area>/<story>.yaml): a cluster built the way the
 * API builds one — bootstrap, then the manifests through admission and the real controllers —
 * and the reachability answers its story promises. Also the packet-through-rendered-rules
 * cross-check (kubernetes pkg/proxy/iptables/proxier_test.go runPacketFlowTests) every scenario
 * runs: each Service address from each kind of sender, traced through `sim.iptables(node)`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { parseManifests, type Protocol } from '@app/kube';
import {
  admit,
  applyAdmission,
  bootstrapCluster,
  loadBalancerIPs,
  podIPs,
  serviceClusterIPs,
  Simulation,
  tracePacket,
  validateClusterConfig,
  type AdmissionContext,
  type ClusterSnapshot,
  type ProxyQuery,
  type ReachabilityRequest,
  type ReachabilityVerdict,
} from '@app/netsim';

export const SCENARIOS_DIR = join(__dirname, '../fixtures/scenarios');

export interface ScenarioExpectation {
  /** "ns/name" of a Pod, or `external: <ip>`. */
  from: string | { external: string };
  to: Record<string, unknown>;
  port?: number | string;
  protocol?: Protocol;
  verdict: ReachabilityVerdict;
  /** A phrase the summary must contain. */
  says?: string;
}

export interface Scenario {
  file: string;
  story: string;
  cluster?: Record<string, unknown>;
  manifests: string;
  expect: ScenarioExpectation[];
}

/** Every scenario file under SCENARIOS_DIR, by area then name. */
export function loadScenarios(): Scenario[] {
  return readdirSync(SCENARIOS_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((area) =>
      readdirSync(join(SCENARIOS_DIR, area.name))
        .filter((f) => f.endsWith('.yaml'))
        .sort()
        .map((f) => {
          const file = `${area.name}/${f}`;
          const doc = parse(readFileSync(join(SCENARIOS_DIR, file), 'utf8')) as Omit<
            Scenario,
            'file'
          >;
          return { file, ...doc, expect: doc.expect ?? [] };
        }),
    );
}

/** A fixed clock and counting uids: the same scenario always builds the same cluster. */
function fixedContext(): AdmissionContext {
  let uid = 0;
  return {
    now: () => new Date('2026-01-01T00:00:00Z'),
    newUid: () => `00000000-0000-4000-8000-${String(++uid).padStart(12, '0')}`,
  };
}

/** bootstrap → admit(manifests) → Simulation, as a cluster create and one apply would. */
export function buildScenario(scenario: Scenario): Simulation {
  const { config, causes } = validateClusterConfig({ name: 'scenario', ...scenario.cluster });
  if (!config) throw new Error(`${scenario.file}: ${JSON.stringify(causes)}`);
  const ctx = fixedContext();
  let snapshot: ClusterSnapshot = applyAdmission(
    { config, revision: 0, objects: [] },
    bootstrapCluster(config, ctx),
  );
  const ops = parseManifests(scenario.manifests).map((object) => ({
    op: 'apply' as const,
    object,
  }));
  snapshot = applyAdmission(snapshot, admit(snapshot, ops, ctx));
  return Simulation.build(snapshot);
}

const ref = (key: string) => {
  const [namespace, name] = key.includes('/') ? key.split('/') : ['default', key];
  return { namespace, name };
};

/** The scenario's expectation as the engine's question. */
export function toRequest(e: ScenarioExpectation): ReachabilityRequest {
  const to = Object.fromEntries(
    Object.entries(e.to).map(([k, v]) =>
      (k === 'pod' || k === 'service') && typeof v === 'string' ? [k, ref(v)] : [k, v],
    ),
  ) as ReachabilityRequest['to'];
  return {
    from: typeof e.from === 'string' ? { pod: ref(e.from) } : e.from,
    to,
    ...(e.port !== undefined ? { port: e.port } : {}),
    ...(e.protocol ? { protocol: e.protocol } : {}),
  };
}

export const OUTSIDE_CLIENT = '198.51.100.7';

export interface PacketProbe {
  label: string;
  query: ProxyQuery;
  sourceIP: string;
}

/**
 * Every packet worth tracing in a cluster: to each ClusterIP, external IP and load-balancer IP
 * port and to each NodePort on every node IP, sent by a Pod on every node, by every node itself
 * and by an outside client arriving at every node.
 */
export function packetProbes(sim: Simulation): PacketProbe[] {
  const index = sim.index;
  const nodes = index.nodes.map((n) => n.metadata.name ?? '');
  const senders: Array<{ label: string; from: ProxyQuery['from']; ip: string }> = [];
  for (const node of nodes) {
    const pod = index.pods.find(
      (p) => p.spec.nodeName === node && !p.spec.hostNetwork && podIPs(p)[0],
    );
    if (pod) {
      const key = { namespace: pod.metadata.namespace ?? '', name: pod.metadata.name ?? '' };
      senders.push({
        label: `Pod ${key.namespace}/${key.name}`,
        from: { pod: key },
        ip: podIPs(pod)[0],
      });
    }
    const nodeIP = index.nodeIP(node) ?? '';
    senders.push({ label: `node ${node}`, from: { node }, ip: nodeIP });
    senders.push({
      label: `outside client at ${node}`,
      from: { ip: OUTSIDE_CLIENT, node },
      ip: OUTSIDE_CLIENT,
    });
  }
  const probes: PacketProbe[] = [];
  for (const svc of index.services) {
    for (const sp of svc.spec.ports ?? []) {
      const protocol = sp.protocol ?? 'TCP';
      const addresses = [
        ...serviceClusterIPs(svc),
        ...(svc.spec.externalIPs ?? []),
        ...loadBalancerIPs(svc),
      ].map((ip) => ({ ip, port: sp.port }));
      if (sp.nodePort)
        for (const node of nodes)
          addresses.push({ ip: index.nodeIP(node) ?? '', port: sp.nodePort });
      const clusterIPs = new Set(serviceClusterIPs(svc));
      for (const a of addresses)
        for (const s of senders)
          // A ClusterIP is not routed from outside the cluster: no such packet reaches a node.
          if (!(clusterIPs.has(a.ip) && s.ip === OUTSIDE_CLIENT))
            probes.push({
              label: `${s.label} → ${a.ip}:${a.port}/${protocol}`,
              query: { to: { ip: a.ip, port: a.port, protocol }, from: s.from },
              sourceIP: s.ip,
            });
    }
  }
  return probes;
}

/** What the rendered rules on the handling node do with the packet, and what sim.proxy says. */
export function rulesAndDecision(
  sim: Simulation,
  probe: PacketProbe,
): { rules: string; decision: string } {
  const decision = sim.proxy(probe.query);
  const node = decision.node ?? sim.index.nodes[0]?.metadata.name ?? '';
  const traced = tracePacket(sim.iptables(node), {
    sourceIP: probe.sourceIP,
    protocol: probe.query.to.protocol ?? 'TCP',
    destIP: probe.query.to.ip,
    destPort: probe.query.to.port,
    nodeIP: sim.index.nodeIP(node) ?? '',
  });
  const expected =
    decision.action === 'DNAT'
      ? decision.candidates
          .map((c) => `${c.ip}:${c.port}`)
          .sort()
          .join(', ')
      : decision.action === 'NONE'
        ? ''
        : decision.action;
  // The tracer follows every probabilistic branch, so a hairpin branch's masquerade shows up too.
  const masq =
    decision.action === 'DNAT'
      ? !decision.sourceIPPreserved || decision.candidates.some((c) => c.hairpin === true)
      : traced.masq;
  return {
    rules: `${traced.output.split(', ').sort().join(', ')}${traced.masq ? ' (masquerade)' : ''}`,
    decision: `${expected}${masq ? ' (masquerade)' : ''}`,
  };
}
