import { findKind, KubeErrorCode, type Deployment, type KindInfo } from '@app/kube';
import { deleteAnswer, eventObject, replicasOfScale, requestObject, scaleOf } from './api-objects';
import { fieldSelectorFor } from './field-selection';

const info = (k: string) => findKind(k) as KindInfo;

describe('facade objects', () => {
  it('fills kind, apiVersion and namespace of a create body and drops null timestamps', () => {
    const obj = requestObject(
      info('Deployment'),
      {
        metadata: { name: 'web', creationTimestamp: null },
        spec: { template: { metadata: { creationTimestamp: null, labels: { app: 'web' } } } },
      },
      'team-a',
    );
    expect(obj).toEqual({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'web', namespace: 'team-a' },
      spec: { template: { metadata: { labels: { app: 'web' } } } },
    });
  });

  it('refuses a body for another kind, namespace or name than the URL', () => {
    const svc = info('Service');
    expect(() => requestObject(svc, { kind: 'Pod', apiVersion: 'v1' }, 'default')).toThrow(
      'Pod in version "v1" cannot be handled as a Service',
    );
    expect(() => requestObject(svc, { metadata: { namespace: 'a' } }, 'b')).toThrow(
      'the namespace of the provided object does not match the namespace sent on the request',
    );
    expect(() => requestObject(svc, { metadata: { name: 'x' } }, 'default', 'y')).toThrow(
      'the name of the object (x) does not match the name on the URL (y)',
    );
  });

  it('refuses non-string type and object metadata with the API server decoder words', () => {
    const svc = info('Service');
    expect(() => requestObject(svc, { apiVersion: 32768, kind: 'Service' }, 'default')).toThrow(
      "couldn't get version/kind; json parse error: json: cannot unmarshal number into Go struct field .apiVersion of type string",
    );
    expect(() => requestObject(svc, { kind: ['Service'] }, 'default')).toThrow(
      'cannot unmarshal array into Go struct field .kind of type string',
    );
    expect(() => requestObject(svc, { metadata: 1.5 }, 'default')).toThrow(
      'Service in version "v1" cannot be handled as a Service: json: cannot unmarshal number into Go struct field Service.metadata of type v1.ObjectMeta',
    );
    expect(() =>
      requestObject(info('Deployment'), { metadata: { name: { a: 1 } } }, 'default', 'web'),
    ).toThrow(
      'Deployment in version "v1" cannot be handled as a Deployment: json: cannot unmarshal object into Go struct field ObjectMeta.metadata.name of type string',
    );
    try {
      requestObject(svc, { metadata: { namespace: true } }, 'default');
    } catch (e) {
      expect((e as { code: string }).code).toBe(KubeErrorCode.BadRequest);
    }
  });

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
