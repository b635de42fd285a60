/**
 * Service networking benchmark (issue 3): a cluster of 5,000 Pods in 20 namespaces on 50 nodes and
 * 1,000 Services selecting them (ClusterIP with named ports, headless, NodePort), produced by the
 * real engine — bootstrapCluster, then admit in a few large batches, which derives the
 * EndpointSlices. Times the admission, one Simulation.build, then 10,000 mixed DNS and endpoint
 * queries against it; the baseline rebuilds the simulation for every query (measured on a sample,
 * extrapolated per query) and the ratio is printed. Seeded and deterministic (fixed clock, counted uids).
 *
 * 50 nodes, not 10: a node runs at most 110 Pods (allocatable pods, the kubelet's maxPods default),
 * so 5,000 Pods need at least 46.
 *
 * Run: node -r @swc-node/register test/bench/service-networking.bench.ts
 */
import { performance } from 'node:perf_hooks';
import {
  namespace,
  pod,
  service,
  type EndpointSlice,
  type KubeObject,
  type Pod,
  type Service,
} from '@app/kube';
import {
  DEFAULT_CLUSTER_CONFIG,
  Simulation,
  admit,
  applyAdmission,
  bootstrapCluster,
  reverseName,
  type AdmissionContext,
  type ClusterConfig,
  type ClusterSnapshot,
  type DnsQuery,
  type WriteOp,
} from '@app/netsim';

const SEED = 20240603;
const NAMESPACES = 20;
const SERVICES_PER_NS = 50;
const PODS_PER_NS = 250;
const NODES = 50;
const QUERIES = 10_000;
const BASELINE_SAMPLE = 50;
const POD_BATCHES = 5;
const SERVICE_BATCHES = 2;
const DOMAIN = 'cluster.local';

/** mulberry32: small, fast, seedable. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A fixed clock and a uid counter, so every run admits exactly the same objects. */
function deterministicContext(): AdmissionContext {
  let n = 0;
  const now = new Date('2026-01-01T00:00:00Z');
  return {
    now: () => now,
    newUid: () => `00000000-0000-4000-8000-${(++n).toString(16).padStart(12, '0')}`,
  };
}

// ---- workload ----

type ServiceShape = 'clusterip' | 'headless' | 'nodeport';

interface AppSpec {
  ns: string;
  app: string;
  tier: string;
  shape: ServiceShape;
  grpc: boolean;
  pods: number;
}

interface Workload {
  namespaces: KubeObject[];
  services: Service[];
  pods: Pod[];
  apps: AppSpec[];
}

function workload(rand: () => number): Workload {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)];
  const tiers = ['frontend', 'backend', 'cache', 'worker'] as const;
  const namespaces: KubeObject[] = [];
  const services: Service[] = [];
  const pods: Pod[] = [];
  const apps: AppSpec[] = [];
  for (let n = 1; n <= NAMESPACES; n++) {
    const ns = `team-${String(n).padStart(2, '0')}`;
    namespaces.push(namespace(ns, { team: ns, env: n % 4 === 0 ? 'prod' : 'dev' }));
    // Each app gets one Pod, the rest are spread at random (skewed: some apps are big).
    const counts = new Array<number>(SERVICES_PER_NS).fill(1);
    for (let i = SERVICES_PER_NS; i < PODS_PER_NS; i++) {
      counts[Math.floor(rand() ** 2 * SERVICES_PER_NS)]++;
    }
    for (let s = 0; s < SERVICES_PER_NS; s++) {
      const roll = rand();
      const shape: ServiceShape = roll < 0.1 ? 'headless' : roll < 0.13 ? 'nodeport' : 'clusterip';
      apps.push({
        ns,
        app: `app-${String(s).padStart(2, '0')}`,
        tier: pick(tiers),
        shape,
        grpc: rand() < 0.3,
        pods: counts[s],
      });
    }
  }

  for (const a of apps) {
    const name = `${a.app}-svc`;
    const ports = [
      { name: 'http', port: 80, targetPort: 'http' },
      { name: 'metrics', port: 9090, targetPort: 'metrics' },
      ...(a.grpc ? [{ name: 'grpc', port: 9000, targetPort: 'grpc' }] : []),
    ];
    services.push(
      service(name, {
        namespace: a.ns,
        labels: { app: a.app, tier: a.tier },
        // Two-label selectors: an AND; the Pods carry more labels than that.
        selector: { app: a.app, tier: a.tier },
        ports,
        ...(a.shape === 'headless' ? { clusterIP: 'None' } : {}),
        ...(a.shape === 'nodeport' ? { type: 'NodePort' as const } : {}),
      }),
    );
    for (let i = 0; i < a.pods; i++) {
      const podName = `${a.app}-${i}`;
      pods.push(
        pod(podName, {
          namespace: a.ns,
          labels: {
            app: a.app,
            tier: a.tier,
            version: pick(['v1', 'v2']),
            'pod-template-hash': `h${Math.floor(rand() * 4)}`,
          },
          containerName: 'main',
          image: `registry.example.com/${a.app}:1.0`,
          ports: [
            { name: 'http', containerPort: 8080 },
            { name: 'metrics', containerPort: 9090 },
            ...(a.grpc ? [{ name: 'grpc', containerPort: 9000 }] : []),
          ],
          // ~3% not ready: they stay in the slices as ready=false and out of DNS.
          ...(rand() < 0.03 ? { ready: false } : {}),
          // Headless Pods carry hostname/subdomain, so their endpoints get DNS names.
          ...(a.shape === 'headless' ? { hostname: podName, subdomain: name } : {}),
        }),
      );
    }
  }
  // Creation order interleaves namespaces, so every batch touches every namespace.
  for (let i = pods.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [pods[i], pods[j]] = [pods[j], pods[i]];
  }
  return { namespaces, services, pods, apps };
}

