import type { EndpointSlice, KubeObject, Namespace, Node, Pod, Service } from '@app/kube';
import type { ClusterConfig } from './cluster-config';
import type { ClusterSnapshot } from './snapshot';

/** The label the EndpointSlice controller puts on every slice it manages (discovery/v1 LabelServiceName). */
export const SERVICE_NAME_LABEL = 'kubernetes.io/service-name';

const nameKey = (namespace: string, name: string): string => `${namespace}/${name}`;
const objectKeyOf = (kind: string, namespace: string, name: string): string =>
  `${kind}/${namespace}/${name}`;

/**
 * Lookup tables over one snapshot, built once: the questions every simulation module asks
 * ("which Pod has this IP", "which Service owns this ClusterIP", "was this created before that").
 *
 * - Lists (`pods`, `services`, …) keep creation order (the snapshot's order).
 * - `podByIP` ignores hostNetwork Pods (they share their node's IP) and prefers a Pod that is not
 *   terminating when two report the same IP.
 * - `serviceByClusterIP` indexes every entry of `spec.clusterIPs` (falling back to `spec.clusterIP`);
 *   headless ("None") and ExternalName Services have none.
 * - `position` is the index in `snapshot.objects`; -1 for unknown objects.
 */
export class ClusterIndex {
  readonly config: ClusterConfig;
  readonly revision: number;
  readonly pods: readonly Pod[];
  readonly services: readonly Service[];
  readonly nodes: readonly Node[];
  readonly namespaces: readonly Namespace[];
  readonly endpointSliceList: readonly EndpointSlice[];
  /** The snapshot's objects in creation order. */
  readonly objects: readonly KubeObject[];

  private readonly podsByKey = new Map<string, Pod>();
  private readonly podsByIP = new Map<string, Pod>();
  private readonly servicesByKey = new Map<string, Service>();
  private readonly servicesByIP = new Map<string, Service>();
  private readonly nodesByName = new Map<string, Node>();
  private readonly nodesByIP = new Map<string, Node>();
  private readonly namespacesByName = new Map<string, Namespace>();
  private readonly slicesByService = new Map<string, EndpointSlice[]>();
  private readonly positions = new Map<string, number>();

  constructor(snapshot: ClusterSnapshot) {
    this.config = snapshot.config;
    this.revision = snapshot.revision;
    this.objects = snapshot.objects;
    const pods: Pod[] = [];
    const services: Service[] = [];
    const nodes: Node[] = [];
    const namespaces: Namespace[] = [];
    const slices: EndpointSlice[] = [];
    snapshot.objects.forEach((obj, position) => {
      const ns = obj.metadata.namespace ?? '';
      const name = obj.metadata.name ?? '';
      this.positions.set(objectKeyOf(obj.kind, ns, name), position);
      switch (obj.kind) {
        case 'Pod':
          pods.push(obj as Pod);
          this.indexPod(obj as Pod);
          break;
        case 'Service':
          services.push(obj as Service);
          this.indexService(obj as Service);
          break;
        case 'Node':
          nodes.push(obj as Node);
          this.nodesByName.set(name, obj as Node);
          for (const ip of nodeAddresses(obj as Node)) this.nodesByIP.set(ip, obj as Node);
          break;
        case 'Namespace':
          namespaces.push(obj as Namespace);
          this.namespacesByName.set(name, obj as Namespace);
          break;
        case 'EndpointSlice': {
          slices.push(obj as EndpointSlice);
          const svc = obj.metadata.labels?.[SERVICE_NAME_LABEL];
          if (svc !== undefined) {
            const key = nameKey(ns, svc);
            const list = this.slicesByService.get(key) ?? [];
            list.push(obj as EndpointSlice);
            this.slicesByService.set(key, list);
          }
          break;
        }
      }
    });
    this.pods = pods;
    this.services = services;
    this.nodes = nodes;
    this.namespaces = namespaces;
    this.endpointSliceList = slices;
  }

  private indexPod(pod: Pod): void {
    this.podsByKey.set(nameKey(pod.metadata.namespace ?? '', pod.metadata.name ?? ''), pod);
    if (pod.spec.hostNetwork) return;
    for (const ip of podIPs(pod)) {
      const existing = this.podsByIP.get(ip);
      // A terminating Pod can still hold an IP that a new Pod already reports; the live one wins.
      if (!existing || (existing.metadata.deletionTimestamp && !pod.metadata.deletionTimestamp)) {
        this.podsByIP.set(ip, pod);
      }
    }
  }

