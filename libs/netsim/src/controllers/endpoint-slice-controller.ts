/**
 * The EndpointSlice controller (pkg/controller/endpointslice, staging/src/k8s.io/endpointslice
 * reconciler.go and utils.go), run synchronously over the namespaces whose Services, Pods or
 * Nodes changed.
 */
import {
  matchesSelectorMap,
  type Endpoint,
  type EndpointPort,
  type EndpointSlice,
  type Pod,
  type Service,
  type ServicePort,
} from '@app/kube';
import type { AdmissionRun } from '../admission/admission-run';
import type { NodeView } from '../admission/nodes';
import { objectKeyOf } from '../admission/object-key';
import { SERVICE_NAME_LABEL } from '../cluster-index';
import { canonicalJSON, generateName } from './names';

export const MANAGED_BY_LABEL = 'endpointslice.kubernetes.io/managed-by';
export const ENDPOINTSLICE_CONTROLLER = 'endpointslice-controller.k8s.io';
export const HEADLESS_LABEL = 'service.kubernetes.io/headless';
/** --max-endpoints-per-slice default. */
export const MAX_ENDPOINTS_PER_MANAGED_SLICE = 100;

/**
 * podutil.FindPort: a numeric targetPort as is; a named one is the containerPort of the first
 * container (then restartable init container) port with that name and the Service port's protocol.
 */
export function findPort(pod: Pod, sp: ServicePort): number | undefined {
  const target = sp.targetPort ?? sp.port;
  if (typeof target === 'number') return target;
  const protocol = sp.protocol ?? 'TCP';
  const sidecars = (pod.spec.initContainers ?? []).filter(
    (c) => (c as { restartPolicy?: string }).restartPolicy === 'Always',
  );
  for (const c of [...(pod.spec.containers ?? []), ...sidecars]) {
    for (const p of c.ports ?? [])
      if (p.name === target && (p.protocol ?? 'TCP') === protocol) return p.containerPort;
  }
  return undefined;
}

/** endpointsliceutil.ShouldPodBeInEndpoints(pod, includeTerminating = true). */
const inEndpoints = (pod: Pod): boolean =>
  Boolean(pod.status?.podIP) && pod.status?.phase !== 'Succeeded' && pod.status?.phase !== 'Failed';

const podReady = (pod: Pod): boolean =>
  pod.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True') ?? false;

/** utils.go podToEndpoint: conditions, nodeName, zone, targetRef, hostname. */
function podToEndpoint(pod: Pod, svc: Service, node: NodeView | undefined): Endpoint {
  const serving = Boolean(svc.spec.publishNotReadyAddresses) || podReady(pod);
  const terminating = Boolean(pod.metadata.deletionTimestamp);
  const ready = Boolean(svc.spec.publishNotReadyAddresses) || (serving && !terminating);
  const ep: Endpoint = {
    addresses: [pod.status?.podIP as string],
    conditions: { ready, serving, terminating },
    targetRef: {
      kind: 'Pod',
      namespace: pod.metadata.namespace,
      name: pod.metadata.name,
      uid: pod.metadata.uid,
    },
  };
  if (pod.spec.nodeName) ep.nodeName = pod.spec.nodeName;
  if (node?.zone) ep.zone = node.zone;
  // endpointutil.ShouldSetHostname
  if (
    pod.spec.hostname &&
    pod.spec.subdomain === svc.metadata.name &&
    pod.metadata.namespace === svc.metadata.namespace
  ) {
    ep.hostname = pod.spec.hostname;
  }
  return ep;
}

/** utils.go getEndpointPorts: Service ports whose target the Pod lacks are left out. */
function endpointPorts(pod: Pod, svc: Service): EndpointPort[] {
  const out: EndpointPort[] = [];
  for (const sp of svc.spec.ports ?? []) {
    const port = findPort(pod, sp);
    if (port === undefined) continue;
    const ep: EndpointPort = { name: sp.name ?? '', port, protocol: sp.protocol ?? 'TCP' };
    if (sp.appProtocol) ep.appProtocol = sp.appProtocol;
    out.push(ep);
  }
  return out;
}

/** What findPort reads of a Pod for named targets: its containers' and sidecars' ports. */
function namedPortSignature(pod: Pod): string {
  const sidecars = (pod.spec.initContainers ?? []).filter(
    (c) => (c as { restartPolicy?: string }).restartPolicy === 'Always',
  );
  return JSON.stringify(
    [...(pod.spec.containers ?? []), ...sidecars].map((c) =>
      (c.ports ?? []).map((p) => [p.name, p.protocol ?? 'TCP', p.containerPort]),
    ),
  );
}

/** Pods of a namespace indexed by "key=value" so a selector only scans its rarest label. */
class PodLabelIndex {
  private readonly byLabel = new Map<string, Pod[]>();
  constructor(pods: readonly Pod[]) {
    for (const pod of pods) {
      for (const [k, v] of Object.entries(pod.metadata.labels ?? {})) {
        const key = `${k}=${v}`;
        const list = this.byLabel.get(key);
        if (list) list.push(pod);
        else this.byLabel.set(key, [pod]);
      }
    }
  }

