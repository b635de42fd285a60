/**
 * How far one Deployment sync moves a rollout, as pkg/controller/deployment/rolling.go and
 * recreate.go decide it (with NewRSNewReplicas from deployment/util): pure arithmetic over the
 * ReplicaSets' spec.replicas and status.availableReplicas, so the controller and the clock's
 * wake-up planning agree on whether a step is possible.
 */

/** What the planner reads of one ReplicaSet. */
export interface ReplicaSetCounts {
  id: string;
  /** spec.replicas */
  replicas: number;
  /** status.availableReplicas (ready for at least minReadySeconds) */
  available: number;
  /** status.replicas: its active Pods */
  actual: number;
}

export interface RolloutInput {
  desired: number;
  maxSurge: number;
  maxUnavailable: number;
  newRS: ReplicaSetCounts;
  /** Oldest first (ReplicaSetsByCreationTimestamp). */
  oldRSs: readonly ReplicaSetCounts[];
}

/** New spec.replicas per ReplicaSet id, only for those that change; empty: nothing to do now. */
export type RolloutStep = Map<string, number>;

const sum = (list: readonly ReplicaSetCounts[], f: (r: ReplicaSetCounts) => number): number =>
  list.reduce((n, r) => n + f(r), 0);

/**
 * rolloutRolling: reconcileNewReplicaSet (scale the new ReplicaSet down to `desired`, or up by
 * what maxSurge leaves: min(desired + maxSurge − Σ replicas, desired − new.replicas)); if that
 * did nothing, reconcileOldReplicaSets: with maxScaledDown = Σ replicas − (desired −
 * maxUnavailable) − (new.replicas − new.available), first drop old ReplicaSets' unavailable
 * replicas (cleanupUnhealthyReplicas), then scale old ones down, oldest first, by what
 * availability above desired − maxUnavailable allows.
 */
export function rollingStep(input: RolloutInput): RolloutStep {
  const { desired, maxSurge, maxUnavailable, newRS } = input;
  const step: RolloutStep = new Map();
  const all = [newRS, ...input.oldRSs];
  if (newRS.replicas > desired) {
    step.set(newRS.id, desired);
    return step;
  }
  if (newRS.replicas < desired) {
    const current = sum(all, (r) => r.replicas);
    const maxTotal = desired + maxSurge;
    if (current < maxTotal) {
      const up = Math.min(maxTotal - current, desired - newRS.replicas);
      step.set(newRS.id, newRS.replicas + up);
      return step;
    }
  }
  const oldPods = sum(input.oldRSs, (r) => r.replicas);
  if (oldPods === 0) return step;
  const minAvailable = desired - maxUnavailable;
  const newUnavailable = newRS.replicas - newRS.available;
  const maxScaledDown = sum(all, (r) => r.replicas) - minAvailable - newUnavailable;
  if (maxScaledDown <= 0) return step;
  const replicas = new Map(input.oldRSs.map((r) => [r.id, r.replicas]));
  let cleaned = 0;
  for (const rs of input.oldRSs) {
    if (cleaned >= maxScaledDown) break;
    const n = replicas.get(rs.id) ?? 0;
    if (n === 0 || n === rs.available) continue;
    const down = Math.min(maxScaledDown - cleaned, n - rs.available);
    replicas.set(rs.id, n - down);
    cleaned += down;
  }
  const available = sum(all, (r) => r.available);
  if (available > minAvailable) {
    const total = available - minAvailable;
    let scaled = 0;
    for (const rs of input.oldRSs) {
      if (scaled >= total) break;
      const n = replicas.get(rs.id) ?? 0;
      if (n === 0) continue;
      const down = Math.min(n, total - scaled);
      replicas.set(rs.id, n - down);
      scaled += down;
    }
  }
  for (const rs of input.oldRSs) {
    const n = replicas.get(rs.id) ?? 0;
    if (n !== rs.replicas) step.set(rs.id, n);
  }
  return step;
}

/**
 * rolloutRecreate: every old ReplicaSet to 0 first; the new one scales up to `desired` only once
 * no old Pod runs any more (`oldPodsRunning`, terminating ones included).
 */
export function recreateStep(input: RolloutInput, oldPodsRunning: boolean): RolloutStep {
  const step: RolloutStep = new Map();
  for (const rs of input.oldRSs) if (rs.replicas !== 0) step.set(rs.id, 0);
  if (step.size || oldPodsRunning) return step;
  if (input.newRS.replicas !== input.desired) step.set(input.newRS.id, input.desired);
  return step;
}
