import { service } from '../builders';
import { defaultObject } from '../defaulting';
import { unknownFields } from '../schema/unknown-fields';
import { validateObject } from '../validation';
import { fieldSetOf, fromFieldsV1, toFieldsV1 } from './field-set';
import { applyMergePatch } from './json-merge-patch';
import { applyJsonPatch } from './json-patch';
import { patchSchemaFor } from '../kinds/registry';
import { recordUpdate, serverSideApply, type ManagedFieldsEntry } from './server-side-apply';
import { applyStrategicMergePatch } from './strategic-merge-patch';

// Go has no prototypes: these are ordinary map keys there, and must be here.
const KEYS = ['__proto__', 'constructor', 'prototype'] as const;

const prototypeIsClean = () => {
  expect(Object.keys(Object.prototype)).toEqual([]);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
};

/** An object whose own member `key` is `value` (a literal `{__proto__: …}` would set the prototype). */
const withKey = <T = unknown>(key: string, value: T): Record<string, T> =>
  JSON.parse(`{${JSON.stringify(key)}:${JSON.stringify(value)}}`);

const ownValue = (obj: unknown, key: string): unknown =>
  Object.getOwnPropertyDescriptor(obj as object, key)?.value;

const web = () => service('web', { selector: { app: 'web' }, ports: [{ port: 80 }] });

afterEach(prototypeIsClean);

describe.each(KEYS)('the key %s is an ordinary key', (key) => {
  it('in a JSON patch: add, replace, copy, move, remove and test address own members', () => {
    const added = applyJsonPatch<Record<string, unknown>>(web(), [
      { op: 'add', path: `/${key}`, value: { polluted: 'x' } },
      { op: 'add', path: `/${key}/polluted`, value: 'y' },
      { op: 'add', path: `/metadata/${key}`, value: { polluted: 'xx' } },
      { op: 'copy', from: `/metadata/${key}`, path: '/metadata/copied' },
    ]);
    expect(ownValue(added, key)).toEqual({ polluted: 'y' });
    expect(ownValue(added.metadata, key)).toEqual({ polluted: 'xx' });
    expect(Object.getPrototypeOf(added)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(added.metadata)).toBe(Object.prototype);
    const removed = applyJsonPatch<Record<string, unknown>>(added, [
      { op: 'test', path: `/${key}/polluted`, value: 'y' },
      { op: 'move', from: `/${key}`, path: '/moved' },
      { op: 'remove', path: `/metadata/${key}` },
    ]);
    expect(Object.hasOwn(removed, key)).toBe(false);
    expect(removed.moved).toEqual({ polluted: 'y' });
  });

  it('in a JSON patch: an absent key is missing, not the inherited member', () => {
    expect(() =>
      applyJsonPatch(web(), [{ op: 'add', path: `/metadata/${key}/polluted`, value: 'x' }]),
    ).toThrow('the server rejected our request');
    expect(() => applyJsonPatch(web(), [{ op: 'remove', path: `/${key}` }])).toThrow(
      'the server rejected our request',
    );
    expect(() => applyJsonPatch(web(), [{ op: 'test', path: `/${key}`, value: null }])).toThrow(
      'the server rejected our request',
    );
  });

  it('in a JSON merge patch, at the top and in metadata', () => {
    const patch = { ...withKey(key, { polluted: 'x' }), metadata: withKey(key, { p: 'xx' }) };
    const out = applyMergePatch<Record<string, Record<string, unknown>>>(web(), patch);
    expect(ownValue(out, key)).toEqual({ polluted: 'x' });
    expect(ownValue(out.metadata, key)).toEqual({ p: 'xx' });
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
  });

  it('in a strategic-merge patch, in maps and in merge-keyed list items', () => {
    const patch = {
      ...withKey(key, { polluted: 'x' }),
      metadata: withKey(key, { polluted: 'xx' }),
      spec: { ports: [{ port: 80, ...withKey(key, 'p') }] },
    };
    const out = applyStrategicMergePatch<Record<string, Record<string, unknown>>>(
      web(),
      patch,
      'Service',
    );
    expect(ownValue(out, key)).toEqual({ polluted: 'x' });
    expect(ownValue(out.metadata, key)).toEqual({ polluted: 'xx' });
    const [port] = out.spec.ports as Array<Record<string, unknown>>;
    expect(ownValue(port, key)).toBe('p');
    expect(port.port).toBe(80);
  });

  it('in server-side apply: merged, recorded in the field set, and dropped when no longer applied', () => {
    const applied = {
      ...web(),
      metadata: { name: 'web', namespace: 'default', labels: withKey(key, 'v') },
    };
    const first = serverSideApply(undefined, applied, 'kubectl', false).object;
    expect(ownValue(first.metadata.labels, key)).toBe('v');
    const [entry] = first.metadata.managedFields as ManagedFieldsEntry[];
    const fields = entry.fieldsV1 as Record<string, Record<string, object>>;
    expect(Object.keys(fields['f:metadata']['f:labels'])).toEqual([`f:${key}`]);
    const second = serverSideApply(first, web(), 'kubectl', false).object;
    expect(Object.hasOwn(second.metadata.labels ?? {}, key)).toBe(false);
  });

  it('in FieldsV1 sent by a client (stored managedFields are user data)', () => {
    const tree = withKey(key, withKey(key, {}));
    const set = fromFieldsV1(tree);
    expect(Object.keys(toFieldsV1(set))).toEqual([key]);
    const current = { ...web(), metadata: { name: 'web', namespace: 'default' } };
    const sent = {
      ...current,
      metadata: {
        ...current.metadata,
        managedFields: [
          {
            manager: 'm',
            operation: 'Update' as const,
            fieldsType: 'FieldsV1' as const,
            fieldsV1: tree,
          },
        ],
      },
    };
    expect(() => recordUpdate(current, sent, 'kubectl')).not.toThrow();
    expect(fieldSetOf(withKey(key, 1), patchSchemaFor('Service')).size).toBe(1);
  });

  it('in the unknown-field walker: reported as unknown, at the top, in metadata and in spec', () => {
    const obj = {
      ...web(),
      ...withKey(key, 1),
      metadata: { name: 'web', ...withKey(key, { polluted: 'x' }) },
      spec: { ...web().spec, ...withKey(key, 1) },
    };
    expect(unknownFields('Service', obj).sort()).toEqual(
      [key, `metadata.${key}`, `spec.${key}`].sort(),
    );
    // A label or annotation called so is data, not a field.
    const labelled = { ...web(), metadata: { name: 'web', labels: withKey(key, 'v') } };
    expect(unknownFields('Service', labelled)).toEqual([]);
    expect(unknownFields(key, obj)).toEqual([]);
  });
});

