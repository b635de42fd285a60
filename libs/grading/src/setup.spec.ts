import { KubeError } from '@app/kube';
import { BUILT_IN_EXERCISES, findBuiltInExercise } from './catalog';
import { applyAdmission } from '@app/netsim';
import {
  clusterConfig,
  clusterOptions,
  deterministicContext,
  setupOps,
  setupRequests,
  simulateExercise,
  simulateSetup,
} from './setup';
import { specWith } from './checks/test-support/cluster';

const probe = [
  {
    id: 'c',
    description: 'd',
    points: 1,
    hint: 'h',
    kind: 'dns',
    name: 'x',
    expect: { rcode: 'NOERROR' },
  },
];

describe('exercise setup', () => {
  it('gives the cluster options and the full configuration', () => {
    const spec = findBuiltInExercise('nodeport-any-node')!.parsed;
    expect(clusterOptions(spec)).toEqual({ nodes: 3, nodePortRange: '30000-30999' });
    expect(clusterConfig(spec)).toMatchObject({
      nodes: 3,
      nodePortRange: '30000-30999',
      networkPlugin: 'calico',
      serviceCIDR: '10.96.0.0/12',
    });
  });

  it('turns setup manifests into apply ops in document order, one request per stage', () => {
    const spec = findBuiltInExercise('env-vars-ham-and-eggs')!.parsed;
    expect(setupOps(spec).map((op) => op.op === 'apply' && op.object.metadata.name)).toEqual([
      'eggs',
    ]);
    expect(
      setupRequests(spec).map((ops) =>
        ops.map((op) => op.op === 'apply' && `${op.object.kind}/${op.object.metadata.name}`),
      ),
    ).toEqual([['Deployment/eggs'], ['Service/eggs-svc', 'Service/ham-svc', 'Deployment/ham']]);
    expect(setupRequests(specWith(probe))).toEqual([]);
  });

  it('simulates deterministically: the same spec builds the same cluster', () => {
    const spec = BUILT_IN_EXERCISES[0].parsed;
    const a = simulateExercise(spec).snapshot;
    const b = simulateExercise(spec, undefined, deterministicContext()).snapshot;
    expect(a).toEqual(b);
    expect(a.revision).toBe(2);
  });

  it('refuses a solution that does not admit, with the admission error', () => {
    const spec = specWith(probe);
    expect(() =>
      simulateSetup(
        spec,
        'apiVersion: v1\nkind: Pod\nmetadata: { name: p, namespace: nowhere }\nspec: { containers: [{ name: c, image: i }] }\n',
      ),
    ).toThrow(KubeError);
  });

  it('applies admission results as the store does: in place, appended, deleted, re-created last', () => {
    const obj = (name: string, v = 1) => ({
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name, namespace: 'default', labels: { v: String(v) } },
    });
    const snapshot = {
      config: clusterConfig(specWith(probe)),
      revision: 4,
      objects: [obj('a'), obj('b'), obj('c')],
    };
    const next = applyAdmission(snapshot, {
      upserts: [obj('b', 2), obj('d'), obj('a', 3)],
      deletes: [
        { kind: 'ConfigMap', namespace: 'default', name: 'c' },
        { kind: 'ConfigMap', namespace: 'default', name: 'a' },
      ],
    });
    expect(next.revision).toBe(5);
    expect(next.objects.map((o) => `${o.metadata.name}${o.metadata.labels?.v}`)).toEqual([
      'b2',
      'd1',
      'a3',
    ]);
  });
});
