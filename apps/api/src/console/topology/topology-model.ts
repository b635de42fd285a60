import type { Ingress, IngressBackend, KubeObject, Node, Pod, Service } from '@app/kube';
import { KubeError, KubeErrorCode } from '@app/kube';
import { describePlugin, type NetworkPlugin, type Simulation } from '@app/netsim';

/** What one box of the picture stands for. Groups (node, namespace) contain the Pods. */
export type TopologyItemKind =
  'node' | 'namespace' | 'pod' | 'service' | 'ingress' | 'gateway' | 'route';

export type TopologyEdgeKind = 'endpoint' | 'endpoint-not-ready' | 'route' | 'overlay';

export interface TopologyItem {
  id: string;
  kind: TopologyItemKind;
  /** "ns/name" for namespaced objects, the node name for a node, "node/ns" for a group. */
  ref: string;
  title: string;
  /** Addresses, ports and state, one short line each. */
  lines: string[];
  /** The group this item is drawn inside. */
  parent?: string;
  /** Pods only: Ready condition (false draws the Pod as not ready). */
  ready?: boolean;
}

export interface TopologyEdge {
  id: string;
  from: string;
  to: string;
  kind: TopologyEdgeKind;
  label?: string;
}

export interface TopologyGraph {
  revision: number;
  networkPlugin: string;
  /** How the plugin carries pod traffic between nodes (its own documentation's words). */
  overlay: string;
  items: TopologyItem[];
  edges: TopologyEdge[];
}

/** Above this a picture is unreadable and its layout costs seconds: filter by namespace instead. */
export const MAX_TOPOLOGY_PODS = 150;
export const MAX_TOPOLOGY_ITEMS = 400;

const nameOf = (o: KubeObject): string => o.metadata.name ?? '';
const refOf = (o: KubeObject): string => `${o.metadata.namespace ?? 'default'}/${nameOf(o)}`;

/**
 * The objects of one cluster revision as a graph: nodes (InternalIP, podCIDR) holding their
 * Pods grouped by namespace, Services with their addresses and an edge to every endpoint of
 * their EndpointSlices (ready or not), and in front of them Ingress rules and Gateway API routes.
 * `namespace` keeps only that namespace's objects (nodes always stay). Counts are not checked
 * here: see `assertDrawable`.
 */
