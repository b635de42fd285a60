/** The grader: every check of an exercise against one simulated cluster, with feedback. */
import type { NetworkPolicy } from '@app/kube';
import type { Simulation } from '@app/netsim';
import type { ExerciseCheck, ExerciseSpec } from './spec/exercise-spec';
import { runCheck } from './checks/run-check';
import type { CheckOutcome } from './checks/check-outcome';
import { reachabilityEvidence, type DecidingRule } from './feedback/deciding-rules';
import { findMistakes, type Mistake, type MistakeKind } from './feedback/mistakes';
import {
  compareWithReference,
  type ReferenceComparison,
  type ReferenceDifference,
} from './feedback/reference-diff';

export interface CheckResult {
  id: string;
  description: string;
  points: number;
  /** `points` when passed (and, for a guard check, when the task is done), else 0. */
  earned: number;
  passed: boolean;
  /** Only guards against breaking what works: earns nothing until the task's checks pass. */
  guard: boolean;
  observed: unknown;
  expected: unknown;
  explanation: string;
  /** On a failed check: the hint for the mistake found, else the spec's hint. */
  hint?: string;
  /** The kinds of mistake the hint is about (empty: the spec's own hint). */
  mistakes?: MistakeKind[];
  /** Failed reachability checks: the NetworkPolicy rules that decided the connection. */
  decidedBy?: DecidingRule[];
  /** Failed checks of an exercise with a reference solution: what differs for these Pods. */
  differences?: string[];
}

export interface GradeFeedback {
  mistakes: Mistake[];
  /** Present when the exercise has a reference solution. */
  reference?: ReferenceComparison;
}

export interface GradeResult {
  score: number;
  maxScore: number;
  /** score === maxScore. */
  passed: boolean;
  /** Every non-guard check passes. */
  taskDone: boolean;
  /** In the spec's order. */
  checks: CheckResult[];
  /** Present when a check failed and the cluster has NetworkPolicies or a reference to compare. */
  feedback?: GradeFeedback;
}

/** What the grader may compare the learner's cluster with. */
export interface GradeOptions {
  /** The setup's NetworkPolicies: the learner did not write these. */
  setupPolicies?: readonly NetworkPolicy[];
  /** The reference solution's NetworkPolicies (setup's included). */
  referencePolicies?: readonly NetworkPolicy[];
}

export const GUARD_NOTE =
  'This check only guards against breaking what already works: its points count once the task’s own checks pass.';

function outcomeOf(sim: Simulation, check: ExerciseCheck): CheckOutcome {
  try {
    return runCheck(sim, check);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return {
      passed: false,
      observed: null,
      expected: check.negate ? { not: check.expect } : check.expect,
      explanation: `The check could not be evaluated: ${message}.`,
    };
  }
}

/**
 * Grades `sim` (the learner's cluster at one revision) against every check of `spec`, in order.
 * A check that throws — a Pod or Service it names is missing, the engine refuses the question —
 * fails with the error's message as its explanation (observed null) instead of aborting.
 *
 * No free points: a guard check earns its points only when every non-guard check passes (and
 * says so), so an untouched setup scores 0. On a failed reachability check the result names the
 * deciding policy rules; with NetworkPolicies in play the hint is chosen by the kind of mistake
 * found in the learner's policies (findMistakes), falling back to the spec's hint; with a
 * reference solution, the connections that differ from it for the check's Pods are listed.
 * Pure: the same spec, snapshot and options always give the same result.
 */
export function grade(
  spec: ExerciseSpec,
  sim: Simulation,
  options: GradeOptions = {},
): GradeResult {
  const outcomes = spec.checks.map((check) => outcomeOf(sim, check));
  const taskDone = spec.checks.every((c, i) => c.guard || outcomes[i].passed);
  const anyFailed = outcomes.some((o) => !o.passed);
  const hasPolicies = sim.compiledPolicies().policies.length > 0;
  const feedback: GradeFeedback | undefined =
    anyFailed && (hasPolicies || options.referencePolicies)
      ? {
          mistakes: findMistakes(sim, {
            setupPolicies: options.setupPolicies ?? [],
            ...(options.referencePolicies ? { referencePolicies: options.referencePolicies } : {}),
          }),
          ...(options.referencePolicies
            ? { reference: compareWithReference(sim, options.referencePolicies) }
            : {}),
        }
      : undefined;

  const checks = spec.checks.map((check, i): CheckResult => {
    const outcome = outcomes[i];
    const earned = outcome.passed && (!check.guard || taskDone) ? check.points : 0;
    const explanation =
      check.guard && outcome.passed && !taskDone
        ? `${outcome.explanation} ${GUARD_NOTE}`
        : outcome.explanation;
    const result: CheckResult = {
      id: check.id,
      description: check.description,
      points: check.points,
      earned,
      passed: outcome.passed,
      guard: check.guard,
      observed: outcome.observed,
      expected: outcome.expected,
      explanation,
    };
    if (outcome.passed) return result;
    result.hint = check.hint;
    if (check.kind !== 'reachability' || check.negate || !feedback) return result;
    const evidence = reachabilityEvidence(sim, check);
    if (evidence.decidingRules.length > 0) result.decidedBy = evidence.decidingRules;
    const involved = new Set([...evidence.sources, ...evidence.destinations]);
    const deciding = new Set(evidence.decidingRules.map((r) => r.policy));
    const related = feedback.mistakes.filter(
      (m) => m.pods.length === 0 || deciding.has(m.policy) || m.pods.some((p) => involved.has(p)),
    );
    if (related.length > 0) {
      result.mistakes = [...new Set(related.map((m) => m.kind))];
      result.hint = related[0].hint;
      result.explanation = `${explanation} ${related[0].message}.`;
    }
    const differences = relevantDifferences(feedback.reference?.differences ?? [], evidence);
    if (differences.length > 0) result.differences = differences.map((d) => d.sentence);
    return result;
  });
  const score = checks.reduce((sum, c) => sum + c.earned, 0);
  const maxScore = spec.checks.reduce((sum, c) => sum + c.points, 0);
  return {
    score,
    maxScore,
    passed: score === maxScore,
    taskDone,
    checks,
    ...(feedback ? { feedback } : {}),
  };
}

function relevantDifferences(
  differences: readonly ReferenceDifference[],
  evidence: { sources: string[]; destinations: string[] },
): ReferenceDifference[] {
  return differences.filter(
    (d) =>
      (evidence.sources.length === 0 || d.sources.some((s) => evidence.sources.includes(s))) &&
      d.destinations.some((x) => evidence.destinations.includes(x)),
  );
}
