import { KubeError, KubeErrorCode } from '@app/kube';
import { parseExerciseSpec } from './parse-exercise-spec';

const VALID = String.raw`
apiVersion: sandbox.kns.dev/v1
kind: Exercise
slug: demo
title: Demo
instructions: |
  Do **it**.
difficulty: beginner
setup:
  cluster: { nodes: 3, networkPlugin: flannel }
  manifests: |
    apiVersion: v1
    kind: Pod
    metadata: { name: a }
    spec: { containers: [{ name: c, image: nginx }] }
checks:
  - id: reach
    description: a reaches the kubernetes Service
    points: 2
    hint: nothing to do
    kind: reachability
    from: default/a
    to: { service: default/kubernetes }
    port: 443
    expect: { allowed: true }
  - id: dns
    description: lookup
    points: 1
    hint: h
    kind: dns
    from: { selector: "app in (a, b)" }
    name: kubernetes
    expect: { contains: 10.96.0.1 }
`;

/** The causes of the Invalid error parsing `value` throws. */
function causes(value: unknown): Array<{ field: string; message: string }> {
  try {
    parseExerciseSpec(value);
  } catch (e) {
    expect(e).toBeInstanceOf(KubeError);
    expect((e as KubeError).code).toBe(KubeErrorCode.Invalid);
    return (e as KubeError).causes.map(({ field, message }) => ({ field, message }));
  }
  throw new Error('expected the spec to be refused');
}

const base = (): Record<string, any> => JSON.parse(JSON.stringify(parseExerciseSpec(VALID)));

