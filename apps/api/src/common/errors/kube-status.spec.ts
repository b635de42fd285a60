import { invalidError, KubeError, KubeErrorCode, notFound } from '@app/kube';
import { KUBE_FACADE_PATH, kubeStatusOf } from './kube-status';

describe('kubeStatusOf', () => {
  it('renders NotFound with the resource and name kubectl prints', () => {
    expect(kubeStatusOf(notFound('services', 'nope'))).toEqual({
      kind: 'Status',
      apiVersion: 'v1',
      metadata: {},
      status: 'Failure',
      message: 'services "nope" not found',
      reason: 'NotFound',
      details: { name: 'nope', kind: 'services' },
      code: 404,
    });
  });

  it('qualifies resources of named groups as upstream GroupResource does', () => {
    const error = new KubeError(
      KubeErrorCode.AlreadyExists,
      'deployments "web" already exists',
      [],
      {
        kind: 'deployments',
        name: 'web',
        group: 'apps',
      },
    );
    expect(kubeStatusOf(error)).toMatchObject({
      message: 'deployments.apps "web" already exists',
      reason: 'AlreadyExists',
      details: { name: 'web', group: 'apps', kind: 'deployments' },
      code: 409,
    });
  });

  it('carries field causes for Invalid (422) and keeps the bare Kind', () => {
    const status = kubeStatusOf(
      invalidError('Service', 'bad', [
        { reason: 'FieldValueInvalid', field: 'spec.ports[0].port', message: 'Invalid value: 0' },
      ]),
    );
    expect(status).toMatchObject({
      reason: 'Invalid',
      code: 422,
      details: {
        name: 'bad',
        kind: 'Service',
        causes: [
          { reason: 'FieldValueInvalid', field: 'spec.ports[0].port', message: 'Invalid value: 0' },
        ],
      },
    });
  });

  it('answers 401 with upstream bare "Unauthorized" and maps sandbox codes', () => {
    expect(kubeStatusOf(new KubeError(KubeErrorCode.Unauthorized, 'bad key'))).toMatchObject({
      message: 'Unauthorized',
      reason: 'Unauthorized',
      code: 401,
    });
    expect(kubeStatusOf(new KubeError(KubeErrorCode.NotSupported, 'x'))).toMatchObject({
      reason: 'MethodNotAllowed',
      code: 405,
    });
    expect(kubeStatusOf(new KubeError(KubeErrorCode.QuotaExceeded, 'x'))).toMatchObject({
      reason: 'Forbidden',
      code: 403,
    });
    // A busy database is upstream's Timeout: retry, nothing was written.
    expect(kubeStatusOf(new KubeError(KubeErrorCode.Timeout, 'x'))).toMatchObject({
      reason: 'Timeout',
      code: 504,
    });
  });

  it('knows which paths belong to the facade', () => {
    expect(KUBE_FACADE_PATH.test('/v1/clusters/abc/k8s/api/v1')).toBe(true);
    expect(KUBE_FACADE_PATH.test('/v1/clusters/abc/k8s')).toBe(true);
    expect(KUBE_FACADE_PATH.test('/v1/clusters/abc/kubeconfig')).toBe(false);
    expect(KUBE_FACADE_PATH.test('/v1/clusters/abc/k8sx')).toBe(false);
  });
});
