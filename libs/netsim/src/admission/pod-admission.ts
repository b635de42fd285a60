/**
 * What happens to a Pod between the API server and "Running": the scheduler's node choice, the
 * CNI's address (host-local IPAM on the node's podCIDR) and the status the kubelet reports.
 */
import {
  cidrContains,
  formatCIDR,
  formatIPv4,
  parseIPv4,
  type Container,
  type FieldCause,
  type Pod,
  type PodCondition,
  type PodStatus,
} from '@app/kube';
import type { AdmissionRun } from './admission-run';
import { forbiddenCause, invalidCause } from './causes';
import { clone, deepEqual } from './deep-equal';
import { invalidError } from '@app/kube';
import { scheduleOnto, type NodeView } from './nodes';
import { SANDBOX_IPALLOCATOR } from './event-sources';
import { readinessDelaySeconds } from '../lifecycle/readiness';
import { keyString, objectKeyOf } from './object-key';

/** ValidatePodUpdate's list of mutable spec fields, as its Forbidden message quotes them. */
const POD_UPDATE_FORBIDDEN =
  'pod updates may not change fields other than `spec.containers[*].image`,`spec.initContainers[*].image`,`spec.activeDeadlineSeconds`,`spec.tolerations` (only additions to existing tolerations),`spec.terminationGracePeriodSeconds` (allow it to be set to 1 if it was previously negative)';

/** Namespaces whose Pods come with the cluster and take the highest addresses of a node range. */
export function usesSystemPool(run: AdmissionRun, namespace: string): boolean {
  return (
    namespace === 'kube-system' ||
    (namespace === 'ingress-nginx' && run.config.ingressController === 'ingress-nginx')
  );
}

/** What admitPod decided, for events. */
export interface PodPlacement {
  /** Set when the sandbox scheduler chose the node (the Pod had none). */
  scheduledTo?: string;
  failedScheduling?: string;
}

/**
 * Completes a defaulted Pod in place:
 * - update: the spec may change only where ValidatePodUpdate allows (images, activeDeadlineSeconds,
 *   tolerations, terminationGracePeriodSeconds), else `spec: Forbidden: pod updates may not change
 *   fields other than ...`; an omitted nodeName and status keep the stored ones, and a delete's
 *   deletionTimestamp and deletionGracePeriodSeconds always stay. A Pod applied with only a
 *   deletionTimestamp (a lab's terminating Pod) stays Terminating until deleted (endsByClock).
 * - nodeName: kept when given; otherwise the node whose podCIDR holds an applied status.podIP, else
 *   scheduleOnto (unschedulable, taints and tolerations, nodeSelector and node affinity, capacity:
 *   allocatable pods, 110 by default, required pod (anti-)affinity). No node fits: Pending with
 *   PodScheduled False (Unschedulable, the scheduler's FitError message), no node and no IP.
 * - podIP: hostNetwork Pods use the node's InternalIP; a stored IP is kept (an applied different one
 *   is refused: may not change once set); an applied status.podIP must be an IPv4 address, free,
 *   and, inside the node's podCIDR, not its network, gateway (.1) or broadcast address; one outside
 *   the node's range is kept with a sandbox Warning event PodIPOutsideNodeRange, as the API server
 *   accepts any valid address; a Pod without nodeName is scheduled as usual. Otherwise host-local's
 *   next free address after the node's last reserved one (highest free for system namespaces).
 * - status: phase Running (or the applied phase), hostIP(s), podIP(s), startTime, qosClass,
 *   containerStatuses, and conditions PodReadyToStartContainers, Initialized, Ready,
 *   ContainersReady, PodScheduled — all True unless the applied status has Ready or
 *   ContainersReady False or a phase other than Running, or a container's readinessProbe has an
 *   initialDelaySeconds still to wait (the clock makes it Ready then, lifecycle/readiness.ts).
 * Throws KubeError Invalid (field status.podIP) or Forbidden cause (spec) for refused input.
 */
