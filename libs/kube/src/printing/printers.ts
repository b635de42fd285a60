/**
 * The row functions of the API server's printers, after pkg/printers/internalversion/printers.go
 * (the API server always prints with Wide: true, so every row has the priority-1 cells too). Each
 * kind's definition in the registry pairs its row function with its columns (columns.ts).
 */
import type { Deployment, ReplicaSet } from '../objects/apps';
import type { Endpoints, Event, Node, Pod, Secret, Service } from '../objects/core';
import type { KubeObject } from '../objects/meta';
import type { EndpointSlice, Ingress, IngressClass, NetworkPolicy } from '../objects/networking';
import {
  formatLabels,
  formatLabelSelector,
  joinHostPort,
  listWithMore,
  selectorString,
  sortedUnique,
} from './format';
import { since } from './human-duration';
import type { TableCell, TableRowCondition } from './table';

/** One printed row: a cell per column, and upstream's row conditions where it sets them. */
export interface PrintedRow {
  cells: TableCell[];
  conditions?: TableRowCondition[];
}
type Printed = PrintedRow;

interface ContainerLike {
  name: string;
  image?: string;
  restartPolicy?: string;
}
interface ContainerState {
  waiting?: { reason?: string };
  running?: unknown;
  terminated?: { reason?: string; exitCode?: number; signal?: number; finishedAt?: string };
}
interface ContainerStatus {
  name: string;
  ready?: boolean;
  started?: boolean;
  restartCount?: number;
  state?: ContainerState;
  lastState?: ContainerState;
}

/** layoutContainerCells: names and images, comma-joined. */
function containerCells(containers: ContainerLike[] | undefined): [string, string] {
  const list = containers ?? [];
  return [list.map((c) => c.name).join(','), list.map((c) => c.image ?? '').join(',')];
}

const latest = (a: string, b: string | undefined) =>
  b && (a === '' || Date.parse(b) > Date.parse(a)) ? b : a;