  /** Pods matching every pair of the selector, in creation order. */
  select(selector: Record<string, string>): Pod[] {
    let smallest: Pod[] | undefined;
    for (const [k, v] of Object.entries(selector)) {
      const list = this.byLabel.get(`${k}=${v}`) ?? [];
      if (!smallest || list.length < smallest.length) smallest = list;
    }
    return (smallest ?? []).filter((p) => matchesSelectorMap(selector, p.metadata.labels));
  }
}

interface DesiredSlice {
  ports: EndpointPort[];
  endpoints: Endpoint[];
  portKey: string;
}

/**
 * The slices a Service should have: endpoints for selected Pods that have an IP, are not
 * Succeeded/Failed and whose node exists (any node with publishNotReadyAddresses) (terminating Pods included with terminating=true; ready = serving && !terminating;
 * publishNotReadyAddresses makes ready and serving true), grouped by their resolved port list
 * (Pods whose named targetPort resolves differently, or not at all, land in different slices) and
 * cut at MAX_ENDPOINTS_PER_MANAGED_SLICE. A Service selecting nothing gets one empty placeholder slice.
 */
export function desiredSlices(
  svc: Service,
  pods: readonly Pod[],
  nodes: ReadonlyMap<string, NodeView>,
): DesiredSlice[] {
  const groups = new Map<string, { ports: EndpointPort[]; endpoints: Endpoint[] }>();
  // A Pod's port list depends only on its named container ports (and only when a targetPort is
  // named): resolve it once per distinct set, so the cost is pods + ports, not pods × ports.
  const named = (svc.spec.ports ?? []).some((sp) => typeof (sp.targetPort ?? sp.port) !== 'number');
  const resolved = new Map<string, { ports: EndpointPort[]; key: string }>();
  for (const pod of pods) {
    if (!inEndpoints(pod)) continue;
    // reconciler.go: a Pod bound to a Node that does not exist is skipped, unless the Service
    // publishes not-ready addresses, so a stale reference never keeps an endpoint alive.
    const nodeName = pod.spec.nodeName;
    if (nodeName && !nodes.has(nodeName) && !svc.spec.publishNotReadyAddresses) continue;
    const signature = named ? namedPortSignature(pod) : '';
    let r = resolved.get(signature);
    if (!r) {
      const list = endpointPorts(pod, svc);
      resolved.set(signature, (r = { ports: list, key: canonicalJSON(list) }));
    }
    const { ports, key } = r;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { ports, endpoints: [] }));
    g.endpoints.push(podToEndpoint(pod, svc, nodes.get(pod.spec.nodeName ?? '')));
  }
  const out: DesiredSlice[] = [];
  for (const [portKey, g] of groups) {
    for (let i = 0; i < g.endpoints.length; i += MAX_ENDPOINTS_PER_MANAGED_SLICE) {
      out.push({
        ports: g.ports,
        endpoints: g.endpoints.slice(i, i + MAX_ENDPOINTS_PER_MANAGED_SLICE),
        portKey,
      });
    }
  }
  if (out.length === 0) out.push({ ports: [], endpoints: [], portKey: canonicalJSON([]) });
  return out;
}

/** setEndpointSliceLabels: the Service's labels, the two reserved ones, headless marker. */
function sliceLabels(svc: Service): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const [k, v] of Object.entries(svc.metadata.labels ?? {})) {
    if (k !== SERVICE_NAME_LABEL && k !== MANAGED_BY_LABEL) labels[k] = v;
  }
  labels[SERVICE_NAME_LABEL] = svc.metadata.name ?? '';
  labels[MANAGED_BY_LABEL] = ENDPOINTSLICE_CONTROLLER;
  if (svc.spec.clusterIP === 'None') labels[HEADLESS_LABEL] = '';
  return labels;
}

/**
 * Reconciles the managed EndpointSlices of every Service in the given namespaces: Services with a
 * selector (not ExternalName) get `<service>-<5 chars>` slices (labels kubernetes.io/service-name
 * and endpointslice.kubernetes.io/managed-by=endpointslice-controller.k8s.io, controller owner
 * reference to the Service, addressType IPv4); existing slices are reused by port list so names
 * stay stable; surplus managed slices, and those of selector-less or deleted Services, are removed.
 * Slices without the managed-by label (user-applied, the apiserver's `kubernetes` slice) are never
 * touched. Only slices whose content changed are written.
 */