export function topologyGraph(sim: Simulation, namespace?: string): TopologyGraph {
  const { snapshot } = sim;
  const inScope = (o: KubeObject) =>
    !namespace || (o.metadata.namespace ?? 'default') === namespace;
  const byKind = (kind: string) => snapshot.objects.filter((o) => o.kind === kind && inScope(o));
  const plugin = describePlugin(snapshot.config.networkPlugin as NetworkPlugin);
  const items: TopologyItem[] = [];
  const edges: TopologyEdge[] = [];

  const nodes = snapshot.objects.filter((o): o is Node => o.kind === 'Node');
  for (const node of nodes) {
    const ip = node.status?.addresses?.find((a) => a.type === 'InternalIP')?.address;
    items.push({
      id: `node:${nameOf(node)}`,
      kind: 'node',
      ref: nameOf(node),
      title: `node ${nameOf(node)}`,
      lines: [ip ? `InternalIP ${ip}` : 'no InternalIP', `podCIDR ${node.spec?.podCIDR ?? '—'}`],
    });
  }
  const groups = new Set<string>();
  for (const pod of byKind('Pod') as Pod[]) {
    const ns = pod.metadata.namespace ?? 'default';
    const nodeName = pod.spec?.nodeName;
    let parent: string | undefined;
    if (nodeName && nodes.some((n) => nameOf(n) === nodeName)) {
      parent = `ns:${nodeName}/${ns}`;
      if (!groups.has(parent)) {
        groups.add(parent);
        items.push({
          id: parent,
          kind: 'namespace',
          ref: `${nodeName}/${ns}`,
          title: `namespace ${ns}`,
          lines: [],
          parent: `node:${nodeName}`,
        });
      }
    }
    const ready = pod.status?.conditions?.find((c) => c.type === 'Ready')?.status === 'True';
    const terminating = pod.metadata.deletionTimestamp !== undefined;
    items.push({
      id: `pod:${refOf(pod)}`,
      kind: 'pod',
      ref: refOf(pod),
      title: nameOf(pod),
      lines: [
        pod.status?.podIP ?? 'no IP',
        terminating ? 'Terminating' : ready ? 'Ready' : (pod.status?.phase ?? 'Pending'),
      ],
      parent,
      ready: ready && !terminating,
    });
  }
  const podIds = new Set(items.filter((i) => i.kind === 'pod').map((i) => i.id));

  for (const svc of byKind('Service') as Service[]) {
    const id = `svc:${refOf(svc)}`;
    items.push({
      id,
      kind: 'service',
      ref: refOf(svc),
      title: nameOf(svc),
      lines: serviceLines(svc),
    });
    // The engine's one endpoint view: every address once, with its conditions.
    const endpoints = sim.serviceEndpoints(svc.metadata.namespace ?? 'default', nameOf(svc));
    const seen = new Set<string>();
    for (const endpoint of endpoints) {
      if (!endpoint.pod) continue;
      const podId = `pod:${endpoint.pod}`;
      if (!podIds.has(podId) || seen.has(podId)) continue;
      seen.add(podId);
      edges.push({
        id: `${id}->${podId}`,
        from: id,
        to: podId,
        kind: endpoint.ready ? 'endpoint' : 'endpoint-not-ready',
        label: endpoint.ready ? undefined : 'not ready',
      });
    }
  }
  const serviceIds = new Set(items.filter((i) => i.kind === 'service').map((i) => i.id));
  const backendEdge = (
    from: string,
    ns: string,
    backend: IngressBackend | undefined,
    label: string,
  ) => {
    const name = backend?.service?.name;
    if (!name) return;
    const to = `svc:${ns}/${name}`;
    if (!serviceIds.has(to) || edges.some((e) => e.from === from && e.to === to)) return;
    edges.push({ id: `${from}->${to}`, from, to, kind: 'route', label });
  };

  for (const ingress of byKind('Ingress') as Ingress[]) {
    const id = `ing:${refOf(ingress)}`;
    const ns = ingress.metadata.namespace ?? 'default';
    const lines = [`class ${ingress.spec?.ingressClassName ?? '(default)'}`];
    for (const rule of ingress.spec?.rules ?? []) {
      for (const path of rule.http?.paths ?? []) {
        const where = `${rule.host ?? '*'}${path.path ?? '/'}`;
        if (lines.length < 6) lines.push(`${where} (${path.pathType})`);
        backendEdge(id, ns, path.backend, where);
      }
    }
    backendEdge(id, ns, ingress.spec?.defaultBackend, 'default backend');
    items.push({ id, kind: 'ingress', ref: refOf(ingress), title: nameOf(ingress), lines });
  }

  gatewayApi(byKind, items, edges, serviceIds);
  return {
    revision: snapshot.revision,
    networkPlugin: plugin.name,
    overlay: plugin.overlay,
    items,
    edges,
  };
}

/** ClusterIP (or headless / ExternalName), ports with their NodePorts, and LB addresses. */
function serviceLines(svc: Service): string[] {
  const spec = svc.spec ?? {};
  const type = spec.type ?? 'ClusterIP';
  const address = spec.clusterIP === 'None' ? 'None (headless)' : (spec.clusterIP ?? '—');
  const lines: string[] = [
    type === 'ExternalName'
      ? `ExternalName → ${spec.externalName ?? '?'}`
      : type === 'ClusterIP'
        ? `ClusterIP ${address}`
        : `${type}, ClusterIP ${address}`,
  ];
  for (const port of (spec.ports ?? []).slice(0, 4)) {
    const node = port.nodePort ? ` NodePort ${port.nodePort}` : '';
    lines.push(`${port.port}/${port.protocol ?? 'TCP'} → ${port.targetPort ?? port.port}${node}`);
  }
  for (const lb of svc.status?.loadBalancer?.ingress ?? [])
    lines.push(`LB ${lb.ip ?? lb.hostname}`);
  return lines;
}

