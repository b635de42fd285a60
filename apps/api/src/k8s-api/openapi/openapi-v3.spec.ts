import { KINDS } from '@app/kube';
import { openApiGroupVersions, openApiV3Document, openApiV3Index } from './openapi-v3';

type S = Record<string, any>;

const doc = (gv: string) => openApiV3Document(gv) as S;
const schemaOf = (d: S, name: string) => d.components.schemas[name] as S;
const refName = (s: S) => String((s.allOf?.[0] ?? s).$ref).replace('#/components/schemas/', '');

describe('openApiV3Index', () => {
  it('lists every group version with an unprefixed, hashed serverRelativeURL', () => {
    const index = openApiV3Index();
    expect(Object.keys(index.paths)).toEqual(openApiGroupVersions());
    expect(openApiGroupVersions()).toEqual([
      'api/v1',
      'apis/apps/v1',
      'apis/discovery.k8s.io/v1',
      'apis/gateway.networking.k8s.io/v1',
      'apis/gateway.networking.k8s.io/v1beta1',
      'apis/networking.k8s.io/v1',
    ]);
    expect(index.paths['api/v1'].serverRelativeURL).toMatch(
      /^\/openapi\/v3\/api\/v1\?hash=[0-9A-F]{128}$/,
    );
    expect(openApiV3Index('/v1/clusters/c1/k8s').paths['apis/apps/v1'].serverRelativeURL).toMatch(
      /^\/v1\/clusters\/c1\/k8s\/openapi\/v3\/apis\/apps\/v1\?hash=/,
    );
    expect(openApiV3Index()).toEqual(openApiV3Index());
  });
});

