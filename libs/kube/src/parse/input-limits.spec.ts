import { KubeError, KubeErrorCode } from '../errors';
import { checkInputValue, formatFieldPath, MAX_NESTING_DEPTH } from './input-limits';
import { parseManifests } from './manifests';

function failure(fn: () => unknown): KubeError {
  try {
    fn();
  } catch (e) {
    if (e instanceof KubeError) return e;
    throw e;
  }
  throw new Error('expected a KubeError');
}

const nestedJson = (levels: number): string => `${'['.repeat(levels)}${']'.repeat(levels)}`;
const svc = (annotations: Record<string, string>) => ({
  apiVersion: 'v1',
  kind: 'Service',
  metadata: { name: 'web', annotations },
});

describe('nesting depth', () => {
  it('accepts exactly the limit and refuses one more, naming where', () => {
    expect(() => checkInputValue(JSON.parse(nestedJson(MAX_NESTING_DEPTH)))).not.toThrow();
    const e = failure(() => checkInputValue(JSON.parse(nestedJson(MAX_NESTING_DEPTH + 1))));
    expect(e.code).toBe(KubeErrorCode.BadRequest);
    expect(e.message).toBe(
      'the request body nests objects and lists more than 100 levels deep; the limit keeps every request cheap to process',
    );
    expect(e.causes[0].field).toBe('[0]'.repeat(MAX_NESTING_DEPTH));
  });

  it('refuses 5,000 levels of JSON text without recursing (a 400, not a stack overflow)', () => {
    const e = failure(() => parseManifests(`{"a":${nestedJson(5000)}}`));
    expect(e.code).toBe(KubeErrorCode.BadRequest);
    expect(e.message).toContain('more than 100 levels deep');
  });

  it('refuses 5,000 levels of flow YAML and 1,000 of block YAML before the recursive composer runs', () => {
    const flow = failure(() => parseManifests(`kind: Service\nspec: ${nestedJson(5000)}\n`));
    expect(flow.message).toBe(
      'document 1: error converting YAML to JSON: yaml: line 2: nests mappings and sequences more than 100 levels deep',
    );
    const block = Array.from({ length: 1000 }, (_, i) => `${' '.repeat(i)}a:`).join('\n');
    const e = failure(() => parseManifests(`kind: Service\n---\n${block}\n`));
    expect(e.code).toBe(KubeErrorCode.BadRequest);
    expect(e.message).toMatch(
      /^document 2: .*line 103: nests mappings and sequences more than 100/,
    );
  });

  it('a deep but legal Deployment passes', () => {
    const deep = `apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  template:
    spec:
      affinity:
        nodeAffinity:
          requiredDuringSchedulingIgnoredDuringExecution:
            nodeSelectorTerms:
            - matchExpressions:
              - {key: zone, operator: In, values: [a, b]}
`;
    expect(parseManifests(deep)).toHaveLength(1);
  });
});

describe('YAML aliases', () => {
  it('refuses an alias inside the node it names (a circular structure)', () => {
    const e = failure(() =>
      parseManifests('apiVersion: v1\nkind: Service\nmetadata: &m\n  name: web\n  self: *m\n'),
    );
    expect(e.code).toBe(KubeErrorCode.BadRequest);
    expect(e.message).toBe(
      'the request body: metadata.self contains itself (a YAML alias inside the node it names); JSON cannot hold a circular structure',
    );
    expect(failure(() => parseManifests('&a [*a]')).causes[0].field).toBe('[0]');
  });

  it('accepts aliases that are shared, not circular', () => {
    const [obj] = parseManifests(
      'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n  labels: &l {app: web}\nspec:\n  selector: *l\n',
    );
    expect((obj as unknown as { spec: { selector: unknown } }).spec.selector).toEqual({
      app: 'web',
    });
  });

  it('keeps __proto__ keys as own data, merge keys included', () => {
    const [obj] = parseManifests(
      'apiVersion: v1\nkind: Service\nbase: &b {__proto__: {polluted: x}}\nmetadata:\n  name: web\n  <<: *b\n',
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getOwnPropertyDescriptor(obj.metadata, '__proto__')?.value).toEqual({
      polluted: 'x',
    });
  });
});

describe('text PostgreSQL cannot store', () => {
  it('refuses NUL in a value with a 422 naming the field', () => {
    const e = failure(() => parseManifests(svc({ note: 'a\u0000b' })));
    expect(e.code).toBe(KubeErrorCode.Invalid);
    expect(e.causes).toEqual([
      {
        reason: 'FieldValueInvalid',
        field: 'metadata.annotations.note',
        message: 'Invalid value: "a\\u0000b": must not contain the NUL character (U+0000)',
      },
    ]);
    expect(e.message).toBe(
      'the request body is invalid: metadata.annotations.note: Invalid value: "a\\u0000b": must not contain the NUL character (U+0000)',
    );
  });

  it('refuses NUL in a key, and in YAML text (\\0 escape)', () => {
    const key = failure(() => parseManifests(svc({ 'a\u0000': 'v' })));
    expect(key.causes[0].field).toBe('metadata.annotations');
    expect(key.causes[0].message).toBe(
      'Invalid value: "a\\u0000": a key must not contain the NUL character (U+0000)',
    );
    const yaml = failure(() =>
      parseManifests('apiVersion: v1\nkind: Service\nmetadata:\n  name: "we\\0b"\n'),
    );
    expect(yaml.causes[0].field).toBe('metadata.name');
  });

  it('refuses lone surrogates, high or low, and accepts paired ones', () => {
    for (const bad of ['\uD800', 'x\uDC00y', '\uDBFFz']) {
      const e = failure(() => checkInputValue({ spec: { ports: [{ name: bad }] } }));
      expect(e.code).toBe(KubeErrorCode.Invalid);
      expect(e.causes[0].field).toBe('spec.ports[0].name');
      expect(e.causes[0].message).toMatch(
        /unpaired UTF-16 surrogate \(U\+D[89AB]|unpaired UTF-16 surrogate \(U\+DC00/,
      );
    }
    expect(() => checkInputValue({ note: 'emoji \uD83D\uDE00 ok' })).not.toThrow();
  });

  it('names the document in a multi-document stream', () => {
    const e = failure(() =>
      parseManifests(
        'apiVersion: v1\nkind: Service\nmetadata: {name: a}\n---\napiVersion: v1\nkind: Service\nmetadata: {name: "b\\0"}\n',
      ),
    );
    expect(e.message).toMatch(/^document 2 is invalid: metadata.name:/);
  });
});

describe('formatFieldPath', () => {
  it('dots identifiers, brackets indexes and other keys, quotes unprintable keys', () => {
    expect(formatFieldPath(['spec', 'ports', 0, 'name'])).toBe('spec.ports[0].name');
    expect(formatFieldPath(['metadata', 'labels', 'app.kubernetes.io/name'])).toBe(
      'metadata.labels[app.kubernetes.io/name]',
    );
    expect(formatFieldPath(['metadata', 'annotations', 'a\u0000'])).toBe(
      'metadata.annotations["a\\u0000"]',
    );
  });
});
