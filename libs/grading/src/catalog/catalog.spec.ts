/**
 * Every built-in exercise is solvable (setup + reference solution earns full marks) and
 * gives no free points (the untouched setup scores 0).
 */
import { BUILT_IN_EXERCISES, findBuiltInExercise } from './index';
import { grade } from '../grade';
import { simulateSetup } from '../setup';

const failing = (result: ReturnType<typeof grade>): string =>
  result.checks
    .filter((c) => !c.passed)
    .map((c) => `${c.id}: ${c.explanation} observed=${JSON.stringify(c.observed)}`)
    .join('\n');

describe('built-in exercise catalog', () => {
  it('has at least 12 exercises with unique slugs that match their specs', () => {
    expect(BUILT_IN_EXERCISES.length).toBeGreaterThanOrEqual(12);
    const slugs = BUILT_IN_EXERCISES.map((e) => e.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const e of BUILT_IN_EXERCISES) expect(e.parsed.slug).toBe(e.slug);
    expect(findBuiltInExercise('services-stable-endpoints')?.slug).toBe(
      'services-stable-endpoints',
    );
    expect(findBuiltInExercise('no-such-exercise')).toBeUndefined();
  });

  describe.each(BUILT_IN_EXERCISES.map((e) => [e.slug, e] as const))('%s', (_slug, exercise) => {
    it('the untouched setup scores 0: checks it passes are guards and say so', () => {
      const result = grade(exercise.parsed, simulateSetup(exercise.parsed), exercise.gradeOptions);
      expect(result.maxScore).toBeGreaterThan(0);
      expect(result.score).toBe(0);
      expect(result.taskDone).toBe(false);
      for (const c of result.checks.filter((c) => !c.passed)) expect(c.hint).toBeTruthy();
      for (const c of result.checks.filter((c) => c.passed)) {
        expect(c.guard).toBe(true);
        expect(c.explanation).toContain('only guards against breaking');
      }
      expect(exercise.parsed.checks.some((c) => !c.guard)).toBe(true);
    });

    it('setup + reference solution gets full marks', () => {
      const result = grade(
        exercise.parsed,
        simulateSetup(exercise.parsed, exercise.solution),
        exercise.gradeOptions,
      );
      if (!result.passed)
        throw new Error(`not full marks (${result.score}/${result.maxScore}):\n${failing(result)}`);
      expect(result.score).toBe(result.maxScore);
    });
  });
});