export function admitPod(run: AdmissionRun, pod: Pod, existing: Pod | undefined): PodPlacement {
  const name = pod.metadata.name ?? '';
  const fail = (cause: FieldCause): never => {
    throw invalidError('Pod', name, [cause]);
  };
  const placement: PodPlacement = {};
  const input = pod.status && Object.keys(pod.status).length ? pod.status : undefined;

  if (existing) {
    if (!pod.spec.nodeName && existing.spec.nodeName) pod.spec.nodeName = existing.spec.nodeName;
    if (!deepEqual(mutableStripped(pod.spec), mutableStripped(existing.spec)))
      fail(forbiddenCause('spec', POD_UPDATE_FORBIDDEN));
    // Deletion is the API server's to record: an update keeps what a delete set.
    if (existing.metadata.deletionTimestamp) {
      pod.metadata.deletionTimestamp = existing.metadata.deletionTimestamp;
      if (existing.metadata.deletionGracePeriodSeconds !== undefined)
        pod.metadata.deletionGracePeriodSeconds = existing.metadata.deletionGracePeriodSeconds;
    }
  }

  const nodes = run.nodes();
  const requested = input?.podIP;
  const storedIP = existing?.status?.podIP;
  let node: NodeView | undefined;
  if (pod.spec.nodeName) {
    node = nodes.find((n) => n.name === pod.spec.nodeName);
  } else {
    if (requested && !pod.spec.hostNetwork) {
      const ip = parseIPv4(requested);
      if (ip === undefined) fail(notAnIPCause(requested));
      node = nodes.find((n) => n.podCIDR && cidrContains(n.podCIDR, ip as number));
    }
    if (!node) {
      let placed: ReturnType<AdmissionRun['placedPods']> | undefined;
      const scheduled = scheduleOnto(
        nodes,
        run.alloc.podsPerNode,
        pod,
        () => (placed ??= run.placedPods()),
      );
      if ('node' in scheduled) {
        node = scheduled.node;
        placement.scheduledTo = node.name;
      } else placement.failedScheduling = scheduled.failure;
    }
  }
  if (node) pod.spec.nodeName = node.name;

  let podIP: string | undefined;
  if (node && pod.spec.hostNetwork) {
    podIP = node.internalIP;
  } else if (
    storedIP &&
    existing?.spec.nodeName === pod.spec.nodeName &&
    !existing?.spec.hostNetwork
  ) {
    if (requested && requested !== storedIP)
      fail(invalidCause('status.podIP', requested, 'may not change once set'));
    podIP = storedIP;
  } else if (node?.podCIDR) {
    if (requested) {
      podIP = checkRequestedIP(run, pod, node, requested, fail);
    } else {
      const ip = run.alloc.nextPodIP(
        node.podCIDR,
        usesSystemPool(run, pod.metadata.namespace ?? ''),
        node.name,
      );
      if (ip !== undefined) podIP = formatIPv4(ip);
    }
  }
  if (podIP && !pod.spec.hostNetwork)
    run.alloc.podIPs.set(parseIPv4(podIP) as number, keyString(objectKeyOf(pod)));

  const base = input ?? (existing?.status ? clone(existing.status) : undefined);
  pod.status = buildPodStatus(run, pod, base, node, podIP, placement.failedScheduling);
  return placement;
}

/** ValidatePodIPs' message for a podIP that is no IP address at all. */
function notAnIPCause(requested: string): FieldCause {
  return invalidCause(
    'status.podIP',
    requested,
    'must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)',
  );
}

