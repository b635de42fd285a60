import { findKind, KubeErrorCode, type KindInfo } from '@app/kube';
import { requestObject } from './request-object';

const info = (k: string) => findKind(k) as KindInfo;

describe('request bodies checked against the URL', () => {
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
});