describe('patch schemas', () => {
  it('an inherited member name is not a kind', () => {
    expect(patchSchemaFor('constructor')).toEqual(patchSchemaFor('NoSuchKind'));
    expect(patchSchemaFor('toString')).toEqual(patchSchemaFor('NoSuchKind'));
  });
});

describe('defaulting and validation see such keys as data', () => {
  it('defaulting copies a __proto__ label as an own key, and validation refuses it as a label key', () => {
    const svc = { ...web(), metadata: { name: 'web', labels: withKey('__proto__', 'x') } };
    expect(ownValue(defaultObject(svc).metadata.labels, '__proto__')).toBe('x');
    const causes = validateObject(svc);
    expect(causes).toHaveLength(1);
    expect(causes[0]).toMatchObject({ reason: 'FieldValueInvalid', field: 'metadata.labels' });
    expect(causes[0].message).toContain('Invalid value: "__proto__"');
  });

  it('a constructor or prototype label is a valid label', () => {
    const labels = { ...withKey('constructor', 'c'), ...withKey('prototype', 'p') };
    expect(validateObject({ ...web(), metadata: { name: 'web', labels } })).toEqual([]);
  });
});

describe('managedFields sent by a client are not trusted to be well formed', () => {
  it('elements that are not JSON after k: or v: are ignored, not a crash', () => {
    const fieldsV1 = {
      'f:metadata': { 'f:finalizers': { 'v:notjson': {} } },
      'f:spec': { 'f:ports': { 'k:{bad': { 'f:port': {} } } },
    };
    const current = {
      ...web(),
      metadata: {
        name: 'web',
        namespace: 'default',
        finalizers: ['a'],
        managedFields: [
          {
            manager: 'kubectl',
            operation: 'Apply' as const,
            fieldsType: 'FieldsV1' as const,
            fieldsV1,
          },
        ],
      },
    };
    const { object, conflicts } = serverSideApply(current, web(), 'kubectl', false);
    expect(conflicts).toEqual([]);
    expect(object.metadata.finalizers).toEqual(['a']);
  });
});
