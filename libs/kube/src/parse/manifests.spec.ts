import { KubeError, KubeErrorCode } from '../errors';
import { parseManifests } from './manifests';

const svc = (name: string): Record<string, unknown> => ({
  apiVersion: 'v1',
  kind: 'Service',
  metadata: { name },
  spec: { ports: [{ port: 80 }] },
});

const thrown = (fn: () => unknown): KubeError => {
  try {
    fn();
  } catch (e) {
    if (e instanceof KubeError) return e;
    throw e;
  }
  throw new Error('expected a KubeError');
};

describe('parseManifests', () => {
  it('reads a multi-document YAML stream and skips empty documents (kubectl apply -f)', () => {
    const yaml = `---
apiVersion: v1
kind: Namespace
metadata:
  name: dev
---
# only a comment
---
apiVersion: v1
kind: Service
metadata:
  name: web
  namespace: dev
spec:
  ports:
  - port: 80
    targetPort: http
`;
    const objs = parseManifests(yaml);
    expect(objs.map((o) => `${o.kind}/${o.metadata.name}`)).toEqual([
      'Namespace/dev',
      'Service/web',
    ]);
    expect((objs[1].spec as { ports: unknown[] }).ports).toEqual([
      { port: 80, targetPort: 'http' },
    ]);
    expect(parseManifests('')).toEqual([]);
    expect(parseManifests('---\n---\n')).toEqual([]);
  });

  it('keeps YAML 1.2 scalars as Kubernetes expects: "yes" and "0800" stay strings', () => {
    const [o] = parseManifests(
      'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: x\n  labels:\n    enabled: yes\n    code: "0800"\n',
    );
    expect(o.metadata.labels).toEqual({ enabled: 'yes', code: '0800' });
  });

  it('reads JSON text, a parsed object, a JSON array and bytes', () => {
    expect(parseManifests(JSON.stringify(svc('a')))[0].metadata.name).toBe('a');
    expect(parseManifests(svc('b'))[0].metadata.name).toBe('b');
    expect(parseManifests([svc('c'), svc('d')]).map((o) => o.metadata.name)).toEqual(['c', 'd']);
    expect(
      parseManifests(new TextEncoder().encode(JSON.stringify(svc('e'))))[0].metadata.name,
    ).toBe('e');
  });

  it('flattens kind: List and *List (kubectl get -o yaml output), recursively', () => {
    const list = {
      apiVersion: 'v1',
      kind: 'List',
      items: [svc('a'), { apiVersion: 'v1', kind: 'ServiceList', items: [svc('b')] }],
    };
    expect(parseManifests(list).map((o) => o.metadata.name)).toEqual(['a', 'b']);
    expect(parseManifests({ apiVersion: 'v1', kind: 'List', items: [] })).toEqual([]);
  });

  it('accepts generateName in place of name', () => {
    expect(
      parseManifests({ apiVersion: 'v1', kind: 'Pod', metadata: { generateName: 'web-' } }),
    ).toHaveLength(1);
  });

  it('names the document and the missing fields', () => {
    const err = thrown(() =>
      parseManifests(
        `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: ok\n---\nkind: Service\nmetadata: {}\n`,
      ),
    );
    expect(err.code).toBe(KubeErrorCode.BadRequest);
    expect(err.message).toBe(
      'document 2: apiVersion: Required value, metadata.name: Required value: name or generateName is required',
    );
    expect(err.causes.map((c) => c.field)).toEqual(['apiVersion', 'metadata.name']);
    expect(thrown(() => parseManifests('just a string')).message).toMatch(
      /^document 1: must be an object/,
    );
    expect(
      thrown(() =>
        parseManifests({ apiVersion: 'v1', kind: 'List', items: [svc('a'), { kind: 'Pod' }] }),
      ).message,
    ).toMatch(/^document 1, item 2: apiVersion: Required value/);
  });

  it('reports YAML syntax errors with the line', () => {
    const err = thrown(() =>
      parseManifests('apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n  labels: a: b\n'),
    );
    expect(err.code).toBe(KubeErrorCode.BadRequest);
    expect(err.message).toMatch(/^document 1: error converting YAML to JSON: yaml: line 5: /);
    expect(thrown(() => parseManifests('{"apiVersion": "v1",')).message).toMatch(/line 1/);
  });

  it('refuses an alias bomb quickly and too many documents', () => {
    const bomb = [
      'apiVersion: v1',
      'kind: ConfigMap',
      'metadata: {name: bomb}',
      'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
      'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
      'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
      'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
      'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
      'f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]',
      'g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]',
    ].join('\n');
    const err = thrown(() => parseManifests(bomb));
    expect(err.code).toBe(KubeErrorCode.BadRequest);
    expect(err.message).toMatch(/^document 1: Excessive alias count/);
    const three = [svc('a'), svc('b'), svc('c')];
    expect(thrown(() => parseManifests(three, { maxDocuments: 2 })).message).toBe(
      'too many objects in one request: more than 2',
    );
    // A few aliases below the limit are fine.
    expect(
      parseManifests('apiVersion: v1\nkind: Pod\nmetadata: &m {name: p}\nx: *m\n')[0].x,
    ).toEqual({ name: 'p' });
  });
});
