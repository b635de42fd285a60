import { applyObjectChanges } from './object-list';
import type { KubeObject } from './meta';

const cm = (name: string, v = 1): KubeObject => ({
  apiVersion: 'v1',
  kind: 'ConfigMap',
  metadata: { name, namespace: 'default', labels: { v: String(v) } },
});
const names = (objects: KubeObject[]) =>
  objects.map((o) => `${o.metadata.name}${o.metadata.labels?.v}`);

describe('applyObjectChanges keeps creation order like the API server storage', () => {
  it('replaces in place, appends new objects, and moves a deleted-and-recreated object to the end', () => {
    const after = applyObjectChanges([cm('a'), cm('b'), cm('c')], {
      upserts: [cm('b', 2), cm('d'), cm('a', 3)],
      deletes: [
        { kind: 'ConfigMap', namespace: 'default', name: 'c' },
        { kind: 'ConfigMap', namespace: 'default', name: 'a' },
      ],
    });
    expect(names(after)).toEqual(['b2', 'd1', 'a3']);
  });
});