// ---- cluster through the real engine ----

interface BuiltCluster {
  snapshot: ClusterSnapshot;
  bootstrapMs: number;
  admissionMs: number;
  batches: Array<{ label: string; objects: number; ms: number }>;
}

function buildCluster(w: Workload): BuiltCluster {
  const config: ClusterConfig = { ...DEFAULT_CLUSTER_CONFIG, nodes: NODES };
  const ctx = deterministicContext();
  const b0 = performance.now();
  let snapshot = applyAdmission(
    { config, revision: 0, objects: [] },
    bootstrapCluster(config, ctx),
  );
  const bootstrapMs = performance.now() - b0;

  const chunks = <T>(list: T[], parts: number): T[][] => {
    const size = Math.ceil(list.length / parts);
    return Array.from({ length: parts }, (_, i) => list.slice(i * size, (i + 1) * size));
  };
  const plan: Array<{ label: string; objects: KubeObject[] }> = [
    { label: 'namespaces', objects: w.namespaces },
    ...chunks(w.services, SERVICE_BATCHES).map((objects, i) => ({
      label: `services ${i + 1}/${SERVICE_BATCHES}`,
      objects,
    })),
    ...chunks(w.pods, POD_BATCHES).map((objects, i) => ({
      label: `pods ${i + 1}/${POD_BATCHES}`,
      objects,
    })),
  ];
  const batches: BuiltCluster['batches'] = [];
  for (const step of plan) {
    const ops: WriteOp[] = step.objects.map((object) => ({ op: 'create', object }));
    const t0 = performance.now();
    snapshot = applyAdmission(snapshot, admit(snapshot, ops, ctx));
    batches.push({ label: step.label, objects: ops.length, ms: performance.now() - t0 });
  }
  const admissionMs = batches.reduce((sum, b) => sum + b.ms, 0);
  return { snapshot, bootstrapMs, admissionMs, batches };
}

// ---- queries ----

type QueryKind =
  | 'A search'
  | 'A cross-ns'
  | 'A headless'
  | 'SRV'
  | 'PTR svc'
  | 'PTR pod'
  | 'NXDOMAIN'
  | 'endpoints';

type Query =
  | {
      kind: Exclude<QueryKind, 'endpoints'>;
      dns: DnsQuery;
      expect: 'answer' | 'nxdomain';
      /** The A record a ClusterIP lookup must return. */
      ip?: string;
    }
  | { kind: 'endpoints'; ns: string; svc: string };

