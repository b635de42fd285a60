/**
 * What changed between two gradings of one attempt: the score, the checks that flipped, and
 * the NetworkPolicy change as classes of connections (netsim's semantic diff of the policies
 * graded then and now, over the cluster as it is now).
 */
import type { NetworkPolicy } from '@app/kube';
import { diffPolicySets, policyInputOf, type Simulation } from '@app/netsim';
import type { GradeResult } from './grade';

/** What a grading keeps besides its result, so the next one can say what changed. */
export interface StoredGrading extends GradeResult {
  /** The cluster's NetworkPolicies when graded. */
  policies?: NetworkPolicy[];
  changes?: GradingChanges;
}

export interface GradingChanges {
  /** The grading compared with; null for the first grading of the attempt. */
  since: { gradingId: string; clusterRevision: number } | null;
  scoreChange: number;
  /** Check ids that passed now and not before / before and not now. */
  fixed: string[];
  broken: string[];
  /** The policy change as sentences ("added: any Pod … → … on TCP port 80"); empty when none. */
  policyChanges: string[];
  /** Classes not listed, or the reason the policy change could not be compared. */
  morePolicyChanges: number;
  policyDiffSkipped?: string;
}

const LISTED = 10;

/**
 * The changes from `previous` (a stored grading, or undefined for the first) to `current`, with
 * `policies` the cluster's NetworkPolicies now and `sim` the cluster now. Never throws: a policy
 * diff over the engine's bounds is reported in `policyDiffSkipped`.
 */
export function gradingChanges(
  previous: { id: string; clusterRevision: number; result: StoredGrading } | undefined,
  current: GradeResult,
  sim: Simulation,
): GradingChanges {
  const policies = policyInputOf(sim.index, sim.snapshot.objects).policies;
  const before = new Map((previous?.result.checks ?? []).map((c) => [c.id, c.passed]));
  const changes: GradingChanges = {
    since: previous ? { gradingId: previous.id, clusterRevision: previous.clusterRevision } : null,
    scoreChange: current.score - (previous?.result.score ?? 0),
    fixed: current.checks.filter((c) => c.passed && before.get(c.id) === false).map((c) => c.id),
    broken: current.checks.filter((c) => !c.passed && before.get(c.id) === true).map((c) => c.id),
    policyChanges: [],
    morePolicyChanges: 0,
  };
  if (!previous) return changes;
  try {
    const diff = diffPolicySets(
      policyInputOf(sim.index, []),
      previous.result.policies ?? [],
      policies,
      { maxClasses: LISTED },
    );
    changes.policyChanges = diff.classes.map(
      (c) => `${c.change === 'added' ? 'now allowed' : 'now blocked'}: ${c.summary}`,
    );
    changes.morePolicyChanges = diff.totalClasses - diff.classes.length;
  } catch (e) {
    changes.policyDiffSkipped = e instanceof Error ? e.message : String(e);
  }
  return changes;
}
