import { findKind } from '../kinds/registry';
import { patchChild, type PatchNode } from './patch-schema';
import { kindPatchNode, patchNodeOfType } from './patch-from-schema';

const at = (node: PatchNode, ...path: string[]): PatchNode =>
  path.reduce((n, k) => (k === '[]' ? (n.items ?? {}) : patchChild(n, k)), node);

describe('patch metadata read off the upstream catalog', () => {
  const service = kindPatchNode('io.k8s.api.core.v1.Service');
  const deployment = kindPatchNode('io.k8s.api.apps.v1.Deployment');

  it('Service ports: a map list keyed by port and protocol (protocol defaults to TCP), SMP merge by port', () => {
    expect(at(service, 'spec', 'ports').list).toEqual({
      type: 'map',
      keys: ['port', 'protocol'],
      keyDefaults: { protocol: 'TCP' },
      smp: 'merge',
      mergeKey: 'port',
    });
    // +mapType=atomic: the selector is owned and replaced as one value.
    expect(at(service, 'spec', 'selector').atomic).toBe(true);
  });

  it('Deployment: LabelSelector atomic, strategy retainKeys, containers merged by name, volumes retain keys', () => {
    expect(at(deployment, 'spec', 'selector').atomic).toBe(true);
    expect(at(deployment, 'spec', 'strategy').retainKeys).toBe(true);
    const spec = at(deployment, 'spec', 'template', 'spec');
    expect(at(spec, 'containers').list).toMatchObject({
      type: 'map',
      keys: ['name'],
      mergeKey: 'name',
    });
    expect(at(spec, 'containers', '[]', 'env').list).toMatchObject({
      smp: 'merge',
      mergeKey: 'name',
    });
    expect(at(spec, 'volumes', '[]').retainKeys).toBe(true);
    expect(at(spec, 'tolerations').list).toEqual({ type: 'atomic' });
  });

  it('ObjectMeta: finalizers a merged set, ownerReferences keyed by uid, labels granular', () => {
    expect(at(service, 'metadata', 'finalizers').list).toEqual({ type: 'set', smp: 'merge' });
    expect(at(service, 'metadata', 'ownerReferences').list).toMatchObject({
      keys: ['uid'],
      mergeKey: 'uid',
    });
    expect(at(service, 'metadata', 'labels').atomic).toBeUndefined();
  });

  it('is what every kind definition carries, and empty for scalars and unknown names', () => {
    expect(findKind('svc')?.patch).toEqual(service);
    expect(patchNodeOfType('io.k8s.apimachinery.pkg.apis.meta.v1.Time')).toEqual({});
    expect(patchNodeOfType('no.such.Type')).toEqual({});
  });
});