function queries(
  rand: () => number,
  w: Workload,
  snapshot: ClusterSnapshot,
  count: number,
): Query[] {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)];
  const stored = snapshot.objects;
  const pods = stored.filter(
    (o): o is Pod => o.kind === 'Pod' && o.metadata.namespace !== 'kube-system',
  );
  const podsByNs = new Map<string, Pod[]>();
  for (const p of pods) {
    const ns = p.metadata.namespace ?? '';
    podsByNs.set(ns, [...(podsByNs.get(ns) ?? []), p]);
  }
  const services = stored.filter(
    (o): o is Service => o.kind === 'Service' && o.metadata.namespace?.startsWith('team-') === true,
  );
  // Headless names and SRV exist only while the Service has a ready endpoint.
  const live = new Set(
    stored
      .filter(
        (o): o is EndpointSlice =>
          o.kind === 'EndpointSlice' &&
          (o as EndpointSlice).endpoints.some((e) => e.conditions?.ready === true),
      )
      .map((s) => `${s.metadata.namespace}/${s.metadata.labels?.['kubernetes.io/service-name']}`),
  );
  const isLive = (s: Service) => live.has(`${s.metadata.namespace}/${s.metadata.name}`);
  const withIP = services.filter((s) => s.spec.clusterIP && s.spec.clusterIP !== 'None');
  const headless = services.filter((s) => s.spec.clusterIP === 'None' && isLive(s));
  const srvTargets = services.filter(isLive);
  // Only Pods that back a Service and are ready have a reverse record.
  const readyPods = pods.filter((p) =>
    p.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True'),
  );
  const from = (ns: string) => {
    const p = pick(podsByNs.get(ns) ?? []);
    return { namespace: ns, name: p.metadata.name ?? '' };
  };
  const out: Query[] = [];
  for (let i = 0; i < count; i++) {
    const r = rand();
    if (r < 0.3) {
      const svc = pick(withIP);
      const ns = svc.metadata.namespace ?? '';
      out.push({
        kind: 'A search',
        dns: { from: from(ns), name: svc.metadata.name ?? '' },
        expect: 'answer',
        ip: svc.spec.clusterIP,
      });
    } else if (r < 0.4) {
      const svc = pick(withIP);
      const other = `team-${String(1 + Math.floor(rand() * NAMESPACES)).padStart(2, '0')}`;
      out.push({
        kind: 'A cross-ns',
        dns: { from: from(other), name: `${svc.metadata.name}.${svc.metadata.namespace}` },
        expect: 'answer',
        ip: svc.spec.clusterIP,
      });
    } else if (r < 0.48) {
      const svc = pick(headless);
      out.push({
        kind: 'A headless',
        dns: { from: from(svc.metadata.namespace ?? ''), name: svc.metadata.name ?? '' },
        expect: 'answer',
      });
    } else if (r < 0.56) {
      const svc = pick(srvTargets);
      const port = pick(['http', 'metrics']);
      out.push({
        kind: 'SRV',
        dns: {
          name: `_${port}._tcp.${svc.metadata.name}.${svc.metadata.namespace}.svc.${DOMAIN}`,
          type: 'SRV',
        },
        expect: 'answer',
      });
    } else if (r < 0.64) {
      const svc = pick(withIP);
      out.push({
        kind: 'PTR svc',
        dns: { name: reverseName(svc.spec.clusterIP ?? ''), type: 'PTR' },
        expect: 'answer',
      });
    } else if (r < 0.68) {
      const p = pick(readyPods);
      out.push({
        kind: 'PTR pod',
        dns: { name: reverseName(p.status?.podIP ?? ''), type: 'PTR' },
        expect: 'answer',
      });
    } else if (r < 0.75) {
      const a = pick(w.apps);
      out.push({
        kind: 'NXDOMAIN',
        dns: { from: from(a.ns), name: `${a.app}-missing` },
        expect: 'nxdomain',
      });
    } else {
      const svc = pick(services);
      out.push({
        kind: 'endpoints',
        ns: svc.metadata.namespace ?? '',
        svc: svc.metadata.name ?? '',
      });
    }
  }
  return out;
}

/** Runs one query; returns false when the answer is not the expected kind (a broken engine path). */
function answer(sim: Simulation, q: Query): boolean {
  if (q.kind === 'endpoints') {
    const slices = sim.endpoints(q.ns, q.svc);
    return slices.length > 0 && slices.some((s) => s.endpoints.length > 0);
  }
  const res = sim.dns(q.dns);
  if (q.ip !== undefined && res.answers[0]?.data !== q.ip) return false;
  return q.expect === 'answer'
    ? res.rcode === 'NOERROR' && res.answers.length > 0
    : res.rcode === 'NXDOMAIN' && res.tried.length === 4;
}

// ---- run ----

export interface BenchResult {
  pods: number;
  services: number;
  endpointSlices: number;
  objects: number;
  bootstrapMs: number;
  admissionMs: number;
  buildMs: number;
  queriesMs: number;
  perQueryUs: number;
  perKindUs: Record<string, number>;
  rebuildPerQueryUs: number;
  ratio: number;
}