describe('openApiV3Document', () => {
  it('answers undefined for a group version we do not serve', () => {
    expect(openApiV3Document('apis/batch/v1')).toBeUndefined();
  });

  it('gives every kind a GVK-tagged schema and a PATCH with fieldValidation (what kubectl validation looks for)', () => {
    for (const k of KINDS) {
      const d = doc(k.group ? `apis/${k.group}/${k.version}` : 'api/v1');
      const gvk = { group: k.group, version: k.version, kind: k.kind };
      const schemas = Object.values(d.components.schemas) as S[];
      expect(
        schemas.some((s) =>
          (s['x-kubernetes-group-version-kind'] ?? []).some(
            (g: S) => g.kind === k.kind && g.group === k.group,
          ),
        ),
      ).toBe(true);
      const patches = Object.values(d.paths as S)
        .map((p: S) => p.patch)
        .filter(
          (op: S | undefined) => op && op['x-kubernetes-group-version-kind'].kind === gvk.kind,
        );
      expect(patches.length).toBeGreaterThan(0);
      for (const op of patches) {
        expect(op['x-kubernetes-group-version-kind']).toEqual(gvk);
        expect(op.parameters.map((p: S) => p.name)).toContain('fieldValidation');
        expect(Object.keys(op.requestBody.content)).toContain(
          'application/strategic-merge-patch+json',
        );
      }
    }
  });

  it('resolves every $ref inside the same document', () => {
    for (const gv of openApiGroupVersions()) {
      const d = doc(gv);
      const refs = JSON.stringify(d).match(/"#\/components\/schemas\/[^"]+"/g) ?? [];
      for (const r of refs)
        expect(d.components.schemas).toHaveProperty([r.slice('"#/components/schemas/'.length, -1)]);
    }
  });

  it('carries upstream patch metadata so client-side apply finds merge keys (docs/kubectl-protocol.md §4.3)', () => {
    const core = doc('api/v1');
    const ports = schemaOf(core, 'io.k8s.api.core.v1.ServiceSpec').properties.ports;
    expect(ports).toMatchObject({
      type: 'array',
      'x-kubernetes-list-type': 'map',
      'x-kubernetes-list-map-keys': ['port', 'protocol'],
      'x-kubernetes-patch-merge-key': 'port',
      'x-kubernetes-patch-strategy': 'merge',
    });
    expect(
      schemaOf(core, 'io.k8s.api.core.v1.ServiceSpec').properties.selector['x-kubernetes-map-type'],
    ).toBe('atomic');
    const podSpec = schemaOf(core, 'io.k8s.api.core.v1.PodSpec').properties;
    expect(podSpec.containers).toMatchObject({
      'x-kubernetes-patch-merge-key': 'name',
      'x-kubernetes-list-map-keys': ['name'],
    });
    expect(podSpec.volumes['x-kubernetes-patch-strategy']).toBe('merge,retainKeys');
    expect(schemaOf(core, 'io.k8s.api.core.v1.Container').properties.ports).toMatchObject({
      'x-kubernetes-patch-merge-key': 'containerPort',
      'x-kubernetes-list-map-keys': ['containerPort', 'protocol'],
    });
    expect(
      schemaOf(core, 'io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta').properties.ownerReferences[
        'x-kubernetes-patch-merge-key'
      ],
    ).toBe('uid');

    const apps = doc('apis/apps/v1');
    expect(
      schemaOf(apps, 'io.k8s.api.apps.v1.DeploymentSpec').properties.strategy[
        'x-kubernetes-patch-strategy'
      ],
    ).toBe('retainKeys');
    expect(
      schemaOf(apps, 'io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector')['x-kubernetes-map-type'],
    ).toBe('atomic');
    const scale = apps.paths['/apis/apps/v1/namespaces/{namespace}/deployments/{name}/scale'];
    expect(scale.patch['x-kubernetes-group-version-kind']).toEqual({
      group: 'autoscaling',
      version: 'v1',
      kind: 'Scale',
    });

    const net = doc('apis/networking.k8s.io/v1');
    const npSpec = schemaOf(net, 'io.k8s.api.networking.v1.NetworkPolicySpec').properties;
    expect(npSpec.ingress['x-kubernetes-list-type']).toBe('atomic');
    expect(npSpec.ingress).not.toHaveProperty('x-kubernetes-patch-merge-key');
  });

  it('supports the kubectl explain walk: service.spec.ports → ServicePort fields with docs', () => {
    const core = doc('api/v1');
    const [svcName] = Object.entries(core.components.schemas as S).find(([, s]) =>
      (s['x-kubernetes-group-version-kind'] ?? []).some((g: S) => g.kind === 'Service'),
    ) as [string, S];
    expect(svcName).toBe('io.k8s.api.core.v1.Service');
    const spec = schemaOf(core, svcName).properties.spec;
    expect(refName(spec)).toBe('io.k8s.api.core.v1.ServiceSpec');
    const ports = schemaOf(core, refName(spec)).properties.ports;
    expect(ports.description).toContain('The list of ports that are exposed by this service');
    const servicePort = schemaOf(core, refName(ports.items));
    expect(servicePort.required).toEqual(['port']);
    expect(servicePort.properties.protocol).toMatchObject({
      type: 'string',
      enum: ['SCTP', 'TCP', 'UDP'],
      default: 'TCP',
    });
    expect(servicePort.properties.targetPort.allOf[0].$ref).toBe(
      '#/components/schemas/io.k8s.apimachinery.pkg.util.intstr.IntOrString',
    );
    expect(schemaOf(core, 'io.k8s.apimachinery.pkg.util.intstr.IntOrString')).toMatchObject({
      type: 'string',
      format: 'int-or-string',
    });
    expect(Object.keys(schemaOf(core, svcName).properties)).toEqual([
      'apiVersion',
      'kind',
      'metadata',
      'spec',
      'status',
    ]);
  });

  it('serves list, create, get, replace, delete and all-namespaces list operations per kind', () => {
    const core = doc('api/v1');
    const coll = core.paths['/api/v1/namespaces/{namespace}/services'];
    expect(Object.keys(coll).sort()).toEqual(['delete', 'get', 'parameters', 'post']);
    expect(coll.get.operationId).toBe('listNamespacedService');
    const item = core.paths['/api/v1/namespaces/{namespace}/services/{name}'];
    expect(Object.keys(item).sort()).toEqual(['delete', 'get', 'parameters', 'patch', 'put']);
    expect(item.patch.operationId).toBe('patchNamespacedService');
    expect(core.paths['/api/v1/services'].get.operationId).toBe('listServiceForAllNamespaces');
    expect(core.paths['/api/v1/nodes/{name}'].get.operationId).toBe('readNode');
    expect(
      schemaOf(core, 'io.k8s.api.core.v1.ServiceList')['x-kubernetes-group-version-kind'],
    ).toEqual([{ group: '', version: 'v1', kind: 'ServiceList' }]);
  });
});
