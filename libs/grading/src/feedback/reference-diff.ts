/**
 * The learner's policies against the reference solution's, as classes of connections over the
 * learner's own cluster (netsim's semantic diff), worded for the learner: "your policies also
 * let any Pod in any namespace reach role=backend in namespace default on TCP port 80".
 */
import type { NetworkPolicy } from '@app/kube';
import { diffPolicySets, policyInputOf, type PolicyDiffClass, type Simulation } from '@app/netsim';

export interface ReferenceDifference {
  change: 'extra' | 'missing';
  sentence: string;
  sources: string[];
  destinations: string[];
  /** Same shape as the diff endpoint's class. */
  class: PolicyDiffClass;
}

export interface ReferenceComparison {
  /** True when the learner's policies allow exactly what the reference allows. */
  same: boolean;
  differences: ReferenceDifference[];
  /** Classes not listed. */
  more: number;
  /** Set when the comparison could not be made (cluster over the diff's bounds). */
  skipped?: string;
}

const LISTED = 10;

/** Sentence for one class: reference = `from` side, learner = `to` side of the diff. */
export function learnerSentence(c: PolicyDiffClass): string {
  return c.change === 'added'
    ? `Your policies also let ${c.from.description} reach ${c.to.description} on ${c.connectionsText}, which the reference solution blocks.`
    : `Your policies block ${c.from.description} → ${c.to.description} on ${c.connectionsText}, which the reference solution allows.`;
}

/**
 * Compares the cluster's NetworkPolicies with `reference` over the cluster's Pods. Never throws
 * for size: a cluster over the diff's bounds gives `skipped` with the reason.
 */
export function compareWithReference(
  sim: Simulation,
  reference: readonly NetworkPolicy[],
): ReferenceComparison {
  const base = policyInputOf(sim.index, sim.snapshot.objects);
  try {
    const diff = diffPolicySets(base, reference, base.policies, { maxClasses: LISTED });
    return {
      same: diff.identical,
      differences: diff.classes.map((c) => ({
        change: c.change === 'added' ? 'extra' : 'missing',
        sentence: learnerSentence(c),
        sources: c.from.pods,
        destinations: c.to.pods,
        class: c,
      })),
      more: diff.totalClasses - diff.classes.length,
    };
  } catch (e) {
    return {
      same: false,
      differences: [],
      more: 0,
      skipped: e instanceof Error ? e.message : String(e),
    };
  }
}
