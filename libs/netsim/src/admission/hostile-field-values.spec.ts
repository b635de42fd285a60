/**
 * Type confusion on the write path: every field of one valid sample per kind (and every field
 * its schema allows beside them) replaced by each hostile value, then parse → decode →
 * defaulting → validation → admission. The only acceptable outcomes are success or a KubeError;
 * an Invalid or BadRequest one must name the fields. Never a TypeError (a 5xx to the caller).
 */
import fc from 'fast-check';
import { apiSchema, KubeError, KubeErrorCode, parseManifests, type KubeObject } from '@app/kube';
import { testCluster, type TestCluster } from './admission.fixtures';
import { admit } from './admit';
import { applyAdmission } from './cluster-state';
import { HOSTILE_SAMPLES } from './hostile-samples.fixtures';

type Segment = string | number;
type FieldType = apiSchema.FieldType;

const LONG = 'a'.repeat(10_000);
/** Fresh each time: a value must not be shared between mutated objects. */
const HOSTILE_VALUES: ReadonlyArray<{ label: string; make: () => unknown }> = [
  { label: '"x"', make: () => 'x' },
  { label: '42', make: () => 42 },
  { label: '-1', make: () => -1 },
  { label: '1.5', make: () => 1.5 },
  { label: '1e308', make: () => 1e308 },
  { label: 'true', make: () => true },
  { label: 'null', make: () => null },
  { label: '[]', make: () => [] },
  { label: '{}', make: () => ({}) },
  { label: '[0]', make: () => [0] },
  { label: '[null]', make: () => [null] },
  { label: '{"__proto__":1}', make: () => JSON.parse('{"__proto__":1}') },
  { label: 'long string', make: () => LONG },
];

const TYPES = apiSchema.TYPES;
const own = <T>(r: Record<string, T>, k: string): T | undefined =>
  Object.hasOwn(r, k) ? r[k] : undefined;
const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Field paths found by walking the sample beside its schema: every field the sample sets, its
 * list items and map entries, plus each schema field a present struct leaves unset.
 */
function fieldPaths(sample: KubeObject): Segment[][] {
  const out: Segment[][] = [];
  const walkStruct = (typeName: string, value: unknown, at: Segment[]): void => {
    const def = own(TYPES, typeName);
    if (!def || def.scalar || !isRecord(value)) return;
    for (const [name, field] of Object.entries(def.fields)) {
      const path = [...at, name];
      out.push(path);
      if (Object.hasOwn(value, name)) walkField(field.type, value[name], path);
    }
  };
  const walkField = (type: FieldType, value: unknown, at: Segment[]): void => {
    if (typeof type === 'string') return;
    if ('ref' in type) return walkStruct(type.ref, value, at);
    if ('list' in type) {
      if (!Array.isArray(value) || value.length === 0) return;
      out.push([...at, 0]);
      return walkField(type.list, value[0], [...at, 0]);
    }
    if (!isRecord(value)) return;
    out.push([...at, 'new-key']);
    for (const [k, v] of Object.entries(value)) {
      out.push([...at, k]);
      walkField(type.map, v, [...at, k]);
    }
  };
  const schema = apiSchema.KIND_SCHEMAS[sample.kind];
  out.push(['metadata']);
  walkStruct(`${apiSchema.META}.ObjectMeta`, sample.metadata, ['metadata']);
  walkStruct(schema, sample, []);
  // apiVersion and kind are TypeMeta: parse refuses wrong types there, keep them out.
  return out.filter((p) => p.length > 1 || !['apiVersion', 'kind'].includes(String(p[0])));
}

/** The Pod template's inner fields are exercised through the Deployment; a ReplicaSet shares them. */
const tested = (sample: KubeObject, path: Segment[]): boolean =>
  !(
    sample.kind === 'ReplicaSet' &&
    path.length > 3 &&
    path[1] === 'template' &&
    path[2] === 'spec'
  );

