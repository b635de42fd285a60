import { TYPES } from '../schema/field-catalog';
import { defineKind, findKind, findKindExact, KIND_SCHEMAS, kindFor, KINDS } from './registry';

describe('findKind', () => {
  it('resolves kinds by Kind, plural, singular and short name like kubectl does', () => {
    expect(findKind('Service')?.resource).toBe('services');
    expect(findKind('svc')?.kind).toBe('Service');
    expect(findKind('netpol')?.apiVersion).toBe('networking.k8s.io/v1');
    expect(findKind('endpointslices')?.namespaced).toBe(true);
    expect(findKind('nodes')?.namespaced).toBe(false);
    expect(findKind('gadget')).toBeUndefined();
  });
});

describe('the registry of kinds', () => {
  const now = new Date('2026-01-01T00:00:00Z');

  it('finds kinds exactly and by apiVersion/kind, never through Object.prototype', () => {
    expect(findKindExact('Deployment')?.group).toBe('apps');
    expect(findKindExact('deployment')).toBeUndefined();
    expect(findKindExact('constructor')).toBeUndefined();
    expect(kindFor('networking.k8s.io/v1', 'Ingress')?.resource).toBe('ingresses');
    expect(kindFor('v1', 'Ingress')).toBeUndefined();
    expect(kindFor(undefined, 'Pod')).toBeUndefined();
  });

  it.each(KINDS.map((k) => [k.kind, k] as const))(
    '%s: a well-formed definition (schema in the catalog, unique names, one cell per column)',
    (_, k) => {
      expect(TYPES[k.schema]).toBeDefined();
      expect(k.apiVersion).toBe(k.group ? `${k.group}/${k.version}` : k.version);
      for (const alias of [k.resource, k.singular, ...k.shortNames])
        expect(findKind(alias)).toBe(k);
      expect(k.patch.fields?.metadata).toBeDefined();
      if (k.printer) {
        const row = (k.printer.row as (o: unknown, n: Date) => { cells: unknown[] })(
          { apiVersion: k.apiVersion, kind: k.kind, metadata: { name: 'x' }, spec: {} },
          now,
        );
        expect(row.cells).toHaveLength(k.printer.columns.length);
      }
    },
  );

  it('lists subresources as discovery does, and Namespace without deletecollection', () => {
    expect(findKind('deploy')?.subresources.map((s) => `${s.name}:${s.group}/${s.kind}`)).toEqual([
      'scale:autoscaling/Scale',
      'status:apps/Deployment',
    ]);
    expect(findKind('ns')?.verbs).not.toContain('deletecollection');
    expect(findKind('svc')?.verbs).toContain('deletecollection');
    expect(KIND_SCHEMAS.Pod).toBe('io.k8s.api.core.v1.Pod');
  });

  it('gives a definition without a patch the metadata its schema carries', () => {
    const widget = defineKind({
      kind: 'Widget',
      group: 'example.com',
      version: 'v1alpha1',
      resource: 'widgets',
      namespaced: true,
      schema: 'io.k8s.api.core.v1.Service',
    });
    expect(widget.apiVersion).toBe('example.com/v1alpha1');
    expect(widget.singular).toBe('widget');
    expect(widget.patch).toEqual(findKind('svc')?.patch);
    expect(widget.subresources).toEqual([]);
  });
});