describe('parseExerciseSpec', () => {
  it('parses and normalises a valid spec', () => {
    const spec = parseExerciseSpec(VALID);
    expect(spec).toMatchObject({
      slug: 'demo',
      difficulty: 'beginner',
      tags: [],
      setup: { cluster: { nodes: 3, networkPlugin: 'flannel' }, then: [] },
    });
    expect(spec.checks[0]).toEqual({
      id: 'reach',
      description: 'a reaches the kubernetes Service',
      points: 2,
      hint: 'nothing to do',
      negate: false,
      guard: false,
      kind: 'reachability',
      from: { pod: { namespace: 'default', name: 'a' } },
      to: { service: 'default/kubernetes' },
      port: 443,
      expect: { allowed: true },
    });
    expect(spec.checks[1]).toMatchObject({
      type: 'A',
      from: { namespace: 'default', selector: 'app in (a, b)' },
      expect: { contains: ['10.96.0.1'] },
    });
  });

  it('accepts an already-decoded value (JSON body) and round-trips its own output', () => {
    expect(parseExerciseSpec(base())).toEqual(parseExerciseSpec(VALID));
  });

  it('reports every problem with its field path, in the API server format', () => {
    const spec = base();
    spec.apiVersion = 'v1';
    spec.slug = 'Not_A_Label';
    spec.difficulty = 'expert';
    spec.checks[0].points = 0;
    delete spec.checks[0].expect.allowed;
    spec.checks[1].id = 'reach';
    spec.checks[1].expected = {};
    try {
      parseExerciseSpec(spec);
      throw new Error('not refused');
    } catch (e) {
      const err = e as KubeError;
      expect(err.message).toMatch(/^Exercise\.sandbox\.kns\.dev "Not_A_Label" is invalid: \[/);
      expect(err.causes.map((c) => c.field).sort()).toEqual([
        'apiVersion',
        'checks[0].expect.allowed',
        'checks[0].points',
        'checks[1].expected',
        'checks[1].id',
        'difficulty',
        'slug',
      ]);
      expect(err.causes.find((c) => c.field === 'checks[0].expect.allowed')?.message).toBe(
        'Required value',
      );
      expect(err.causes.find((c) => c.field === 'checks[0].points')?.message).toBe(
        'Invalid value: 0: must be greater than or equal to 1',
      );
      expect(err.causes.find((c) => c.field === 'checks[1].expected')?.message).toBe(
        'unknown field "expected"',
      );
      expect(err.causes.find((c) => c.field === 'checks[1].id')?.message).toBe(
        'Duplicate value: "reach"',
      );
      expect(err.causes.find((c) => c.field === 'difficulty')?.message).toBe(
        'Unsupported value: "expert": supported values: "beginner", "intermediate", "advanced"',
      );
    }
  });

  it('validates check parameters per kind', () => {
    const spec = base();
    spec.checks = [
      {
        id: 'a',
        description: 'd',
        points: 1,
        hint: 'h',
        kind: 'reachability',
        from: 'nopod',
        to: { pod: 'x/y', ip: '1.2.3.4' },
        expect: { allowed: 'yes' },
      },
      {
        id: 'b',
        description: 'd',
        points: 1,
        hint: 'h',
        kind: 'field',
        object: { kind: 'Gizmo', name: 'g' },
        path: 'spec..x',
        expect: { equals: 1, exists: true },
      },
      {
        id: 'c',
        description: 'd',
        points: 1,
        hint: 'h',
        kind: 'env',
        pod: { selector: '!!' },
        name: 'X',
        expect: { present: false, value: 'v' },
      },
      {
        id: 'd',
        description: 'd',
        points: 1,
        hint: 'h',
        kind: 'field',
        object: { kind: 'Service', name: 's' },
        path: 'spec',
        expect: { matches: '(' },
      },
      { id: 'e', description: 'd', points: 1, hint: 'h', kind: 'teleport', expect: {} },
      { id: 'f', description: 'd', points: 1, hint: 'h', kind: 'dns', name: 'x', expect: {} },
    ];
    const fields = causes(spec).map((c) => c.field);
    expect(fields).toEqual(
      expect.arrayContaining([
        'checks[0].from',
        'checks[0].to',
        'checks[0].expect.allowed',
        'checks[1].object.kind',
        'checks[1].path',
        'checks[1].expect',
        'checks[2].pod.selector',
        'checks[2].expect.value',
        'checks[3].expect.matches',
        'checks[4].kind',
        'checks[5].expect',
      ]),
    );
    expect(causes(spec).find((c) => c.field === 'checks[0].from')?.message).toBe(
      'Invalid value: "nopod": must be "namespace/name"',
    );
    expect(causes(spec).find((c) => c.field === 'checks[0].expect.allowed')?.message).toBe(
      'Invalid value: "yes": must be a boolean (true or false), got string',
    );
  });

  it('validates cluster options and setup manifests with setup.* paths', () => {
    const spec = base();
    spec.setup.cluster = { nodes: 0, proxyMode: 'nftables', colour: 'red' };
    spec.setup.manifests =
      'apiVersion: v1\nkind: Service\nmetadata: { name: s }\nspec: { ports: [{ port: 0 }] }\n';
    const fields = causes(spec).map((c) => c.field);
    expect(fields).toEqual(
      expect.arrayContaining([
        'setup.cluster.nodes',
        'setup.cluster.proxyMode',
        'setup.cluster.colour',
        'setup.manifests[0].spec.ports[0].port',
      ]),
    );
    spec.setup.manifests = 'kind: [';
    expect(causes(spec).find((c) => c.field === 'setup.manifests')?.message).toContain(
      'error converting YAML to JSON',
    );
  });

  it('refuses text that is not one YAML document with BadRequest', () => {
    expect(() => parseExerciseSpec('slug: [')).toThrow(
      /exercise spec: error converting YAML to JSON: yaml: line 1/,
    );
    expect(() => parseExerciseSpec('a: 1\n---\nb: 2\n')).toThrow('expected one YAML document');
    try {
      parseExerciseSpec('a: 1\n---\nb: 2\n');
    } catch (e) {
      expect((e as KubeError).code).toBe(KubeErrorCode.BadRequest);
    }
  });

  it('refuses deep nesting, alias cycles and NUL before anything recurses over them', () => {
    const codeOf = (text: string): string | undefined => {
      try {
        parseExerciseSpec(text);
      } catch (e) {
        return (e as KubeError).code;
      }
      return undefined;
    };
    expect(codeOf(`title: ${'['.repeat(5000)}${']'.repeat(5000)}`)).toBe(KubeErrorCode.BadRequest);
    expect(codeOf('a: &x\n  b: *x\n')).toBe(KubeErrorCode.BadRequest);
    expect(codeOf('title: "a\\0b"\n')).toBe(KubeErrorCode.Invalid);
  });

  it('requires at least one check and a mapping at the top', () => {
    const spec = base();
    spec.checks = [];
    expect(causes(spec)).toContainEqual({
      field: 'checks',
      message: 'Required value: an exercise needs at least one check',
    });
    expect(causes('just a string')).toEqual([
      { field: '', message: 'Invalid value: "just a string": must be an object, got string' },
    ]);
  });
});