/** printPod: READY, STATUS (the kubectl "reason" rules), RESTARTS with "(Xm ago)", wide columns. */
export function printPod(pod: Pod, now: Date): Printed {
  const status = (pod.status ?? {}) as Record<string, unknown>;
  const spec = pod.spec ?? ({ containers: [] } as unknown as Pod['spec']);
  const initContainers = (spec.initContainers ?? []) as ContainerLike[];
  const sidecars = new Set(
    initContainers.filter((c) => c.restartPolicy === 'Always').map((c) => c.name),
  );
  let restarts = 0;
  const total = (spec.containers ?? []).length + sidecars.size;
  let ready = 0;
  let lastRestart = '';
  let reason = String(status.reason || status.phase || '');
  let conditions: TableRowCondition[] | undefined;
  if (status.phase === 'Succeeded')
    conditions = [
      {
        type: 'Completed',
        status: 'True',
        reason: 'Succeeded',
        message: 'The pod has completed successfully.',
      },
    ];
  if (status.phase === 'Failed')
    conditions = [
      { type: 'Completed', status: 'True', reason: 'Failed', message: 'The pod failed.' },
    ];

  const initStatuses = (status.initContainerStatuses ?? []) as ContainerStatus[];
  let initializing = false;
  let sidecarRestarts = 0;
  let sidecarLastRestart = '';
  for (let i = 0; i < initStatuses.length; i++) {
    const c = initStatuses[i];
    restarts += c.restartCount ?? 0;
    lastRestart = latest(lastRestart, c.lastState?.terminated?.finishedAt);
    if (sidecars.has(c.name)) {
      sidecarRestarts += c.restartCount ?? 0;
      sidecarLastRestart = latest(sidecarLastRestart, c.lastState?.terminated?.finishedAt);
    }
    const t = c.state?.terminated;
    if (t && (t.exitCode ?? 0) === 0) continue;
    if (sidecars.has(c.name) && c.started) {
      if (c.ready) ready++;
      continue;
    }
    if (t) {
      reason = t.reason
        ? `Init:${t.reason}`
        : t.signal
          ? `Init:Signal:${t.signal}`
          : `Init:ExitCode:${t.exitCode ?? 0}`;
    } else if (c.state?.waiting?.reason && c.state.waiting.reason !== 'PodInitializing') {
      reason = `Init:${c.state.waiting.reason}`;
    } else {
      reason = `Init:${i}/${initContainers.length}`;
    }
    initializing = true;
    break;
  }

  const initialized = (pod.status?.conditions ?? []).some(
    (c) => c.type === 'Initialized' && c.status === 'True',
  );
  if (!initializing || initialized) {
    restarts = sidecarRestarts;
    lastRestart = sidecarLastRestart;
    let hasRunning = false;
    const statuses = (status.containerStatuses ?? []) as ContainerStatus[];
    for (let i = statuses.length - 1; i >= 0; i--) {
      const c = statuses[i];
      restarts += c.restartCount ?? 0;
      lastRestart = latest(lastRestart, c.lastState?.terminated?.finishedAt);
      const t = c.state?.terminated;
      if (c.state?.waiting?.reason) reason = c.state.waiting.reason;
      else if (t?.reason) reason = t.reason;
      else if (t) reason = t.signal ? `Signal:${t.signal}` : `ExitCode:${t.exitCode ?? 0}`;
      else if (c.ready && c.state?.running !== undefined) {
        hasRunning = true;
        ready++;
      }
    }
    if (reason === 'Completed' && hasRunning) {
      const podReady = (pod.status?.conditions ?? []).some(
        (c) => c.type === 'Ready' && c.status === 'True',
      );
      reason = podReady ? 'Running' : 'NotReady';
    }
  }
  if (pod.metadata.deletionTimestamp && status.reason === 'NodeLost') reason = 'Unknown';
  else if (pod.metadata.deletionTimestamp) reason = 'Terminating';

  const restartsCell = lastRestart
    ? `${restarts} (${since(lastRestart, now)} ago)`
    : String(restarts);
  // Upstream reads podIPs only; podIP is the same address whenever the API server stored the pod.
  const podIP = pod.status?.podIPs?.[0]?.ip || pod.status?.podIP || '<none>';
  const gates = (spec.readinessGates ?? []) as Array<{ conditionType: string }>;
  let gatesCell = '<none>';
  if (gates.length > 0) {
    const trueCount = gates.filter(
      (g) => pod.status?.conditions?.find((c) => c.type === g.conditionType)?.status === 'True',
    ).length;
    gatesCell = `${trueCount}/${gates.length}`;
  }
  return {
    cells: [
      pod.metadata.name ?? '',
      `${ready}/${total}`,
      reason,
      restartsCell,
      since(pod.metadata.creationTimestamp, now),
      podIP,
      spec.nodeName || '<none>',
      (status.nominatedNodeName as string) || '<none>',
      gatesCell,
    ],
    conditions,
  };
}

/** loadBalancerStatusStringer (wide: never clipped): unique IPs/hostnames, sorted. */
function lbAddresses(ingress: Array<{ ip?: string; hostname?: string }> | undefined): string {
  return sortedUnique(
    (ingress ?? []).map((i) => i.ip || i.hostname || '').filter((s) => s !== ''),
  ).join(',');
}

/** getServiceExternalIP. */
function serviceExternalIP(svc: Service): string {
  const externalIPs = svc.spec.externalIPs ?? [];
  switch (svc.spec.type) {
    case 'ClusterIP':
    case 'NodePort':
      return externalIPs.length > 0 ? externalIPs.join(',') : '<none>';
    case 'LoadBalancer': {
      const lb = lbAddresses(svc.status?.loadBalancer?.ingress);
      if (externalIPs.length > 0) return [...(lb ? lb.split(',') : []), ...externalIPs].join(',');
      return lb || '<pending>';
    }
    case 'ExternalName':
      return svc.spec.externalName ?? '';
    default:
      return '<unknown>';
  }
}

/** makePortString: "80/TCP" or "80:30080/TCP", comma-joined. */
function servicePorts(svc: Service): string {
  const s = (svc.spec.ports ?? [])
    .map((p) =>
      p.nodePort && p.nodePort > 0
        ? `${p.port}:${p.nodePort}/${p.protocol ?? ''}`
        : `${p.port}/${p.protocol ?? ''}`,
    )
    .join(',');
  return s || '<none>';
}

