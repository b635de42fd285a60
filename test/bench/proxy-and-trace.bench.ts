/**
 * kube-proxy decisions and reachability traces over one revision (issue 13): a cluster of
 * 300 Services (ClusterIP, NodePort, LoadBalancer) with 1,200 Pods on 12 nodes, built through
 * bootstrap and admission. Times 5,000 `sim.proxy` and 2,000 `sim.reachability` questions against
 * the revision's derived model (Service-port table and address classifier built once), and, as
 * the baseline in the same run, the same proxy questions with the table rebuilt for every
 * question (what decideProxy did before the model: proxyServicePorts per call). Prints the ratio.
 * Seeded and deterministic.
 *
 * Run: node -r @swc-node/register test/bench/proxy-and-trace.bench.ts
 */
import { performance } from 'node:perf_hooks';
import { namespace, pod, service, type KubeObject } from '@app/kube';
import {
  DEFAULT_CLUSTER_CONFIG,
  Simulation,
  admit,
  applyAdmission,
  bootstrapCluster,
  buildServicePorts,
  EndpointView,
  serviceClusterIPs,
  loadBalancerIPs,
  type AdmissionContext,
  type ClusterSnapshot,
  type ProxyQuery,
} from '@app/netsim';

const NODES = 12;
const NAMESPACES = 10;
const SERVICES_PER_NS = 30;
const PODS_PER_SERVICE = 4;
const PROXY_QUESTIONS = 5_000;
const TRACE_QUESTIONS = 2_000;
const BASELINE_SAMPLE = 100;

function deterministicContext(): AdmissionContext {
  let n = 0;
  const now = new Date('2026-01-01T00:00:00Z');
  return {
    now: () => now,
    newUid: () => `00000000-0000-4000-8000-${(++n).toString(16).padStart(12, '0')}`,
  };
}

function buildCluster(): Simulation {
  const config = { ...DEFAULT_CLUSTER_CONFIG, nodes: NODES };
  const ctx = deterministicContext();
  let snapshot: ClusterSnapshot = applyAdmission(
    { config, revision: 0, objects: [] },
    bootstrapCluster(config, ctx),
  );
  const objects: KubeObject[] = [];
  for (let n = 0; n < NAMESPACES; n++) {
    const ns = `team-${n}`;
    objects.push(namespace(ns));
    for (let s = 0; s < SERVICES_PER_NS; s++) {
      const app = `app-${s}`;
      const type = s % 10 === 0 ? 'LoadBalancer' : s % 5 === 0 ? 'NodePort' : 'ClusterIP';
      objects.push(
        service(`${app}-svc`, {
          namespace: ns,
          selector: { app },
          type,
          ...(s % 20 === 0 ? { externalTrafficPolicy: 'Local' as const } : {}),
          ports: [{ name: 'http', port: 80, targetPort: 8080 }],
        }),
      );
      for (let i = 0; i < PODS_PER_SERVICE; i++) {
        objects.push(
          pod(`${app}-${i}`, {
            namespace: ns,
            labels: { app },
            ports: [8080],
            nodeName: `node-${((s * PODS_PER_SERVICE + i) % NODES) + 1}`,
          }),
        );
      }
    }
  }
  const ops = objects.map((object) => ({ op: 'apply' as const, object }));
  snapshot = applyAdmission(snapshot, admit(snapshot, ops, ctx));
  return Simulation.build(snapshot);
}

export function run(): void {
  const t0 = performance.now();
  const sim = buildCluster();
  const admitted = performance.now() - t0;
  const index = sim.index;
  const clients = index.pods.filter((p) => p.metadata.namespace?.startsWith('team-'));
  const targets = index.services.flatMap((svc) => [
    ...serviceClusterIPs(svc).map((ip) => ({ ip, port: 80 })),
    ...loadBalancerIPs(svc).map((ip) => ({ ip, port: 80 })),
    ...(svc.spec.ports ?? []).flatMap((sp) =>
      sp.nodePort ? [{ ip: index.nodeIP('node-1') ?? '', port: sp.nodePort }] : [],
    ),
  ]);
  const question = (i: number): ProxyQuery => {
    const c = clients[(i * 7919) % clients.length];
    return {
      to: targets[(i * 104729) % targets.length],
      from:
        i % 3 === 0
          ? { ip: '198.51.100.7', node: 'node-2' }
          : { pod: { namespace: c.metadata.namespace ?? '', name: c.metadata.name ?? '' } },
    };
  };

  const t1 = performance.now();
  let dnat = 0;
  for (let i = 0; i < PROXY_QUESTIONS; i++) if (sim.proxy(question(i)).action === 'DNAT') dnat++;
  const proxyMs = performance.now() - t1;

  const t2 = performance.now();
  let allowed = 0;
  for (let i = 0; i < TRACE_QUESTIONS; i++) {
    const c = clients[(i * 7919) % clients.length];
    const svc = index.services[(i * 104729) % index.services.length];
    const answer = sim.reachability({
      from: { pod: { namespace: c.metadata.namespace ?? '', name: c.metadata.name ?? '' } },
      to: {
        service: { namespace: svc.metadata.namespace ?? '', name: svc.metadata.name ?? '' },
      },
    });
    if (answer.allowed) allowed++;
  }
  const traceMs = performance.now() - t2;

  // Baseline: the Service-port table rebuilt for every question, as before the derived model.
  const t3 = performance.now();
  for (let i = 0; i < BASELINE_SAMPLE; i++) {
    buildServicePorts(index, new EndpointView(index));
    sim.proxy(question(i));
  }
  const baselinePerQuestion = (performance.now() - t3) / BASELINE_SAMPLE;
  const perProxy = proxyMs / PROXY_QUESTIONS;

  console.log(
    `proxy and trace: ${index.services.length} Services, ${index.pods.length} Pods, ${index.nodes.length} nodes (admitted in ${admitted.toFixed(0)} ms)`,
  );
  console.log(
    `  proxy     ${PROXY_QUESTIONS} in ${proxyMs.toFixed(1)} ms = ${(perProxy * 1000).toFixed(1)} µs/question (${dnat} DNAT)`,
  );
  console.log(
    `  trace     ${TRACE_QUESTIONS} in ${traceMs.toFixed(1)} ms = ${((traceMs / TRACE_QUESTIONS) * 1000).toFixed(1)} µs/question (${allowed} allowed)`,
  );
  console.log(
    `  baseline  ${(baselinePerQuestion * 1000).toFixed(1)} µs/question (Service-port table rebuilt per question, ${BASELINE_SAMPLE}-question sample)`,
  );
  console.log(`  ratio     ${(baselinePerQuestion / perProxy).toFixed(1)}x`);
}

if (require.main === module) run();
