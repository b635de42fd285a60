import type { KubeError } from '@app/kube';
import { BUILT_IN_EXERCISES, findBuiltInExercise } from '../catalog';
import { gradeOptionsFor } from '../setup';
import { parseExerciseSpec } from './parse-exercise-spec';
import { validateExerciseSpecShape } from './validate-spec-shape';
import { parse } from 'yaml';

describe('the published exercise spec schema (Ajv)', () => {
  it('accepts every built-in exercise', () => {
    for (const e of BUILT_IN_EXERCISES)
      expect([e.slug, validateExerciseSpecShape(parse(e.spec))]).toEqual([e.slug, []]);
  });

  it('words its causes as the API server does, with field paths', () => {
    const spec = parse(BUILT_IN_EXERCISES[0].spec);
    spec.difficulty = 'expert';
    spec.checks[0].points = '2';
    spec.checks[0].teleport = true;
    delete spec.checks[1].hint;
    spec.checks[2].expect = 'yes';
    expect(validateExerciseSpecShape(spec)).toEqual(
      expect.arrayContaining([
        {
          reason: 'FieldValueNotSupported',
          field: 'difficulty',
          message:
            'Unsupported value: "expert": supported values: "beginner", "intermediate", "advanced"',
        },
        {
          reason: 'FieldValueTypeInvalid',
          field: 'checks[0].points',
          message: 'Invalid value: "2": must be an integer, got string',
        },
        {
          reason: 'FieldValueNotSupported',
          field: 'checks[0].teleport',
          message: 'unknown field "teleport"',
        },
        { reason: 'FieldValueRequired', field: 'checks[1].hint', message: 'Required value' },
        {
          reason: 'FieldValueTypeInvalid',
          field: 'checks[2].expect',
          message: 'Invalid value: "yes": must be an object, got string',
        },
      ]),
    );
  });
});

describe('an authored reference solution', () => {
  const withSolution = (solution: string): string =>
    findBuiltInExercise('netpol-allow-frontend')!.spec.replace(
      /\nchecks:\n/,
      `\nsolution: |\n${solution.replace(/^/gm, '  ')}\nchecks:\n`,
    );

  it('is parsed, validated with solution[i] paths, and used for the comparison', () => {
    const exercise = findBuiltInExercise('netpol-allow-frontend')!;
    const spec = parseExerciseSpec(withSolution(exercise.solution));
    expect(spec.solution).toContain('allow-frontend');
    expect(gradeOptionsFor(spec, spec.solution).referencePolicies).toHaveLength(1);
    const bad = withSolution(
      'apiVersion: v1\nkind: Service\nmetadata: { name: s }\nspec: { ports: [{ port: 0 }] }\n',
    );
    try {
      parseExerciseSpec(bad);
      throw new Error('not refused');
    } catch (e) {
      expect((e as KubeError).causes.map((c) => c.field)).toContain(
        'solution[0].spec.ports[0].port',
      );
    }
  });
});