export function printService(svc: Service, now: Date): Printed {
  return {
    cells: [
      svc.metadata.name ?? '',
      svc.spec.type ?? '',
      svc.spec.clusterIPs?.[0] ?? svc.spec.clusterIP ?? '<none>',
      serviceExternalIP(svc),
      servicePorts(svc),
      since(svc.metadata.creationTimestamp, now),
      formatLabels(svc.spec.selector),
    ],
  };
}

export function printDeployment(d: Deployment, now: Date): Printed {
  const [names, images] = containerCells(d.spec.template?.spec?.containers);
  return {
    cells: [
      d.metadata.name ?? '',
      `${d.status?.readyReplicas ?? 0}/${d.spec.replicas ?? 1}`,
      d.status?.updatedReplicas ?? 0,
      d.status?.availableReplicas ?? 0,
      since(d.metadata.creationTimestamp, now),
      names,
      images,
      selectorString(d.spec.selector),
    ],
  };
}

export function printReplicaSet(rs: ReplicaSet, now: Date): Printed {
  const [names, images] = containerCells(rs.spec.template?.spec?.containers);
  return {
    cells: [
      rs.metadata.name ?? '',
      rs.spec.replicas ?? 1,
      rs.status?.replicas ?? 0,
      rs.status?.readyReplicas ?? 0,
      since(rs.metadata.creationTimestamp, now),
      names,
      images,
      formatLabelSelector(rs.spec.selector),
    ],
  };
}

export function printNamespace(ns: KubeObject, now: Date): Printed {
  const phase = (ns.status as { phase?: string } | undefined)?.phase ?? '';
  return { cells: [ns.metadata.name ?? '', phase, since(ns.metadata.creationTimestamp, now)] };
}

/** printNode: Ready/NotReady/Unknown (+SchedulingDisabled), roles from node-role labels. */
export function printNode(node: Node, now: Date): Printed {
  const ready = node.status?.conditions?.find((c) => c.type === 'Ready');
  const status = [ready ? (ready.status === 'True' ? 'Ready' : 'NotReady') : 'Unknown'];
  if (node.spec?.unschedulable) status.push('SchedulingDisabled');
  const roles: string[] = [];
  for (const [k, v] of Object.entries(node.metadata.labels ?? {})) {
    if (k.startsWith('node-role.kubernetes.io/') && k.length > 'node-role.kubernetes.io/'.length) {
      roles.push(k.slice('node-role.kubernetes.io/'.length));
    } else if (k === 'kubernetes.io/role' && v !== '') roles.push(v);
  }
  const info = node.status?.nodeInfo ?? {};
  const address = (type: string) =>
    node.status?.addresses?.find((a) => a.type === type)?.address ?? '<none>';
  return {
    cells: [
      node.metadata.name ?? '',
      status.join(','),
      sortedUnique(roles).join(',') || '<none>',
      since(node.metadata.creationTimestamp, now),
      info.kubeletVersion ?? '',
      address('InternalIP'),
      address('ExternalIP'),
      info.osImage || '<unknown>',
      info.kernelVersion || '<unknown>',
      info.containerRuntimeVersion || '<unknown>',
    ],
  };
}

/** formatDiscoveryPorts / formatDiscoveryEndpoints. */
export function printEndpointSlice(es: EndpointSlice, now: Date): Printed {
  const ports = (es.ports ?? []).map((p) =>
    p.port !== undefined && p.port !== null ? String(p.port) : (p.name ?? '*'),
  );
  const addresses = (es.endpoints ?? []).flatMap((e) => e.addresses ?? []);
  return {
    cells: [
      es.metadata.name ?? '',
      es.addressType ?? '',
      listWithMore(ports),
      listWithMore(addresses),
      since(es.metadata.creationTimestamp, now),
    ],
  };
}

