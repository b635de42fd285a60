import { KubeError, KubeErrorCode } from '../errors';
import { applyStrategicMergePatch as smp } from './strategic-merge-patch';

describe('applyStrategicMergePatch', () => {
  describe('Service spec.ports merge by port (client-side apply, transcript step 17)', () => {
    const live = {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: 'web-np', labels: { app: 'web' } },
      spec: {
        type: 'NodePort',
        selector: { app: 'web' },
        ports: [{ port: 80, targetPort: 8080, nodePort: 30080, protocol: 'TCP' }],
      },
    };
    const patch = {
      metadata: { labels: { tier: 'frontend' } },
      spec: {
        '$setElementOrder/ports': [{ port: 80 }, { port: 9090 }],
        ports: [
          { port: 80, targetPort: 8081 },
          { name: 'metrics', port: 9090, targetPort: 9090 },
        ],
      },
    };

    it('keeps the allocated nodePort of port 80, adds 9090, in setElementOrder order', () => {
      const out = smp<typeof live>(live, patch, 'Service');
      expect(out.spec.ports).toEqual([
        { port: 80, targetPort: 8081, nodePort: 30080, protocol: 'TCP' },
        { name: 'metrics', port: 9090, targetPort: 9090 },
      ]);
      expect(out.metadata.labels).toEqual({ app: 'web', tier: 'frontend' });
      expect(out.spec.selector).toEqual({ app: 'web' });
    });

    it('does not touch its inputs', () => {
      smp(live, patch, 'Service');
      expect(live.spec.ports).toHaveLength(1);
      expect(patch.spec['$setElementOrder/ports']).toHaveLength(2);
    });
  });

  it('merges containers by name (kubectl set image) and container ports by containerPort', () => {
    const live = {
      spec: {
        template: {
          spec: {
            containers: [
              { name: 'web', image: 'nginx:1.25', ports: [{ containerPort: 80, name: 'http' }] },
              { name: 'sidecar', image: 'busybox' },
            ],
          },
        },
      },
    };
    const out = smp<typeof live>(
      live,
      {
        spec: {
          template: {
            spec: {
              containers: [
                {
                  name: 'web',
                  image: 'nginx:1.27',
                  ports: [{ containerPort: 80, protocol: 'TCP' }],
                },
              ],
            },
          },
        },
      },
      'Deployment',
    );
    expect(out.spec.template.spec.containers).toEqual([
      {
        name: 'web',
        image: 'nginx:1.27',
        ports: [{ containerPort: 80, name: 'http', protocol: 'TCP' }],
      },
      { name: 'sidecar', image: 'busybox' },
    ]);
  });

  it('merges env by name and pod conditions by type', () => {
    const live = {
      spec: {
        containers: [
          {
            name: 'a',
            env: [
              { name: 'X', value: '1' },
              { name: 'Y', value: '2' },
            ],
          },
        ],
      },
      status: {
        conditions: [
          { type: 'Ready', status: 'True' },
          { type: 'PodScheduled', status: 'True' },
        ],
      },
    };
    const out = smp<typeof live>(
      live,
      {
        spec: { containers: [{ name: 'a', env: [{ name: 'Y', value: '3' }] }] },
        status: { conditions: [{ type: 'Ready', status: 'False' }] },
      },
      'Pod',
    );
    expect(out.spec.containers[0].env).toEqual([
      { name: 'X', value: '1' },
      { name: 'Y', value: '3' },
    ]);
    expect(out.status.conditions).toEqual([
      { type: 'Ready', status: 'False' },
      { type: 'PodScheduled', status: 'True' },
    ]);
  });

  it('$patch: delete removes a list element by merge key', () => {
    const live = { spec: { ports: [{ port: 80 }, { port: 443 }] } };
    const out = smp<typeof live>(
      live,
      { spec: { ports: [{ port: 80, $patch: 'delete' }] } },
      'Service',
    );
    expect(out.spec.ports).toEqual([{ port: 443 }]);
  });

  it('$patch: replace as a list element replaces the whole list', () => {
    const live = { spec: { ports: [{ port: 80, nodePort: 30080 }, { port: 443 }] } };
    const out = smp<typeof live>(
      live,
      { spec: { ports: [{ port: 8080 }, { $patch: 'replace' }] } },
      'Service',
    );
    expect(out.spec.ports).toEqual([{ port: 8080 }]);
  });

  it('$patch: replace on a map replaces the map; $patch: delete empties it', () => {
    const live = { metadata: { labels: { a: '1', b: '2' }, annotations: { x: 'y' } } };
    const out = smp<typeof live>(
      live,
      { metadata: { labels: { c: '3', $patch: 'replace' }, annotations: { $patch: 'delete' } } },
      'Service',
    );
    expect(out.metadata).toEqual({ labels: { c: '3' }, annotations: {} });
  });

  it('null deletes a key, at any depth', () => {
    const live = {
      metadata: { labels: { app: 'web', env: 'dev' } },
      spec: { sessionAffinity: 'ClientIP', type: 'ClusterIP' },
    };
    const out = smp(
      live,
      { metadata: { labels: { env: null } }, spec: { sessionAffinity: null } },
      'Service',
    );
    expect(out).toEqual({ metadata: { labels: { app: 'web' } }, spec: { type: 'ClusterIP' } });
  });

  it('replaces NetworkPolicy ingress rules whole (no merge key upstream)', () => {
    const live = {
      spec: {
        podSelector: { matchLabels: { app: 'db' } },
        ingress: [
          { from: [{ podSelector: { matchLabels: { app: 'api' } } }] },
          { ports: [{ port: 5432 }] },
        ],
      },
    };
    const out = smp<typeof live>(
      live,
      { spec: { ingress: [{ ports: [{ port: 5433 }] }] } },
      'NetworkPolicy',
    );
    expect(out.spec.ingress).toEqual([{ ports: [{ port: 5433 }] }]);
  });

  it('replaces Ingress rules whole', () => {
    const live = { spec: { rules: [{ host: 'a.example' }, { host: 'b.example' }] } };
    expect(
      smp<typeof live>(live, { spec: { rules: [{ host: 'c.example' }] } }, 'Ingress').spec.rules,
    ).toEqual([{ host: 'c.example' }]);
  });

  it('$setElementOrder: setElementOrder > patch order > live order (upstream mergeSortedSlice)', () => {
    const live = { spec: { containers: [{ name: 'a' }, { name: 'b' }, { name: 'c' }] } };
    const out = smp<typeof live>(
      live,
      {
        spec: {
          '$setElementOrder/containers': [{ name: 'c' }, { name: 'a' }],
          containers: [{ name: 'c', image: 'x' }],
        },
      },
      'Pod',
    );
    // b is server-only and sits before c in the live list, so it stays ahead of c.
    expect(out.spec.containers.map((c) => c.name)).toEqual(['b', 'c', 'a']);
  });

  it('without $setElementOrder the patch order leads; server-only items follow their live position', () => {
    const live = { spec: { containers: [{ name: 'a' }, { name: 'b' }] } };
    const out = smp<typeof live>(
      live,
      { spec: { containers: [{ name: 'z' }, { name: 'a', image: 'i' }] } },
      'Pod',
    );
    // z is not live so it cannot be compared and goes first; b (live #1) comes after a (live #0).
    expect(out.spec.containers).toEqual([{ name: 'z' }, { name: 'a', image: 'i' }, { name: 'b' }]);
  });

  it('primitive merge lists union by value; $deleteFromPrimitiveList removes', () => {
    const live = { metadata: { finalizers: ['a', 'b'] } };
    expect(smp(live, { metadata: { finalizers: ['c', 'a'] } }, 'Namespace')).toEqual({
      metadata: { finalizers: ['c', 'a', 'b'] },
    });
    expect(
      smp(live, { metadata: { '$deleteFromPrimitiveList/finalizers': ['a'] } }, 'Namespace'),
    ).toEqual({ metadata: { finalizers: ['b'] } });
  });

  it('$retainKeys clears Deployment strategy fields not listed (kubectl switching to Recreate)', () => {
    const live = {
      spec: {
        strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: 1, maxUnavailable: 0 } },
      },
    };
    const out = smp(
      live,
      { spec: { strategy: { $retainKeys: ['type'], type: 'Recreate' } } },
      'Deployment',
    );
    expect(out).toEqual({ spec: { strategy: { type: 'Recreate' } } });
  });

  it('merges ownerReferences by uid', () => {
    const live = {
      metadata: {
        ownerReferences: [{ uid: '1', name: 'a', kind: 'ReplicaSet', apiVersion: 'apps/v1' }],
      },
    };
    const out = smp<typeof live>(
      live,
      {
        metadata: {
          ownerReferences: [
            { uid: '1', controller: true },
            { uid: '2', name: 'b' },
          ],
        },
      },
      'Pod',
    );
    expect(out.metadata.ownerReferences).toEqual([
      { uid: '1', name: 'a', kind: 'ReplicaSet', apiVersion: 'apps/v1', controller: true },
      { uid: '2', name: 'b' },
    ]);
  });

  it('rejects a merge-list element without its merge key, as upstream', () => {
    let err: KubeError | undefined;
    try {
      smp(
        { spec: { ports: [{ port: 80 }] } },
        { spec: { ports: [{ targetPort: 81 }] } },
        'Service',
      );
    } catch (e) {
      err = e as KubeError;
    }
    expect(err?.code).toBe(KubeErrorCode.BadRequest);
    expect(err?.message).toBe('map: map[targetPort:81] does not contain declared merge key: port');
  });

  it('rejects a non-object patch and an unknown directive', () => {
    expect(() => smp({}, [1], 'Service')).toThrow(KubeError);
    expect(() => smp({ spec: {} }, { spec: { $patch: 'explode' } }, 'Service')).toThrow(
      'Unexpected patch type',
    );
  });
});
