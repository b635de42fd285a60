/** The grader: every check of an exercise against one simulated cluster. */
import type { Simulation } from '@app/netsim';
import type { ExerciseSpec } from './spec/exercise-spec';
import { runCheck } from './checks/run-check';

export interface CheckResult {
  id: string;
  description: string;
  points: number;
  /** `points` when passed, else 0 (no partial credit within a check). */
  earned: number;
  passed: boolean;
  observed: unknown;
  expected: unknown;
  explanation: string;
  /** The spec's hint, only on a failed check. */
  hint?: string;
}

export interface GradeResult {
  score: number;
  maxScore: number;
  /** score === maxScore. */
  passed: boolean;
  /** In the spec's order. */
  checks: CheckResult[];
}

/**
 * Grades `sim` (the learner's cluster at one revision) against every check of `spec`, in order.
 * A check that throws — a Pod or Service it names is missing, the engine refuses the question —
 * fails with the error's message as its explanation (observed null) instead of aborting the
 * grading. Pure: the same spec and snapshot always give the same result.
 */
export function grade(spec: ExerciseSpec, sim: Simulation): GradeResult {
  const checks = spec.checks.map((check): CheckResult => {
    let outcome;
    try {
      outcome = runCheck(sim, check);
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      outcome = {
        passed: false,
        observed: null,
        expected: check.negate ? { not: check.expect } : check.expect,
        explanation: `The check could not be evaluated: ${message}.`,
      };
    }
    return {
      id: check.id,
      description: check.description,
      points: check.points,
      earned: outcome.passed ? check.points : 0,
      passed: outcome.passed,
      observed: outcome.observed,
      expected: outcome.expected,
      explanation: outcome.explanation,
      ...(outcome.passed ? {} : { hint: check.hint }),
    };
  });
  const score = checks.reduce((sum, c) => sum + c.earned, 0);
  const maxScore = spec.checks.reduce((sum, c) => sum + c.points, 0);
  return { score, maxScore, passed: score === maxScore, checks };
}