/** formatEndpoints(endpoints, nil): ready addresses as ip:port per port (bare ip without ports). */
export function printEndpoints(ep: Endpoints, now: Date): Printed {
  const subsets = ep.subsets ?? [];
  let text = '<none>';
  if (subsets.length > 0) {
    const all: string[] = [];
    for (const ss of subsets) {
      const addrs = ss.addresses ?? [];
      if ((ss.ports ?? []).length === 0) all.push(...addrs.map((a) => a.ip));
      else
        for (const p of ss.ports ?? []) all.push(...addrs.map((a) => joinHostPort(a.ip, p.port)));
    }
    const shown = all.slice(0, 3).join(',');
    text = all.length > 3 ? `${shown} + ${all.length - 3} more...` : shown;
  }
  return { cells: [ep.metadata.name ?? '', text, since(ep.metadata.creationTimestamp, now)] };
}

export function printNetworkPolicy(np: NetworkPolicy, now: Date): Printed {
  return {
    cells: [
      np.metadata.name ?? '',
      formatLabelSelector(np.spec?.podSelector),
      since(np.metadata.creationTimestamp, now),
    ],
  };
}

/** formatHosts: up to 3 hosts then " + N more..." (N counted over all rules); "*" when none. */
function ingressHosts(ing: Ingress): string {
  const rules = ing.spec?.rules ?? [];
  const list: string[] = [];
  let more = false;
  for (const r of rules) {
    if (list.length === 3) more = true;
    if (!more && r.host) list.push(r.host);
  }
  if (list.length === 0) return '*';
  return more ? `${list.join(',')} + ${rules.length - 3} more...` : list.join(',');
}

export function printIngress(ing: Ingress, now: Date): Printed {
  return {
    cells: [
      ing.metadata.name ?? '',
      ing.spec?.ingressClassName ?? '<none>',
      ingressHosts(ing),
      lbAddresses(ing.status?.loadBalancer?.ingress),
      (ing.spec?.tls ?? []).length > 0 ? '80, 443' : '80',
      since(ing.metadata.creationTimestamp, now),
    ],
  };
}

export function printIngressClass(ic: IngressClass, now: Date): Printed {
  const p = ic.spec?.parameters;
  const params = p
    ? `${p.kind}${p.apiGroup !== undefined ? `.${p.apiGroup}` : ''}/${p.name}`
    : '<none>';
  return {
    cells: [
      ic.metadata.name ?? '',
      ic.spec?.controller ?? '',
      params,
      since(ic.metadata.creationTimestamp, now),
    ],
  };
}

export function printSecret(s: Secret, now: Date): Printed {
  return {
    cells: [
      s.metadata.name ?? '',
      s.type ?? '',
      Object.keys(s.data ?? {}).length,
      since(s.metadata.creationTimestamp, now),
    ],
  };
}

/** printEvent (wide): LAST SEEN falls back to FIRST SEEN, which falls back to eventTime; count ≥ 1. */
export function printEvent(ev: Event, now: Date): Printed {
  const extra = ev as Event & {
    eventTime?: string;
    series?: { count?: number; lastObservedTime?: string };
    reportingController?: string;
    reportingInstance?: string;
    involvedObject: { fieldPath?: string };
  };
  const first = ev.firstTimestamp ? since(ev.firstTimestamp, now) : since(extra.eventTime, now);
  let last = ev.lastTimestamp ? since(ev.lastTimestamp, now) : first;
  let count = ev.count ?? 0;
  if (extra.series) {
    last = since(extra.series.lastObservedTime, now);
    count = extra.series.count ?? 0;
  } else if (count === 0) count = 1;
  const kind = (ev.involvedObject?.kind ?? '').toLowerCase();
  const target = ev.involvedObject?.name ? `${kind}/${ev.involvedObject.name}` : kind;
  const component = ev.source?.component || extra.reportingController || '';
  const instance = ev.source?.host || extra.reportingInstance || '';
  return {
    cells: [
      last,
      ev.type ?? '',
      ev.reason ?? '',
      target,
      extra.involvedObject?.fieldPath ?? '',
      instance ? `${component}, ${instance}` : component,
      (ev.message ?? '').trim(),
      first,
      count,
      ev.metadata.name ?? '',
    ],
  };
}

/** rest.DefaultTableConvertor for kinds without a printer: name and creation time. */
export function printDefault(obj: KubeObject): Printed {
  return { cells: [obj.metadata.name ?? '', obj.metadata.creationTimestamp ?? ''] };
}
