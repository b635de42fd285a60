/**
 * Readiness that comes with time, as the kubelet's prober reports it (pkg/kubelet/prober): a
 * container with a readinessProbe is not ready before its initialDelaySeconds have passed since
 * the Pod started; the sandbox's probes then succeed. Containers without one are ready when they
 * start. Pods made not-ready by the user (an applied condition, POST …/readiness) stay so.
 */
import type { Pod, PodCondition } from '@app/kube';
import type { AdmissionRun } from '../admission/admission-run';
import { rfc3339 } from '../admission/admission-run';
import { clone } from '../admission/deep-equal';

interface Probe {
  initialDelaySeconds?: number;
}

/** Seconds after start before every container's first readiness probe has passed (0: none). */
export function readinessDelaySeconds(pod: Pod): number {
  let delay = 0;
  for (const c of pod.spec.containers ?? []) {
    const probe = c.readinessProbe as Probe | undefined;
    if (probe && typeof probe.initialDelaySeconds === 'number')
      delay = Math.max(delay, probe.initialDelaySeconds);
  }
  return delay;
}

/** When the Pod's probes first pass (ms), or undefined when it has no delayed probe. */
export function probeReadyAt(pod: Pod): number | undefined {
  const delay = readinessDelaySeconds(pod);
  const start = pod.status?.startTime;
  if (!delay || !start) return undefined;
  return Date.parse(start) + delay * 1000;
}

const condition = (pod: Pod, type: string): PodCondition | undefined =>
  pod.status?.conditions?.find((c) => c.type === type);

/**
 * Whether the Pod is waiting for its first readiness probe: Running, not terminating, Ready
 * False since it started (not since a user made it not-ready), probes not yet due.
 */
export function awaitingFirstProbe(pod: Pod): boolean {
  const ready = condition(pod, 'Ready');
  const readyAt = probeReadyAt(pod);
  return (
    readyAt !== undefined &&
    pod.status?.phase === 'Running' &&
    !pod.metadata.deletionTimestamp &&
    ready?.status === 'False' &&
    ready.lastTransitionTime !== undefined &&
    ready.lastTransitionTime <= (pod.status?.startTime ?? '')
  );
}

/** Marks Ready every Pod whose first readiness probe is due at the run's clock reading. */
export function passDueProbes(run: AdmissionRun): void {
  const now = run.nowDate.getTime();
  for (const pod of run.state.list<Pod>('Pod')) {
    if (!awaitingFirstProbe(pod)) continue;
    const at = probeReadyAt(pod) as number;
    if (at > now) continue;
    const next = clone(pod);
    const when = rfc3339(new Date(at));
    next.status!.conditions = (next.status!.conditions ?? []).map((c) =>
      c.type === 'Ready' || c.type === 'ContainersReady'
        ? { type: c.type, status: 'True', lastProbeTime: null, lastTransitionTime: when }
        : c,
    ) as PodCondition[];
    const statuses = next.status!.containerStatuses as Array<Record<string, unknown>> | undefined;
    if (Array.isArray(statuses)) for (const s of statuses) s.ready = true;
    run.commit(next);
  }
}