export function run(): BenchResult {
  const rand = prng(SEED);
  const w = workload(rand);
  const built = buildCluster(w);
  const { snapshot } = built;
  const count = (kind: string) => snapshot.objects.filter((o) => o.kind === kind).length;
  const podCount = count('Pod');
  const svcCount = count('Service');
  const sliceCount = count('EndpointSlice');

  const qs = queries(prng(SEED + 1), w, snapshot, QUERIES);

  // Warm-up on a throwaway build so both sides run JIT-compiled code.
  const warm = Simulation.build(snapshot);
  for (const q of qs.slice(0, 1000)) answer(warm, q);

  const t0 = performance.now();
  const sim = Simulation.build(snapshot);
  const buildMs = performance.now() - t0;

  const perKind = new Map<QueryKind, { n: number; ms: number }>();
  let wrong = 0;
  const q0 = performance.now();
  for (const q of qs) {
    const s = performance.now();
    if (!answer(sim, q)) wrong++;
    const k = perKind.get(q.kind) ?? { n: 0, ms: 0 };
    k.n++;
    k.ms += performance.now() - s;
    perKind.set(q.kind, k);
  }
  const queriesMs = performance.now() - q0;
  const perQueryUs = (queriesMs * 1000) / qs.length;

  // Baseline: the simulation rebuilt from the snapshot for every query (no per-revision cache).
  const step = Math.floor(qs.length / BASELINE_SAMPLE);
  const sample = Array.from({ length: BASELINE_SAMPLE }, (_, i) => qs[i * step]);
  let rebuildMs = 0;
  const r0 = performance.now();
  for (const q of sample) {
    const b = performance.now();
    const fresh = Simulation.build(snapshot);
    rebuildMs += performance.now() - b;
    answer(fresh, q);
  }
  const rebuildPerQueryUs = ((performance.now() - r0) * 1000) / sample.length;
  const ratio = rebuildPerQueryUs / perQueryUs;

  const perKindUs: Record<string, number> = {};
  for (const [kind, { n, ms }] of perKind) perKindUs[kind] = (ms * 1000) / n;

  console.log(
    `service networking: ${podCount} pods, ${svcCount} services, ${sliceCount} EndpointSlices, ${snapshot.objects.length} objects; ${NAMESPACES} namespaces, ${NODES} nodes`,
  );
  console.log(
    `  admission ${(built.admissionMs / 1000).toFixed(2)} s for ${w.namespaces.length + w.services.length + w.pods.length} objects (bootstrap ${built.bootstrapMs.toFixed(1)} ms)`,
  );
  for (const b of built.batches) {
    console.log(
      `    ${b.label.padEnd(14)} ${String(b.objects).padStart(5)} objects ${b.ms.toFixed(0).padStart(6)} ms`,
    );
  }
  console.log(`  build     ${buildMs.toFixed(1)} ms (Simulation.build, once)`);
  console.log(
    `  queries   ${qs.length} in ${queriesMs.toFixed(1)} ms = ${perQueryUs.toFixed(1)} µs/query (cached simulation)`,
  );
  for (const [kind, { n }] of [...perKind].sort(([a], [b]) => a.localeCompare(b))) {
    console.log(
      `    ${kind.padEnd(12)} ${String(n).padStart(5)} × ${perKindUs[kind].toFixed(1).padStart(8)} µs`,
    );
  }
  console.log(
    `  baseline  ${(rebuildPerQueryUs / 1000).toFixed(2)} ms/query (rebuild + query; ${sample.length}-query sample, extrapolated: ${((rebuildPerQueryUs * qs.length) / 1e6).toFixed(1)} s for ${qs.length})`,
  );
  console.log(
    `    of which Simulation.build ${(rebuildMs / sample.length).toFixed(2)} ms on average`,
  );
  const ptrPod = perKind.get('PTR pod') ?? { n: 0, ms: 0 };
  const restUs = ((queriesMs - ptrPod.ms) * 1000) / (qs.length - ptrPod.n);
  console.log(
    `  ratio     ${ratio.toFixed(0)}x   (${(rebuildPerQueryUs / restUs).toFixed(0)}x against the ${restUs.toFixed(1)} µs/query of the mix without PTR of Pod IPs)   unexpected answers: ${wrong}`,
  );
  if (wrong > 0) throw new Error(`${wrong} queries got an unexpected answer`);
  return {
    pods: podCount,
    services: svcCount,
    endpointSlices: sliceCount,
    objects: snapshot.objects.length,
    bootstrapMs: built.bootstrapMs,
    admissionMs: built.admissionMs,
    buildMs,
    queriesMs,
    perQueryUs,
    perKindUs,
    rebuildPerQueryUs,
    ratio,
  };
}

if (require.main === module) run();
