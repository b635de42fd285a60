/**
 * The cluster clock: time-driven work (Pods whose grace period ends, rollout steps waiting for
 * readiness or minReadySeconds) happens in an admission run like any write, either when a
 * process's timer reaches `nextWakeUp` or when the clock is stepped. Nothing runs while nothing
 * waits: an idle cluster has no wake-up.
 */
import type { Pod } from '@app/kube';
import { AdmissionRun } from '../admission/admission-run';
import { resultOf } from '../admission/admit';
import type { AdmissionResult } from '../admission/write-op';
import type { AdmissionContext } from '../ports/context';
import { runControllers } from '../controllers/run-controllers';
import { clusterTime, MAX_CLOCK_STEP_SECONDS, type ClusterRuntime } from '../runtime';
import { applyAdmission } from '../admission/cluster-state';
import type { ClusterSnapshot } from '../snapshot';
import { endsByClock } from './termination';
import { rolloutWakeUps } from './rollout-clock';

/**
 * Runs the clock-driven controllers at the cluster's time, after stepping the clock by
 * `stepSeconds` (0..MAX_CLOCK_STEP_SECONDS, whole or fractional): terminated Pods are removed,
 * waiting rollouts take their next steps, and the usual controllers follow. The result's
 * `runtime` carries the new offset when the clock was stepped.
 */
export function advanceClock(
  snapshot: ClusterSnapshot,
  ctx: AdmissionContext,
  stepSeconds = 0,
  options: { maxObjects?: number } = {},
): AdmissionResult {
  if (!(stepSeconds >= 0 && stepSeconds <= MAX_CLOCK_STEP_SECONDS))
    throw new RangeError(`clock step out of range: ${stepSeconds}`);
  const runtime: ClusterRuntime = {
    ...snapshot.runtime,
    clockOffsetSeconds: (snapshot.runtime?.clockOffsetSeconds ?? 0) + stepSeconds,
  };
  if (!runtime.clockOffsetSeconds) delete runtime.clockOffsetSeconds;
  const run = new AdmissionRun({ ...snapshot, runtime }, ctx, false, options.maxObjects);
  runControllers(run, true);
  const result = resultOf(run, []);
  if (stepSeconds) result.runtime = run.runtime();
  return result;
}

/**
 * The earliest cluster time at which something is due (a terminating Pod's deletionTimestamp, a
 * rollout waiting for a Pod to become ready or available), or undefined when nothing waits.
 * Linear in the Pods and Deployments; callers cache it per snapshot.
 */
export function nextWakeUp(snapshot: ClusterSnapshot): Date | undefined {
  let earliest = Number.POSITIVE_INFINITY;
  for (const o of snapshot.objects) {
    if (o.kind !== 'Pod') continue;
    const pod = o as Pod;
    if (endsByClock(pod))
      earliest = Math.min(earliest, Date.parse(pod.metadata.deletionTimestamp!));
  }
  for (const t of rolloutWakeUps(snapshot.objects)) earliest = Math.min(earliest, t);
  return Number.isFinite(earliest) ? new Date(earliest) : undefined;
}

/**
 * For callers that keep snapshots in memory (grading's simulated attempts): runs what is due at
 * the cluster's time, one advanceClock per step, at most `maxSteps`, as the API's timers would
 * right after a write; returns the settled snapshot.
 */
export function settleClock(
  snapshot: ClusterSnapshot,
  ctx: AdmissionContext,
  options: { maxObjects?: number } = {},
  maxSteps = 100,
): ClusterSnapshot {
  let current = snapshot;
  for (let i = 0; i < maxSteps; i++) {
    const due = nextWakeUp(current);
    if (!due || due > clusterTime(current.runtime, ctx.now())) break;
    const result = advanceClock(current, ctx, 0, options);
    if (!result.upserts.length && !result.deletes.length) break;
    current = applyAdmission(current, result);
  }
  return current;
}
