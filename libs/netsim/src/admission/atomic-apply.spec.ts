/**
 * Multi-document applies are atomic (docs/architecture.md "Flow of a write"), with the API server's refusals:
 * NotFound namespace, AlreadyExists on create, Conflict on a stale resourceVersion, Forbidden for
 * the system namespaces (pkg/registry/core/namespace), and namespace deletion cascading.
 */
import { KubeError, type Service } from '@app/kube';
import { deployment, pod, service, testCluster } from './admission.fixtures';
import { admit } from './admit';

const code = (fn: () => unknown): string | undefined => {
  try {
    fn();
  } catch (e) {
    return e instanceof KubeError ? `${e.code}: ${e.message}` : String(e);
  }
  return undefined;
};

describe('all or nothing', () => {
  it('a failing op refuses the whole request and leaves the snapshot as it was', () => {
    const c = testCluster();
    const before = c.snapshot;
    expect(
      code(() =>
        c.apply(
          service('ok'),
          deployment('web', 2),
          service('bad', { type: 'NodePort', ports: [{ port: 80, nodePort: 80 }] }),
        ),
      ),
    ).toMatch(/^Invalid: Service "bad" is invalid: spec.ports\[0\].nodePort/);
    expect(c.snapshot).toBe(before);
    // the refused request allocated nothing: the next Service still gets the first address
    c.apply(service('after'));
    expect(c.get<Service>('Service', 'default', 'after')!.spec.clusterIP).toBe('10.96.1.1');
  });

  it('admit never mutates the snapshot it is given', () => {
    const c = testCluster();
    const frozen = JSON.stringify(c.snapshot);
    admit(
      c.snapshot,
      [
        { op: 'apply', object: deployment('web', 3) },
        { op: 'apply', object: service('web') },
      ],
      c.ctx,
    );
    expect(JSON.stringify(c.snapshot)).toBe(frozen);
  });

  it('objects of one request are created in op order, after everything older; results follow the ops', () => {
    const c = testCluster();
    const result = c.apply(service('z'), pod('a'), service('m'));
    expect(result.results.map((r) => `${r.action} ${r.kind}/${r.name}`)).toEqual([
      'created Service/z',
      'created Pod/a',
      'created Service/m',
    ]);
    const mine = c.snapshot.objects
      .filter((o) => o.kind === 'Service' || o.kind === 'Pod')
      .slice(-3);
    expect(mine.map((o) => `${o.kind}/${o.metadata.name}`)).toEqual([
      'Service/z',
      'Pod/a',
      'Service/m',
    ]);
    // controller-made objects come after the request's own
    const kinds = c.snapshot.objects.map((o) => `${o.kind}/${o.metadata.name}`);
    const mSlice = kinds.findIndex((k) => k.startsWith('EndpointSlice/m-'));
    expect(mSlice).toBeGreaterThan(kinds.indexOf('Service/m'));
    for (const o of result.upserts)
      expect(o.metadata.resourceVersion).toBe(String(c.snapshot.revision));
  });

  it('a validation error from @app/kube refuses the request', () => {
    const c = testCluster();
    expect(code(() => c.apply(pod('ok'), service('Bad_Name')))).toMatch(
      /^Invalid: Service "Bad_Name" is invalid: metadata.name/,
    );
    expect(c.get('Pod', 'default', 'ok')).toBeUndefined();
  });
});

describe('namespaces', () => {
  it('objects need an existing namespace, which may come earlier in the same request', () => {
    const c = testCluster();
    expect(code(() => c.apply({ ...pod('a'), metadata: { name: 'a', namespace: 'team' } }))).toBe(
      'NotFound: namespaces "team" not found',
    );
    c.apply(
      { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'team' } },
      { ...pod('a'), metadata: { name: 'a', namespace: 'team' } },
    );
    expect(c.get('Namespace', '', 'team')?.metadata.labels).toEqual({
      'kubernetes.io/metadata.name': 'team',
    });
    expect(c.get('Pod', 'team', 'a')).toBeDefined();
  });

  it('deleting a namespace deletes what it holds; the system ones cannot be deleted', () => {
    const c = testCluster();
    c.apply(
      { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'team' } },
      { ...service('s'), metadata: { name: 's', namespace: 'team' } },
    );
    const result = c.run({ op: 'delete', key: { kind: 'Namespace', namespace: '', name: 'team' } });
    expect(result.deletes.map((k) => k.kind).sort()).toEqual([
      'EndpointSlice',
      'Endpoints',
      'Namespace',
      'Service',
    ]);
    expect(
      code(() =>
        c.run({ op: 'delete', key: { kind: 'Namespace', namespace: '', name: 'kube-system' } }),
      ),
    ).toBe('Forbidden: namespaces "kube-system" is forbidden: this namespace may not be deleted');
  });
});

