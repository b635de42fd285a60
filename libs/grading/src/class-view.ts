/**
 * The class view of one exercise for instructors: over the latest grading of every attempt, the
 * pass rate of each check and the most frequent mistakes (by kind, and by the connections that
 * differ from the reference solution), so an instructor sees where the class is stuck.
 */
import type { ExerciseSpec } from './spec/exercise-spec';
import type { StoredGrading } from './history';

export interface CheckPassRate {
  id: string;
  description: string;
  guard: boolean;
  passed: number;
  graded: number;
  /** passed / graded, 0 when nothing was graded. */
  rate: number;
}

export interface MistakeFrequency {
  /** A mistake kind ("or-instead-of-and") or a difference from the reference (its sentence). */
  key: string;
  kind: 'mistake' | 'difference';
  /** Attempts whose latest grading shows it. */
  attempts: number;
  /** One example message. */
  example: string;
}

export interface ClassView {
  exercise: string;
  attempts: number;
  /** Attempts graded at least once. */
  graded: number;
  /** Attempts whose latest grading has full marks. */
  passed: number;
  averageScore: number;
  maxScore: number;
  checks: CheckPassRate[];
  /** Most frequent first, at most 10. */
  mistakes: MistakeFrequency[];
}

const LISTED = 10;

/** `latest`: per attempt its latest stored grading (undefined when never graded). */
export function classView(
  spec: ExerciseSpec,
  latest: ReadonlyArray<StoredGrading | undefined>,
): ClassView {
  const graded = latest.filter((g): g is StoredGrading => !!g && Array.isArray(g.checks));
  const checks = spec.checks.map((c): CheckPassRate => {
    const results = graded.map((g) => g.checks.find((x) => x.id === c.id)).filter((x) => !!x);
    const passed = results.filter((r) => r.passed).length;
    return {
      id: c.id,
      description: c.description,
      guard: c.guard,
      passed,
      graded: results.length,
      rate: results.length === 0 ? 0 : passed / results.length,
    };
  });
  const counts = new Map<string, MistakeFrequency>();
  const count = (
    key: string,
    kind: MistakeFrequency['kind'],
    example: string,
    seen: Set<string>,
  ) => {
    if (seen.has(key)) return;
    seen.add(key);
    const entry = counts.get(key) ?? { key, kind, attempts: 0, example };
    entry.attempts++;
    counts.set(key, entry);
  };
  for (const g of graded) {
    const seen = new Set<string>();
    for (const m of g.feedback?.mistakes ?? []) count(m.kind, 'mistake', m.message, seen);
    for (const d of g.feedback?.reference?.differences ?? [])
      count(d.class?.summary ?? d.sentence, 'difference', d.sentence, seen);
  }
  const maxScore = spec.checks.reduce((s, c) => s + c.points, 0);
  return {
    exercise: spec.slug,
    attempts: latest.length,
    graded: graded.length,
    passed: graded.filter((g) => g.passed).length,
    averageScore: graded.length === 0 ? 0 : graded.reduce((s, g) => s + g.score, 0) / graded.length,
    maxScore,
    checks,
    mistakes: [...counts.values()]
      .sort((a, b) => b.attempts - a.attempts || a.key.localeCompare(b.key))
      .slice(0, LISTED),
  };
}
