import { resolveFacadeRoute } from './facade-route';
import { includeObjectOf, mediaTypeOf, wantsTable } from './negotiation';

const resource = (path: string) => {
  const r = resolveFacadeRoute(path);
  return r.type === 'resource'
    ? { kind: r.info.kind, namespace: r.namespace, name: r.name, subresource: r.subresource }
    : r;
};

describe('resolveFacadeRoute', () => {
  it('finds version, discovery and OpenAPI documents', () => {
    expect(resolveFacadeRoute('/version')).toEqual({ type: 'version' });
    expect(resolveFacadeRoute('/api')).toEqual({ type: 'discovery', scope: 'api' });
    expect(resolveFacadeRoute('/apis/')).toEqual({ type: 'discovery', scope: 'apis' });
    expect(resolveFacadeRoute('/apis/apps')).toEqual({ type: 'apiGroup', group: 'apps' });
    expect(resolveFacadeRoute('/api/v1')).toEqual({ type: 'resourceList', groupVersion: 'v1' });
    expect(resolveFacadeRoute('/apis/networking.k8s.io/v1')).toEqual({
      type: 'resourceList',
      groupVersion: 'networking.k8s.io/v1',
    });
    expect(resolveFacadeRoute('/openapi/v2')).toEqual({ type: 'openapiV2' });
    expect(resolveFacadeRoute('/openapi/v3')).toEqual({ type: 'openapiV3Index' });
    expect(resolveFacadeRoute('/openapi/v3/apis/apps/v1')).toEqual({
      type: 'openapiV3',
      groupVersion: 'apis/apps/v1',
    });
  });

  it('tells a Namespace from a namespaced collection', () => {
    expect(resource('/api/v1/namespaces')).toEqual({ kind: 'Namespace' });
    expect(resource('/api/v1/namespaces/demo')).toEqual({ kind: 'Namespace', name: 'demo' });
    expect(resource('/api/v1/namespaces/demo/status')).toEqual({
      kind: 'Namespace',
      name: 'demo',
      subresource: 'status',
    });
    expect(resource('/api/v1/namespaces/demo/services')).toEqual({
      kind: 'Service',
      namespace: 'demo',
    });
    expect(resource('/apis/apps/v1/namespaces/default/deployments/web/scale')).toEqual({
      kind: 'Deployment',
      namespace: 'default',
      name: 'web',
      subresource: 'scale',
    });
    expect(resource('/api/v1/services')).toEqual({ kind: 'Service' });
    expect(resource('/api/v1/nodes/node-1')).toEqual({ kind: 'Node', name: 'node-1' });
  });

  it('answers notFound for unknown groups, resources and cluster kinds under a namespace', () => {
    for (const path of [
      '/',
      '/apis/batch/v1/jobs',
      '/api/v2/pods',
      '/api/v1/widgets',
      '/api/v1/namespaces/default/nodes',
      '/apis/apps/v1/namespaces/default/deployments/web/scale/extra',
      '/openapi/v4',
    ]) {
      expect(resolveFacadeRoute(path)).toEqual({ type: 'notFound' });
    }
  });
});

describe('negotiation', () => {
  it('recognises kubectl Table Accept headers and nothing else', () => {
    expect(
      wantsTable(
        'application/json;as=Table;v=v1;g=meta.k8s.io,application/json;as=Table;v=v1beta1;g=meta.k8s.io,application/json',
      ),
    ).toBe(true);
    expect(wantsTable('application/json')).toBe(false);
    expect(wantsTable(undefined)).toBe(false);
    expect(wantsTable('application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList')).toBe(
      false,
    );
  });

  it('reads includeObject and media types', () => {
    expect(includeObjectOf('Object')).toBe('Object');
    expect(includeObjectOf('None')).toBe('None');
    expect(includeObjectOf('bogus')).toBe('Metadata');
    expect(mediaTypeOf('Application/Merge-Patch+JSON; charset=utf-8')).toBe(
      'application/merge-patch+json',
    );
    expect(mediaTypeOf(undefined)).toBe('');
  });
});