describe('create, update and delete semantics', () => {
  it('create refuses an existing object, update a missing one or a stale resourceVersion, delete a missing one', () => {
    const c = testCluster();
    c.apply(service('web'));
    expect(code(() => c.run({ op: 'create', object: service('web') }))).toBe(
      'AlreadyExists: services "web" already exists',
    );
    expect(code(() => c.run({ op: 'update', object: service('nope') }))).toBe(
      'NotFound: services "nope" not found',
    );
    const stale = {
      ...service('web'),
      metadata: { name: 'web', namespace: 'default', resourceVersion: '1' },
    };
    expect(code(() => c.run({ op: 'update', object: stale }))).toBe(
      'Conflict: Operation cannot be fulfilled on services "web": the object has been modified; please apply your changes to the latest version and try again',
    );
    expect(
      code(() =>
        c.run({ op: 'delete', key: { kind: 'Pod', namespace: 'default', name: 'ghost' } }),
      ),
    ).toBe('NotFound: pods "ghost" not found');
  });

  it('a write that omits managedFields keeps the recorded field owners (API server rule)', () => {
    const c = testCluster();
    const owned = {
      manager: 'kubectl',
      operation: 'Apply',
      apiVersion: 'v1',
      fieldsType: 'FieldsV1',
      fieldsV1: { 'f:spec': {} },
    };
    const first = service('web');
    first.metadata.managedFields = [owned];
    c.apply(first);
    const replaced = service('web', { ports: [{ port: 81 }] });
    c.apply(replaced);
    const stored = c.get<Service>('Service', 'default', 'web')!;
    expect(stored.spec.ports?.[0].port).toBe(81);
    expect(stored.metadata.managedFields).toEqual([owned]);
  });

  it('Endpoints, which the sandbox derives, cannot be written; unknown kinds are refused', () => {
    const c = testCluster();
    expect(
      code(() => c.apply({ apiVersion: 'v1', kind: 'Endpoints', metadata: { name: 'ep' } })),
    ).toBe(
      'MethodNotAllowed: endpoints "ep" cannot be written in the sandbox: the sandbox derives Endpoints from EndpointSlices; apply an EndpointSlice labelled kubernetes.io/service-name=<service> instead',
    );
    expect(
      code(() =>
        c.apply({ apiVersion: 'example.com/v1', kind: 'Widget', metadata: { name: 'w' } }),
      ),
    ).toBe('BadRequest: no matches for kind "Widget" in version "example.com/v1"');
  });

  it('a configured object keeps its uid and creationTimestamp and gets the new resourceVersion', () => {
    const c = testCluster();
    c.apply(service('web'));
    const first = c.get<Service>('Service', 'default', 'web')!;
    const result = c.apply({
      ...service('web'),
      metadata: { name: 'web', namespace: 'default', labels: { v: '2' } },
    });
    expect(result.results[0].action).toBe('configured');
    const second = c.get<Service>('Service', 'default', 'web')!;
    expect(second.metadata.uid).toBe(first.metadata.uid);
    expect(second.metadata.resourceVersion).toBe(String(c.snapshot.revision));
    expect(result.events.filter((e) => e.reason === 'Updated')).toEqual([]);
  });

  it('generateName gets a deterministic suffix', () => {
    const c = testCluster();
    const result = c.apply({
      ...pod('x'),
      metadata: { generateName: 'job-', namespace: 'default' },
    });
    expect(result.results[0].name).toMatch(/^job-[bcdfghjklmnpqrstvwxz2456789]{5}$/);
  });
});
