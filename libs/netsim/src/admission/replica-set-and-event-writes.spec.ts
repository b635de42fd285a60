/**
 * ReplicaSets and Events are written by users on a real cluster too (kubectl create -f rs.yaml,
 * tools that record events): the sandbox accepts them with upstream's defaulting and validation.
 */
import { KubeError, type KubeObject, type Pod, type ReplicaSet } from '@app/kube';
import { testCluster } from './admission.fixtures';

const replicaSet = (spec: Record<string, unknown>): KubeObject => ({
  apiVersion: 'apps/v1',
  kind: 'ReplicaSet',
  metadata: { name: 'solo', namespace: 'default' },
  spec,
});
const template = {
  metadata: { labels: { app: 'solo' } },
  spec: { containers: [{ name: 'app', image: 'nginx:1.27' }] },
};

const refusal = (fn: () => unknown): string => {
  try {
    fn();
  } catch (e) {
    if (e instanceof KubeError) return `${e.code}: ${e.message}`;
    throw e;
  }
  return 'accepted';
};

describe('a user-written ReplicaSet', () => {
  it('is defaulted to one replica and gets its Pod from the ReplicaSet controller', () => {
    const c = testCluster();
    c.apply(replicaSet({ selector: { matchLabels: { app: 'solo' } }, template }));
    expect(c.get<ReplicaSet>('ReplicaSet', 'default', 'solo')!.spec.replicas).toBe(1);
    const pods = c.list<Pod>('Pod', 'default');
    expect(pods).toHaveLength(1);
    expect(pods[0].metadata.ownerReferences?.[0]).toMatchObject({
      kind: 'ReplicaSet',
      name: 'solo',
    });
  });

  it('is validated as upstream validates ReplicaSetSpec', () => {
    const c = testCluster();
    expect(refusal(() => c.apply(replicaSet({})))).toBe(
      'Invalid: ReplicaSet.apps "solo" is invalid: [spec.selector: Required value, spec.template: Required value]',
    );
    expect(
      refusal(() =>
        c.apply(
          replicaSet({ replicas: -1, selector: { matchLabels: { app: 'other' } }, template }),
        ),
      ),
    ).toBe(
      'Invalid: ReplicaSet.apps "solo" is invalid: [spec.replicas: Invalid value: -1: must be greater than or equal to 0, spec.template.metadata.labels: Invalid value: map[string]string{"app":"solo"}: `selector` does not match template `labels`]',
    );
  });
});

describe('a user-written Event', () => {
  const event = (involvedNamespace: string): KubeObject => ({
    apiVersion: 'v1',
    kind: 'Event',
    metadata: { name: 'web.1', namespace: 'default' },
    involvedObject: { kind: 'Pod', name: 'web', namespace: involvedNamespace },
    reason: 'Checked',
    message: 'checked by a lab',
  });

  it('is stored, without a sandbox event about itself', () => {
    const c = testCluster();
    const result = c.apply(event('default'));
    expect(result.results[0].action).toBe('created');
    expect(result.events).toEqual([]);
  });

  it('must name an involved object of its own namespace', () => {
    const c = testCluster();
    expect(refusal(() => c.apply(event('kube-system')))).toBe(
      'Invalid: Event "web.1" is invalid: involvedObject.namespace: Invalid value: "kube-system": does not match event.namespace',
    );
  });
});