function checkRequestedIP(
  run: AdmissionRun,
  pod: Pod,
  node: NodeView,
  requested: string,
  fail: (c: FieldCause) => never,
): string {
  const cidr = node.podCIDR!;
  const ip = parseIPv4(requested);
  if (ip === undefined) return fail(notAnIPCause(requested));
  const { first, last } = run.alloc.podRangeBounds(cidr);
  if (!cidrContains(cidr, ip)) {
    // The API server accepts any valid podIP; only a CNI would never hand this one out.
    run.event(
      pod,
      'PodIPOutsideNodeRange',
      `status.podIP ${requested} is outside node ${node.name}'s podCIDR ${formatCIDR(cidr)}${cidrContains(run.pools.podCIDR, ip) ? '' : ` and the pod network ${formatCIDR(run.pools.podCIDR)}`}: kept as given, as the API server keeps it, though no CNI would assign it`,
      SANDBOX_IPALLOCATOR,
      'Warning',
    );
  } else if (ip < first || ip > last) {
    return fail(
      invalidCause(
        'status.podIP',
        requested,
        `provided IP is the network, gateway or broadcast address of ${formatCIDR(cidr)}`,
      ),
    );
  }
  const holder = run.alloc.podIPs.get(ip);
  if (holder !== undefined && holder !== keyString(objectKeyOf(pod))) {
    return fail(invalidCause('status.podIP', requested, 'provided IP is already allocated'));
  }
  return requested;
}

/** The spec with the fields ValidatePodUpdate lets change removed, for comparison. */
function mutableStripped(spec: Pod['spec']): unknown {
  const copy = clone(spec) as Record<string, unknown>;
  for (const k of ['activeDeadlineSeconds', 'tolerations', 'terminationGracePeriodSeconds'])
    delete copy[k];
  for (const list of ['containers', 'initContainers']) {
    for (const c of (copy[list] as Array<Record<string, unknown>> | undefined) ?? [])
      delete c.image;
  }
  return copy;
}

const CONDITION_ORDER = [
  'PodReadyToStartContainers',
  'Initialized',
  'Ready',
  'ContainersReady',
  'PodScheduled',
];

function buildPodStatus(
  run: AdmissionRun,
  pod: Pod,
  base: PodStatus | undefined,
  node: NodeView | undefined,
  podIP: string | undefined,
  failedScheduling: string | undefined,
): PodStatus {
  const given = base ?? {};
  const now = run.now;
  if (!node) {
    const scheduled: PodCondition = failedScheduling
      ? {
          type: 'PodScheduled',
          status: 'False',
          reason: 'Unschedulable',
          message: failedScheduling,
          lastTransitionTime: now,
        }
      : { type: 'PodScheduled', status: 'True', lastTransitionTime: now };
    return {
      phase: 'Pending',
      conditions: [keepTransition(given, { ...scheduled, lastProbeTime: null } as PodCondition)],
      qosClass: qosClass(pod),
    };
  }
  const running = node.internalIP !== undefined && (podIP !== undefined || !!pod.spec.hostNetwork);
  const phase = given.phase ?? (running ? 'Running' : 'Pending');
  const falseIn = (type: string): boolean =>
    given.conditions?.some((c) => c.type === type && c.status === 'False') ?? false;
  // A delayed readiness probe keeps a new Pod not ready until the clock passes it (readiness.ts).
  const probing = !given.startTime && readinessDelaySeconds(pod) > 0;
  const ready = phase === 'Running' && !falseIn('Ready') && !falseIn('ContainersReady') && !probing;
  const containers = pod.spec.containers ?? [];
  const notReadyMsg = `containers with unready status: [${containers.map((c) => c.name).join(' ')}]`;
  const terminal = phase === 'Succeeded' || phase === 'Failed';
  const wanted: Record<string, PodCondition> = {
    PodReadyToStartContainers: {
      type: 'PodReadyToStartContainers',
      status: phase === 'Pending' || terminal ? 'False' : 'True',
    },
    Initialized: {
      type: 'Initialized',
      status: 'True',
      ...(terminal ? { reason: 'PodCompleted' } : {}),
    },
    Ready: ready
      ? { type: 'Ready', status: 'True' }
      : {
          type: 'Ready',
          status: 'False',
          reason: terminal ? 'PodCompleted' : 'ContainersNotReady',
          ...(terminal ? {} : { message: notReadyMsg }),
        },
    ContainersReady: ready
      ? { type: 'ContainersReady', status: 'True' }
      : {
          type: 'ContainersReady',
          status: 'False',
          reason: terminal ? 'PodCompleted' : 'ContainersNotReady',
          ...(terminal ? {} : { message: notReadyMsg }),
        },
    PodScheduled: { type: 'PodScheduled', status: 'True' },
  };
  const conditions: PodCondition[] = CONDITION_ORDER.map((type) => {
    const prior = given.conditions?.find((c) => c.type === type);
    if (prior && prior.status === wanted[type].status)
      return {
        ...wanted[type],
        lastProbeTime: null,
        lastTransitionTime: now,
        ...prior,
      } as PodCondition;
    return { ...wanted[type], lastProbeTime: null, lastTransitionTime: now } as PodCondition;
  });
  for (const c of given.conditions ?? []) if (!CONDITION_ORDER.includes(c.type)) conditions.push(c);

  const startTime = given.startTime ?? now;
  const status: PodStatus = {
    ...given,
    phase,
    conditions,
    hostIP: node.internalIP,
    hostIPs: node.internalIP ? [{ ip: node.internalIP }] : undefined,
    podIP,
    podIPs: podIP ? [{ ip: podIP }] : undefined,
    startTime,
    qosClass: given.qosClass ?? qosClass(pod),
  };
  if (
    !base?.containerStatuses ||
    !Array.isArray(base.containerStatuses) ||
    generated(base.containerStatuses)
  ) {
    status.containerStatuses = containers.map((c) => containerStatus(c, ready, phase, startTime));
  }
  if (!podIP) {
    delete status.podIP;
    delete status.podIPs;
  }
  return status;
}

