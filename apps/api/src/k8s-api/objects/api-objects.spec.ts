import { findKind, KubeErrorCode, type Deployment, type KindInfo } from '@app/kube';
import { deleteAnswer, eventObject, replicasOfScale, scaleOf } from './api-objects';
import { fieldSelectorFor } from './field-selection';

const info = (k: string) => findKind(k) as KindInfo;

describe('facade objects', () => {
  it('shows a Deployment as an autoscaling/v1 Scale and validates replicas', () => {
    const d = {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'web', namespace: 'default', uid: 'u', resourceVersion: '7' },
      spec: { replicas: 3, selector: { matchLabels: { app: 'web' } } },
      status: { replicas: 3 },
    } as unknown as Deployment;
    expect(scaleOf(d)).toMatchObject({
      kind: 'Scale',
      apiVersion: 'autoscaling/v1',
      spec: { replicas: 3 },
      status: { replicas: 3, selector: 'app=web' },
    });
    expect(replicasOfScale({ spec: { replicas: 5 } }, 'web')).toBe(5);
    expect(() => replicasOfScale({ spec: { replicas: -1 } }, 'web')).toThrow(
      expect.objectContaining({ code: KubeErrorCode.Invalid }),
    );
  });

  it('answers DELETE with the object for Services and a Success Status for Deployments', () => {
    const obj = { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web', uid: 'u' } };
    expect(deleteAnswer(info('Deployment'), obj)).toEqual({
      kind: 'Status',
      apiVersion: 'v1',
      metadata: {},
      status: 'Success',
      details: { name: 'web', group: 'apps', kind: 'deployments', uid: 'u' },
    });
    expect(deleteAnswer(info('Service'), { ...obj, kind: 'Service' })).toMatchObject({
      kind: 'Service',
    });
  });

  it('turns a logged event into a core/v1 Event selectable by involvedObject', () => {
    const event = eventObject({
      id: 42,
      type: 'Normal',
      reason: 'Created',
      message: 'service/web created',
      involvedObject: { kind: 'Service', namespace: 'default', name: 'web', uid: 'u1' },
      source: 'sandbox-apiserver',
      revision: 9,
      time: '2026-01-02T03:04:05.678Z',
    });
    expect(event).toMatchObject({
      metadata: { name: 'web.000000000000002a', namespace: 'default', resourceVersion: '9' },
      involvedObject: { kind: 'Service', name: 'web', uid: 'u1', apiVersion: 'v1' },
      source: { component: 'sandbox-apiserver' },
      count: 1,
      firstTimestamp: '2026-01-02T03:04:05Z',
    });
    const select = fieldSelectorFor(
      'Event',
      'involvedObject.name=web,involvedObject.namespace=default,involvedObject.kind=Service,involvedObject.uid=u1',
    );
    expect(select(event)).toBe(true);
    expect(fieldSelectorFor('Event', 'involvedObject.name=other')(event)).toBe(false);
  });

  it('selects Pods by spec.nodeName and status.phase and refuses unknown field labels', () => {
    const pod = {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'p', namespace: 'default' },
      spec: { nodeName: 'node-1' },
      status: { phase: 'Running' },
    };
    expect(
      fieldSelectorFor(
        'Pod',
        'spec.nodeName=node-1,status.phase!=Succeeded,status.phase!=Failed',
      )(pod),
    ).toBe(true);
    expect(fieldSelectorFor('Pod', 'metadata.name==q')(pod)).toBe(false);
    expect(() => fieldSelectorFor('Service', 'spec.nodeName=x')).toThrow(
      'field label not supported: spec.nodeName',
    );
  });
});