function withValue(sample: KubeObject, path: Segment[], value: unknown): KubeObject {
  const copy = structuredClone(sample) as unknown as Record<string | number, unknown>;
  let node: Record<string | number, unknown> = copy;
  for (const seg of path.slice(0, -1)) {
    if (!isRecord(node[seg]) && !Array.isArray(node[seg])) node[seg] = {};
    node = node[seg] as Record<string | number, unknown>;
  }
  node[path[path.length - 1]] = value;
  return copy as unknown as KubeObject;
}

// Endpoints are refused for users (405); the system path still exercises their decoding.
const DERIVED = new Set(['Endpoints']);
const pathText = (path: Segment[]) =>
  path.map((s, i) => (typeof s === 'number' ? `[${s}]` : i ? `.${s}` : s)).join('');

/** Runs one write; returns a description of an unacceptable outcome, or undefined. */
function outcome(cluster: TestCluster, object: KubeObject): string | undefined {
  try {
    const objects = parseManifests(object);
    const system = DERIVED.has(object.kind);
    admit(
      cluster.snapshot,
      objects.map((o) => ({ op: 'apply' as const, object: o })),
      cluster.ctx,
      { system },
    );
    return undefined;
  } catch (error) {
    if (!(error instanceof KubeError)) {
      return `${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`;
    }
    const needsCauses =
      error.code === KubeErrorCode.Invalid || error.code === KubeErrorCode.BadRequest;
    if (needsCauses && !error.causes.some((c) => typeof c.field === 'string')) {
      return `${error.code} without field causes: ${error.message}`;
    }
    return undefined;
  }
}

describe('hostile field values never escape as anything but a KubeError', () => {
  // Each mutated object is admitted twice: as a new object (create path) and over the stored
  // sample (update path: kept allocations, status, managed fields).
  const fresh = testCluster();
  const populated = testCluster();

  it.each(HOSTILE_SAMPLES.map((s) => [`${s.kind} ${s.metadata.name}`, s] as const))(
    'the %s sample is admitted as it is',
    (_label, sample) => {
      expect(outcome(fresh, sample)).toBeUndefined();
      const system = DERIVED.has(sample.kind);
      const result = admit(populated.snapshot, [{ op: 'apply', object: sample }], populated.ctx, {
        system,
      });
      populated.snapshot = applyAdmission(populated.snapshot, result);
    },
  );

  // The update path is slower (controllers re-sync what exists): a representative subset there.
  const UPDATE_VALUES = new Set(['"x"', '-1', '1.5', 'null', '{}', '[null]']);
  const BOTH_MODES = [
    ['create', fresh],
    ['update', populated],
  ] as const;
  const CREATE_ONLY = [BOTH_MODES[0]];

  it.each(HOSTILE_SAMPLES.map((s) => [`${s.kind} ${s.metadata.name}`, s] as const))(
    '%s: every field × every hostile value, created and over the stored sample',
    (_label, sample) => {
      const failures: string[] = [];
      for (const path of fieldPaths(sample).filter((p) => tested(sample, p))) {
        for (const { label, make } of HOSTILE_VALUES) {
          const modes = UPDATE_VALUES.has(label) ? BOTH_MODES : CREATE_ONLY;
          for (const [mode, cluster] of modes) {
            const problem = outcome(cluster, withValue(sample, path, make()));
            if (problem)
              failures.push(`${mode} ${pathText(path)} = ${label}: ${problem.slice(0, 300)}`);
          }
        }
      }
      expect(failures).toEqual([]);
    },
  );

  it('random JSON at random field paths (seeded)', () => {
    const cases = HOSTILE_SAMPLES.flatMap((sample) =>
      fieldPaths(sample).map((path) => ({ sample, path })),
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: cases.length - 1 }),
        fc.jsonValue({ maxDepth: 3 }),
        (i, value) => {
          const { sample, path } = cases[i];
          const problem = outcome(i % 2 ? fresh : populated, withValue(sample, path, value));
          if (problem)
            throw new Error(
              `${sample.kind} ${pathText(path)} = ${JSON.stringify(value)}: ${problem}`,
            );
        },
      ),
      { seed: 20261203, numRuns: 1000 },
    );
  });
});