  private indexService(svc: Service): void {
    this.servicesByKey.set(nameKey(svc.metadata.namespace ?? '', svc.metadata.name ?? ''), svc);
    for (const ip of serviceClusterIPs(svc)) this.servicesByIP.set(ip, svc);
  }

  pod(namespace: string, name: string): Pod | undefined {
    return this.podsByKey.get(nameKey(namespace, name));
  }

  podByIP(ip: string): Pod | undefined {
    return this.podsByIP.get(ip);
  }

  podsIn(namespace: string): Pod[] {
    return this.pods.filter((p) => p.metadata.namespace === namespace);
  }

  service(namespace: string, name: string): Service | undefined {
    return this.servicesByKey.get(nameKey(namespace, name));
  }

  serviceByClusterIP(ip: string): Service | undefined {
    return this.servicesByIP.get(ip);
  }

  servicesIn(namespace: string): Service[] {
    return this.services.filter((s) => s.metadata.namespace === namespace);
  }

  node(name: string): Node | undefined {
    return this.nodesByName.get(name);
  }

  nodeByIP(ip: string): Node | undefined {
    return this.nodesByIP.get(ip);
  }

  /** The node's InternalIP (what kube-proxy and the kubelet call the node IP), else its first address. */
  nodeIP(name: string): string | undefined {
    const node = this.nodesByName.get(name);
    if (!node) return undefined;
    const addrs = node.status?.addresses ?? [];
    return (addrs.find((a) => a.type === 'InternalIP') ?? addrs[0])?.address;
  }

  namespace(name: string): Namespace | undefined {
    return this.namespacesByName.get(name);
  }

  namespaceLabels(name: string): Record<string, string> {
    return this.namespacesByName.get(name)?.metadata.labels ?? {};
  }

  /** The EndpointSlices labelled `kubernetes.io/service-name=<service>` in the namespace, in creation order. */
  endpointSlices(namespace: string, service: string): EndpointSlice[] {
    return [...(this.slicesByService.get(nameKey(namespace, service)) ?? [])];
  }

  /** Position of the object in creation order; -1 when it is not in the snapshot. */
  position(kind: string, namespace: string, name: string): number {
    return this.positions.get(objectKeyOf(kind, namespace, name)) ?? -1;
  }

  positionOf(obj: KubeObject): number {
    return this.position(obj.kind, obj.metadata.namespace ?? '', obj.metadata.name ?? '');
  }
}

/** status.podIPs, falling back to status.podIP; empty while the Pod has no address. */
export function podIPs(pod: Pod): string[] {
  const list = (pod.status?.podIPs ?? []).map((p) => p.ip).filter(Boolean);
  if (list.length) return list;
  return pod.status?.podIP ? [pod.status.podIP] : [];
}

/**
 * The Service's cluster IPs as kube-proxy and CoreDNS see them: `spec.clusterIPs`, else
 * `spec.clusterIP`; empty for headless ("None") and ExternalName Services (v1helper.IsServiceIPSet).
 */
export function serviceClusterIPs(svc: Service): string[] {
  if (svc.spec.type === 'ExternalName') return [];
  const ips = svc.spec.clusterIPs?.length
    ? svc.spec.clusterIPs
    : svc.spec.clusterIP
      ? [svc.spec.clusterIP]
      : [];
  return ips.filter((ip) => ip !== '' && ip !== 'None');
}

export const isHeadless = (svc: Service): boolean =>
  svc.spec.type !== 'ExternalName' && svc.spec.clusterIP === 'None';

function nodeAddresses(node: Node): string[] {
  return (node.status?.addresses ?? [])
    .filter((a) => a.type === 'InternalIP' || a.type === 'ExternalIP')
    .map((a) => a.address);
}

/** "namespace/name" of a namespaced object ('default' when it carries no namespace). */
export const keyOf = (o: { metadata: { namespace?: string; name?: string } }): string =>
  `${o.metadata.namespace ?? 'default'}/${o.metadata.name ?? ''}`;

/** "namespace/name" → [namespace, name]. */
export const splitKey = (key: string): [string, string] => {
  const i = key.indexOf('/');
  return [key.slice(0, i), key.slice(i + 1)];
};

/** The ingress IPs a LoadBalancer Service's status lists; none for other types. */
export function loadBalancerIPs(svc: Service): string[] {
  if (svc.spec.type !== 'LoadBalancer') return [];
  return (svc.status?.loadBalancer?.ingress ?? []).flatMap((i) => (i.ip ? [i.ip] : []));
}