function keepTransition(given: PodStatus, wanted: PodCondition): PodCondition {
  const prior = given.conditions?.find((c) => c.type === wanted.type);
  return prior && prior.status === wanted.status && prior.reason === wanted.reason
    ? { ...wanted, lastTransitionTime: prior.lastTransitionTime }
    : wanted;
}

/** Statuses this module generated carry this marker-free shape; user-given ones are kept as they are. */
function generated(list: unknown[]): boolean {
  return list.every(
    (s) => typeof s === 'object' && s !== null && (s as Record<string, unknown>).imageID === '',
  );
}

function containerStatus(
  c: Container,
  ready: boolean,
  phase: string,
  startedAt: string,
): Record<string, unknown> {
  const terminated = phase === 'Succeeded' || phase === 'Failed';
  return {
    name: c.name,
    image: c.image ?? '',
    imageID: '',
    ready,
    started: !terminated && phase !== 'Pending',
    restartCount: 0,
    state: terminated
      ? {
          terminated: {
            exitCode: phase === 'Succeeded' ? 0 : 1,
            reason: phase === 'Succeeded' ? 'Completed' : 'Error',
            startedAt,
            finishedAt: startedAt,
          },
        }
      : phase === 'Pending'
        ? { waiting: { reason: 'ContainerCreating' } }
        : { running: { startedAt } },
  };
}

/** pkg/apis/core/helper/qos GetPodQOS, reduced to cpu/memory requests and limits. */
function qosClass(pod: Pod): string {
  const containers = [...(pod.spec.containers ?? []), ...(pod.spec.initContainers ?? [])];
  type Res = { requests?: Record<string, string>; limits?: Record<string, string> };
  const res = containers.map((c) => ((c as unknown as { resources?: Res }).resources ?? {}) as Res);
  const any = res.some(
    (r) => Object.keys(r.requests ?? {}).length || Object.keys(r.limits ?? {}).length,
  );
  if (!any) return 'BestEffort';
  const guaranteed = res.every((r) =>
    ['cpu', 'memory'].every(
      (k) =>
        r.limits?.[k] !== undefined &&
        (r.requests?.[k] === undefined || r.requests[k] === r.limits[k]),
    ),
  );
  return guaranteed ? 'Guaranteed' : 'Burstable';
}