export function reconcileEndpointSlices(
  run: AdmissionRun,
  namespaces: Iterable<string>,
  everything = false,
): void {
  const nodes = new Map(run.nodes().map((n) => [n.name, n]));
  for (const ns of namespaces) {
    const podLabels = run.changes.podLabels.get(ns) ?? [];
    // A Service needs new slices when it changed or a changed Pod matches its selector, before or after.
    const affected = (svc: Service): boolean =>
      everything ||
      run.changes.services.has(`${ns}/${svc.metadata.name}`) ||
      run.changes.sliceServices.has(`${ns}/${svc.metadata.name}`) ||
      podLabels.some((labels) => matchesSelectorMap(svc.spec.selector, labels));
    const services = run.state.list<Service>('Service', ns);
    const managed = new Map<string, EndpointSlice[]>();
    for (const slice of run.state.list<EndpointSlice>('EndpointSlice', ns)) {
      if (slice.metadata.labels?.[MANAGED_BY_LABEL] !== ENDPOINTSLICE_CONTROLLER) continue;
      const svcName = slice.metadata.labels?.[SERVICE_NAME_LABEL] ?? '';
      const list = managed.get(svcName);
      if (list) list.push(slice);
      else managed.set(svcName, [slice]);
    }
    let index: PodLabelIndex | undefined;
    const seen = new Set<string>();
    for (const svc of services) {
      const name = svc.metadata.name ?? '';
      seen.add(name);
      if (!affected(svc)) continue;
      const existing = managed.get(name) ?? [];
      const selector = svc.spec.selector;
      if (svc.spec.type === 'ExternalName' || !selector || Object.keys(selector).length === 0) {
        for (const s of existing) run.state.remove(objectKeyOf(s));
        continue;
      }
      index ??= new PodLabelIndex(run.state.list<Pod>('Pod', ns));
      writeSlices(run, svc, desiredSlices(svc, index.select(selector), nodes), existing);
    }
    for (const [svcName, slices] of managed) {
      if (!seen.has(svcName)) for (const s of slices) run.state.remove(objectKeyOf(s));
    }
  }
}

function writeSlices(
  run: AdmissionRun,
  svc: Service,
  desired: DesiredSlice[],
  existing: EndpointSlice[],
): void {
  const ns = svc.metadata.namespace ?? 'default';
  const svcName = svc.metadata.name ?? '';
  const reusable = new Map<string, EndpointSlice[]>();
  for (const s of existing) {
    const key = canonicalJSON(s.ports ?? []);
    const list = reusable.get(key);
    if (list) list.push(s);
    else reusable.set(key, [s]);
  }
  // Reuse a slice with the same ports first, then any leftover one (the placeholder included).
  const claimed = desired.map((d) => reusable.get(d.portKey)?.shift());
  const leftovers = [...reusable.values()].flat();
  const kept = new Set<string>();
  desired.forEach((d, i) => {
    const prior = claimed[i] ?? leftovers.shift();
    const name =
      prior?.metadata.name ??
      generateName(
        `${svcName}-`,
        run.random,
        (n) => Boolean(run.state.find('EndpointSlice', ns, n)) || kept.has(n),
        'endpointslices.discovery.k8s.io',
      );
    kept.add(name);
    const slice: EndpointSlice = {
      apiVersion: 'discovery.k8s.io/v1',
      kind: 'EndpointSlice',
      metadata: {
        name,
        generateName: `${svcName}-`,
        namespace: ns,
        labels: sliceLabels(svc),
        ownerReferences: [
          {
            apiVersion: 'v1',
            kind: 'Service',
            name: svcName,
            uid: svc.metadata.uid ?? '',
            controller: true,
            blockOwnerDeletion: true,
          },
        ],
      },
      addressType: 'IPv4',
      endpoints: d.endpoints,
      ...(d.ports.length ? { ports: d.ports } : {}),
    };
    run.commit(slice);
  });
  for (const s of existing) if (!kept.has(s.metadata.name ?? '')) run.state.remove(objectKeyOf(s));
  recordEndpointChange(run, svc, existing, desired);
}

const readyAddresses = (endpoints: Endpoint[]): string[] =>
  endpoints
    .filter((e) => e.conditions?.ready)
    .flatMap((e) => e.addresses)
    .sort();

/**
 * Upstream's controller records no event for a routine endpoint change; the sandbox does, so a
 * lab can watch a Pod leave and rejoin its Service in the event log.
 */
function recordEndpointChange(
  run: AdmissionRun,
  svc: Service,
  before: EndpointSlice[],
  after: DesiredSlice[],
): void {
  const was = readyAddresses(before.flatMap((s) => s.endpoints ?? []));
  const now = readyAddresses(after.flatMap((d) => d.endpoints));
  if (was.join() === now.join()) return;
  const notReady = after.flatMap((d) => d.endpoints).filter((e) => !e.conditions?.ready).length;
  const message =
    now.length === 0
      ? `Service has no ready endpoints${notReady ? ` (${notReady} not ready)` : ''}: connections to it are refused`
      : `Ready endpoints: ${now.join(', ')}${notReady ? ` (${notReady} not ready)` : ''}`;
  run.event(svc, 'EndpointsChanged', message, 'endpointslice-controller');
}