interface ParentRef {
  name?: string;
  namespace?: string;
}
interface BackendRef {
  name?: string;
  namespace?: string;
  kind?: string;
  port?: number;
}

/**
 * Gateway API objects (gateway.networking.k8s.io), read from their spec as stored: a Gateway
 * with its listeners, each *Route with edges from its parentRefs and to its Service backendRefs.
 */
function gatewayApi(
  byKind: (kind: string) => KubeObject[],
  items: TopologyItem[],
  edges: TopologyEdge[],
  serviceIds: Set<string>,
): void {
  for (const gateway of byKind('Gateway')) {
    const spec = (gateway as { spec?: { gatewayClassName?: string; listeners?: unknown[] } }).spec;
    const listeners = (spec?.listeners ?? []) as Array<{
      name?: string;
      port?: number;
      protocol?: string;
    }>;
    items.push({
      id: `gw:${refOf(gateway)}`,
      kind: 'gateway',
      ref: refOf(gateway),
      title: nameOf(gateway),
      lines: [
        `class ${spec?.gatewayClassName ?? '?'}`,
        ...listeners.slice(0, 4).map((l) => `${l.name ?? '?'} ${l.protocol ?? ''}:${l.port ?? ''}`),
      ],
    });
  }
  const gatewayIds = new Set(items.filter((i) => i.kind === 'gateway').map((i) => i.id));
  for (const kind of ['HTTPRoute', 'GRPCRoute', 'TLSRoute', 'TCPRoute', 'UDPRoute']) {
    for (const route of byKind(kind)) {
      const ns = route.metadata.namespace ?? 'default';
      const id = `route:${kind}/${refOf(route)}`;
      const spec = (
        route as { spec?: { hostnames?: string[]; parentRefs?: ParentRef[]; rules?: unknown[] } }
      ).spec;
      items.push({
        id,
        kind: 'route',
        ref: refOf(route),
        title: `${kind} ${nameOf(route)}`,
        lines: (spec?.hostnames ?? []).slice(0, 3),
      });
      for (const parent of spec?.parentRefs ?? []) {
        const from = `gw:${parent.namespace ?? ns}/${parent.name}`;
        if (gatewayIds.has(from)) edges.push({ id: `${from}->${id}`, from, to: id, kind: 'route' });
      }
      const rules = (spec?.rules ?? []) as Array<{ backendRefs?: BackendRef[] }>;
      for (const backend of rules.flatMap((r) => r.backendRefs ?? [])) {
        if (backend.kind && backend.kind !== 'Service') continue;
        const to = `svc:${backend.namespace ?? ns}/${backend.name}`;
        if (!serviceIds.has(to) || edges.some((e) => e.from === id && e.to === to)) continue;
        edges.push({
          id: `${id}->${to}`,
          from: id,
          to,
          kind: 'route',
          label: backend.port ? `:${backend.port}` : undefined,
        });
      }
    }
  }
}

/** A 400 that says how to get a picture when the cluster is too big to draw in one. */
export function assertDrawable(graph: TopologyGraph): void {
  const pods = graph.items.filter((i) => i.kind === 'pod').length;
  if (pods <= MAX_TOPOLOGY_PODS && graph.items.length <= MAX_TOPOLOGY_ITEMS) return;
  throw new KubeError(
    KubeErrorCode.BadRequest,
    `the topology has ${pods} Pods and ${graph.items.length} boxes, more than one picture can show ` +
      `(at most ${MAX_TOPOLOGY_PODS} Pods and ${MAX_TOPOLOGY_ITEMS} boxes): ask for one namespace`,
    [
      {
        reason: 'FieldValueInvalid',
        field: 'namespace',
        message: 'Required value: too many objects to draw',
      },
    ],
  );
}
