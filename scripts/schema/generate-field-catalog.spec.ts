import { readFileSync } from 'node:fs';
import { KINDS } from '@app/kube';
import { CATALOG, catalogRoots, expectedCatalog } from './generate-field-catalog';
import { closure, renderFieldCatalog, type UpstreamDocument } from './render-field-catalog';

describe('generated field catalog', () => {
  it('is what the script generates from the vendored upstream definitions (drift check)', () => {
    // On failure: run `npm run schema:catalog` and commit the result; never edit the file by hand.
    expect(readFileSync(CATALOG, 'utf8')).toBe(expectedCatalog());
  });

  it('has a root for every kind in the registry', () => {
    const { kindRoots } = catalogRoots();
    for (const k of KINDS) expect(kindRoots).toContain(k.schema);
  });
});

describe('renderFieldCatalog', () => {
  const provenance = { release: 'v0', repository: 'r', path: 'p', commit: 'c', sha256: 's' };
  const v3: UpstreamDocument = {
    components: {
      schemas: {
        'io.k8s.api.x.v1.Widget': {
          description: 'A widget.',
          properties: {
            kind: { type: 'string', description: 'Kind.' },
            spec: { allOf: [{ $ref: '#/components/schemas/io.k8s.api.x.v1.WidgetSpec' }] },
          },
        },
        'io.k8s.api.x.v1.WidgetSpec': {
          properties: {
            ports: {
              type: 'array',
              items: { type: 'integer', format: 'int32' },
              'x-kubernetes-list-type': 'set',
            },
            labels: { type: 'object', additionalProperties: { type: 'string' } },
          },
          required: ['ports'],
        },
        'io.k8s.api.x.v1.Unused': { properties: { a: { type: 'string' } } },
      },
    },
  };

  it('reads v3 documents: allOf references, lists, maps and markers; only reachable types', () => {
    const text = renderFieldCatalog(
      v3,
      ['io.k8s.api.x.v1.Widget'],
      ['io.k8s.api.x.v1.Widget'],
      {
        'api.x.v1.WidgetSpec.ports': { enum: ['80'] },
      },
      provenance,
    );
    expect(text).toContain('"io.k8s.api.x.v1.WidgetSpec": {');
    expect(text).not.toContain('Unused');
    expect(text).toContain('"listType": "set"');
    expect(text).toContain('"map": "string"');
    // A kind's TypeMeta is not listed: every reader adds it.
    expect(text).not.toContain('"kind": {');
    expect(text).toContain('export const KIND_DOC = "Kind.";');
    expect(text).toContain('"enum": [\n');
  });

  it('refuses dangling references and additions for fields upstream does not have', () => {
    expect(() => closure({ A: { $ref: '#/definitions/B' } }, ['A'])).toThrow('no definition B');
    expect(() =>
      renderFieldCatalog(
        v3,
        ['io.k8s.api.x.v1.Widget'],
        [],
        { 'api.x.v1.Widget.nope': {} },
        provenance,
      ),
    ).toThrow('v3 additions for unknown fields: api.x.v1.Widget.nope');
  });
});
