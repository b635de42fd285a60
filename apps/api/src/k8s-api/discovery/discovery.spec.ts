import {
  aggregatedDiscovery,
  aggregatedDiscoveryContentType,
  apiGroupList,
  apiResourceList,
  apiVersions,
  negotiateDiscovery,
  versionInfo,
} from './discovery';

type Res = Record<string, unknown>;

describe('discovery', () => {
  it('reports a realistic version', () => {
    expect(versionInfo()).toMatchObject({
      major: '1',
      minor: '32',
      gitVersion: 'v1.32.0-sandbox',
      compiler: 'gc',
      platform: 'linux/amd64',
    });
  });

  it('serves legacy APIVersions and APIGroupList', () => {
    expect(apiVersions()).toEqual({
      kind: 'APIVersions',
      versions: ['v1'],
      serverAddressByClientCIDRs: [{ clientCIDR: '0.0.0.0/0', serverAddress: '' }],
    });
    const groups = apiGroupList().groups as Res[];
    expect(groups.map((g) => g.name)).toEqual([
      'apps',
      'networking.k8s.io',
      'discovery.k8s.io',
      'gateway.networking.k8s.io',
    ]);
    expect(groups[0]).toEqual({
      name: 'apps',
      versions: [{ groupVersion: 'apps/v1', version: 'v1' }],
      preferredVersion: { groupVersion: 'apps/v1', version: 'v1' },
    });
    // A group served in two versions lists both, the stable one first and preferred.
    expect(groups[3]).toEqual({
      name: 'gateway.networking.k8s.io',
      versions: [
        { groupVersion: 'gateway.networking.k8s.io/v1', version: 'v1' },
        { groupVersion: 'gateway.networking.k8s.io/v1beta1', version: 'v1beta1' },
      ],
      preferredVersion: { groupVersion: 'gateway.networking.k8s.io/v1', version: 'v1' },
    });
  });

  it('serves APIResourceList entries exactly as docs/kubectl-protocol.md §3.2 shows', () => {
    const core = apiResourceList('v1') as Res;
    expect(core).toMatchObject({ kind: 'APIResourceList', apiVersion: 'v1', groupVersion: 'v1' });
    const resources = core.resources as Res[];
    expect(resources.find((r) => r.name === 'services')).toEqual({
      name: 'services',
      singularName: 'service',
      namespaced: true,
      kind: 'Service',
      verbs: ['create', 'delete', 'deletecollection', 'get', 'list', 'patch', 'update', 'watch'],
      shortNames: ['svc'],
      categories: ['all'],
    });
    expect(resources.find((r) => r.name === 'services/status')).toEqual({
      name: 'services/status',
      singularName: '',
      namespaced: true,
      kind: 'Service',
      verbs: ['get', 'patch', 'update'],
    });
    expect(resources.map((r) => r.name)).toEqual([
      'endpoints',
      'events',
      'namespaces',
      'nodes',
      'pods',
      'pods/status',
      'secrets',
      'services',
      'services/status',
    ]);
    expect(resources.find((r) => r.name === 'namespaces')).toMatchObject({
      namespaced: false,
      shortNames: ['ns'],
    });
    expect(resources.find((r) => r.name === 'namespaces')?.verbs).not.toContain('deletecollection');

    const apps = (apiResourceList('apps/v1') as Res).resources as Res[];
    expect(apps.find((r) => r.name === 'deployments/scale')).toEqual({
      name: 'deployments/scale',
      singularName: '',
      namespaced: true,
      group: 'autoscaling',
      version: 'v1',
      kind: 'Scale',
      verbs: ['get', 'patch', 'update'],
    });
    expect(apps.map((r) => r.name)).toEqual([
      'deployments',
      'deployments/scale',
      'deployments/status',
      'replicasets',
    ]);
    expect(
      ((apiResourceList('discovery.k8s.io/v1') as Res).resources as Res[])[0],
    ).not.toHaveProperty('shortNames');
    expect(apiResourceList('batch/v1')).toBeUndefined();
  });

  it('serves aggregated discovery v2 and v2beta1', () => {
    const core = aggregatedDiscovery('api', 'v2');
    expect(core).toMatchObject({
      kind: 'APIGroupDiscoveryList',
      apiVersion: 'apidiscovery.k8s.io/v2',
      metadata: {},
    });
    const coreItems = core.items as Res[];
    expect(coreItems).toHaveLength(1);
    const apis = aggregatedDiscovery('apis', 'v2').items as Array<{
      metadata: Res;
      versions: Array<{ version: string; freshness: string; resources: Res[] }>;
    }>;
    expect(apis.map((i) => i.metadata.name)).toEqual([
      'apps',
      'networking.k8s.io',
      'discovery.k8s.io',
      'gateway.networking.k8s.io',
    ]);
    expect(apis[3].versions.map((v) => v.version)).toEqual(['v1', 'v1beta1']);
    const deployments = apis[0].versions[0].resources[0];
    expect(apis[0].versions[0]).toMatchObject({ version: 'v1', freshness: 'Current' });
    expect(deployments).toEqual({
      resource: 'deployments',
      responseKind: { group: 'apps', version: 'v1', kind: 'Deployment' },
      scope: 'Namespaced',
      singularResource: 'deployment',
      verbs: ['create', 'delete', 'deletecollection', 'get', 'list', 'patch', 'update', 'watch'],
      shortNames: ['deploy'],
      categories: ['all'],
      subresources: [
        {
          subresource: 'scale',
          responseKind: { group: 'autoscaling', version: 'v1', kind: 'Scale' },
          verbs: ['get', 'patch', 'update'],
        },
        {
          subresource: 'status',
          responseKind: { group: 'apps', version: 'v1', kind: 'Deployment' },
          verbs: ['get', 'patch', 'update'],
        },
      ],
    });
    const ingressClasses = apis[1].versions[0].resources.find(
      (r) => r.resource === 'ingressclasses',
    );
    expect(ingressClasses).toMatchObject({ scope: 'Cluster', singularResource: 'ingressclass' });
    expect(aggregatedDiscovery('apis', 'v2beta1').apiVersion).toBe('apidiscovery.k8s.io/v2beta1');
  });

  it('keeps the `all` category in kubectl get all order: pods, services, deployments, replicasets', () => {
    const all = [
      ...(aggregatedDiscovery('api', 'v2').items as Res[]),
      ...(aggregatedDiscovery('apis', 'v2').items as Res[]),
    ]
      .flatMap((i) => (i.versions as Array<{ resources: Res[] }>)[0].resources)
      .filter((r) => (r.categories as string[] | undefined)?.includes('all'))
      .map((r) => r.resource);
    expect(all).toEqual(['pods', 'services', 'deployments', 'replicasets']);
  });

  it('negotiates the discovery form from kubectl Accept headers', () => {
    const v2 = `${aggregatedDiscoveryContentType('v2')},${aggregatedDiscoveryContentType('v2beta1')},application/json`;
    expect(negotiateDiscovery(v2)).toBe('v2');
    expect(
      negotiateDiscovery(
        'application/json;g=apidiscovery.k8s.io;v=v2beta1;as=APIGroupDiscoveryList,application/json',
      ),
    ).toBe('v2beta1');
    expect(negotiateDiscovery('application/json, */*')).toBe('legacy');
    expect(negotiateDiscovery(undefined)).toBe('legacy');
  });
});
