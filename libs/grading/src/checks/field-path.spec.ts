import { FieldPathError, parseFieldPath, selectFieldPath } from './field-path';

const svc = {
  metadata: { name: 'web', labels: { 'app.kubernetes.io/name': 'web', app: 'web' } },
  spec: {
    type: 'NodePort',
    ports: [
      { name: 'http', port: 80, nodePort: 30080 },
      { name: 'https', port: 443, nodePort: 30443 },
    ],
  },
};
const get = (path: string): unknown[] => selectFieldPath(svc, parseFieldPath(path));

describe('field paths (a subset of kubectl JSONPath)', () => {
  it('reads dotted paths with or without the {.…} wrapper', () => {
    expect(get('spec.type')).toEqual(['NodePort']);
    expect(get('{.spec.type}')).toEqual(['NodePort']);
    expect(get('.spec.ports[0].nodePort')).toEqual([30080]);
  });

  it('supports negative indexes, wildcards and filters', () => {
    expect(get('spec.ports[-1].port')).toEqual([443]);
    expect(get('spec.ports[*].port')).toEqual([80, 443]);
    expect(get('spec.ports[?(@.name=="https")].nodePort')).toEqual([30443]);
    expect(get('spec.ports[?(@.port!=80)].name')).toEqual(['https']);
    expect(parseFieldPath('spec.ports[*].port').multi).toBe(true);
    expect(parseFieldPath('spec.ports[0].port').multi).toBe(false);
  });

  it('reads keys with dots through quotes or escapes', () => {
    expect(get("metadata.labels['app.kubernetes.io/name']")).toEqual(['web']);
    expect(get('metadata.labels.app\\.kubernetes\\.io/name')).toEqual(['web']);
  });

  it('selects nothing for missing fields, out-of-range indexes and keys on lists', () => {
    expect(get('spec.clusterIP')).toEqual([]);
    expect(get('spec.ports[5].port')).toEqual([]);
    expect(get('spec.ports.port')).toEqual([]);
  });

  it.each(['', 'spec..type', '.', 'spec.ports[0', 'spec.ports[?(@.name~"x")]', 'spec.'])(
    'refuses %j',
    (bad) => {
      expect(() => parseFieldPath(bad)).toThrow(FieldPathError);
    },
  );
});
