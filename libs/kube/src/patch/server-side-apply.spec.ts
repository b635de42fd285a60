import type { KubeObject } from '../objects/meta';
import { KubeErrorCode } from '../errors';
import {
  applyConflictError,
  recordUpdate,
  serverSideApply,
  type ManagedFieldsEntry,
} from './server-side-apply';

const T1 = '2025-01-01T00:00:00Z';
const T2 = '2025-01-01T00:05:00Z';

const svc = (
  spec: Record<string, unknown>,
  labels: Record<string, string> = { app: 'web' },
): KubeObject => ({
  apiVersion: 'v1',
  kind: 'Service',
  metadata: { name: 'web', namespace: 'default', labels },
  spec,
});

const entries = (o: KubeObject) => o.metadata.managedFields as ManagedFieldsEntry[];

describe('serverSideApply', () => {
  it('creates an absent object and records the applied fields in FieldsV1', () => {
    const { object, conflicts } = serverSideApply(
      undefined,
      svc({ selector: { app: 'web' }, ports: [{ port: 80, targetPort: 8080 }] }),
      'kubectl',
      false,
      { time: T1 },
    );
    expect(conflicts).toEqual([]);
    expect(object.spec).toEqual({
      selector: { app: 'web' },
      ports: [{ port: 80, targetPort: 8080 }],
    });
    expect(entries(object)).toEqual([
      {
        manager: 'kubectl',
        operation: 'Apply',
        apiVersion: 'v1',
        time: T1,
        fieldsType: 'FieldsV1',
        fieldsV1: {
          'f:metadata': { 'f:labels': { 'f:app': {} } },
          'f:spec': {
            'f:selector': {},
            'f:ports': {
              'k:{"port":80,"protocol":"TCP"}': { '.': {}, 'f:port': {}, 'f:targetPort': {} },
            },
          },
        },
      },
    ]);
  });

  describe('against an object written by client-side apply (E17b)', () => {
    const created = {
      ...svc({
        selector: { app: 'web' },
        ports: [{ port: 80, protocol: 'TCP', targetPort: 8080 }],
      }),
    };
    const live = recordUpdate(undefined, created, 'kubectl-client-side-apply', { time: T1 });
    const change = svc({ selector: { app: 'web' }, ports: [{ port: 80, targetPort: 9090 }] });

    it('reports the conflicting field in upstream form and leaves the object unchanged', () => {
      const { object, conflicts } = serverSideApply(live, change, 'kubectl', false, { time: T2 });
      expect(conflicts).toEqual([
        {
          manager: 'kubectl-client-side-apply',
          operation: 'Update',
          apiVersion: 'v1',
          field: '.spec.ports[port=80,protocol="TCP"].targetPort',
        },
      ]);
      expect(object).toEqual(live);
      const err = applyConflictError(conflicts);
      expect(err.code).toBe(KubeErrorCode.Conflict);
      expect(err.message).toBe(
        'Apply failed with 1 conflict: conflict with "kubectl-client-side-apply" using v1: .spec.ports[port=80,protocol="TCP"].targetPort',
      );
      expect(err.causes).toEqual([
        {
          reason: 'FieldManagerConflict',
          message: 'conflict with "kubectl-client-side-apply" using v1',
          field: '.spec.ports[port=80,protocol="TCP"].targetPort',
        },
      ]);
    });

    it('with force takes the field over; unchanged values stay shared', () => {
      const { object, conflicts } = serverSideApply(live, change, 'kubectl', true, { time: T2 });
      expect(conflicts).toHaveLength(1);
      expect((object.spec as { ports: unknown[] }).ports).toEqual([
        { port: 80, protocol: 'TCP', targetPort: 9090 },
      ]);
      const [csa, ssa] = entries(object);
      expect(csa.manager).toBe('kubectl-client-side-apply');
      const csaPort = (
        csa.fieldsV1['f:spec'] as Record<string, Record<string, Record<string, unknown>>>
      )['f:ports']['k:{"port":80,"protocol":"TCP"}'];
      expect(csaPort['f:targetPort']).toBeUndefined();
      expect(csaPort['f:protocol']).toEqual({});
      expect(ssa).toMatchObject({ manager: 'kubectl', operation: 'Apply', time: T2 });
    });

    it('applying identical values is not a conflict', () => {
      const same = svc({ selector: { app: 'web' }, ports: [{ port: 80, targetPort: 8080 }] });
      expect(serverSideApply(live, same, 'kubectl', false).conflicts).toEqual([]);
    });
  });

  it('removes fields the manager applied before and omits now, unless another manager owns them', () => {
    const first = serverSideApply(
      undefined,
      svc({ ports: [{ port: 80 }, { port: 81 }] }, { app: 'web', tier: 'fe' }),
      'kubectl',
      false,
    ).object;
    const second = serverSideApply(
      first,
      svc({ ports: [{ port: 80 }] }, { app: 'web' }),
      'kubectl',
      false,
    ).object;
    expect(second.metadata.labels).toEqual({ app: 'web' });
    expect((second.spec as { ports: unknown[] }).ports).toEqual([{ port: 80 }]);

    const labelled = recordUpdate(
      first,
      { ...first, metadata: { ...first.metadata, labels: { app: 'web', tier: 'fe', env: 'dev' } } },
      'kubectl-label',
    );
    // kubectl-label changed only env; tier still belongs to kubectl alone and is removed.
    const third = serverSideApply(
      labelled,
      svc({ ports: [{ port: 80 }, { port: 81 }] }, { app: 'web' }),
      'kubectl',
      false,
    ).object;
    expect(third.metadata.labels).toEqual({ app: 'web', env: 'dev' });
  });

  it('ignores status and server-set metadata in the applied config', () => {
    const applied = {
      ...svc({ ports: [{ port: 80 }] }),
      status: { loadBalancer: { ingress: [{ ip: '1.2.3.4' }] } },
    };
    const live = {
      ...svc({ ports: [{ port: 80 }], clusterIP: '10.96.0.10' }),
      status: { loadBalancer: {} },
    };
    const { object } = serverSideApply(live, applied, 'kubectl', false);
    expect(object.status).toEqual({ loadBalancer: {} });
    expect((object.spec as { clusterIP: string }).clusterIP).toBe('10.96.0.10');
    expect(JSON.stringify(entries(object))).not.toContain('f:status');
    expect(JSON.stringify(entries(object))).not.toContain('f:name');
  });

  it('merges kubectl-last-applied annotation applies without disturbing other owners', () => {
    const base = serverSideApply(
      undefined,
      svc({ ports: [{ port: 80 }] }),
      'kubectl',
      false,
    ).object;
    const annotated: KubeObject = {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: {
        name: 'web',
        namespace: 'default',
        annotations: { 'kubectl.kubernetes.io/last-applied-configuration': '{}\n' },
      },
    };
    const { object, conflicts } = serverSideApply(base, annotated, 'kubectl-last-applied', false);
    expect(conflicts).toEqual([]);
    expect(object.spec).toEqual(base.spec);
    expect(entries(object).map((e) => e.manager)).toEqual(['kubectl', 'kubectl-last-applied']);
  });
});

describe('recordUpdate', () => {
  it('gives changed fields to the writer and takes them from others', () => {
    const created = recordUpdate(undefined, svc({ type: 'ClusterIP' }), 'kubectl-create', {
      time: T1,
    });
    expect(entries(created)[0]).toMatchObject({
      manager: 'kubectl-create',
      operation: 'Update',
      time: T1,
    });
    const edited = recordUpdate(created, svc({ type: 'NodePort' }), 'kubectl-edit', { time: T2 });
    const [create, edit] = entries(edited);
    expect(create.fieldsV1).toEqual({ 'f:metadata': { 'f:labels': { 'f:app': {} } } });
    expect(edit.fieldsV1).toEqual({ 'f:spec': { 'f:type': {} } });
  });

  it('takes client-rewritten managedFields as the base (kubectl SSA migration)', () => {
    const created = recordUpdate(
      undefined,
      svc({ type: 'ClusterIP' }),
      'kubectl-client-side-apply',
    );
    const rewritten = {
      ...created,
      metadata: {
        ...created.metadata,
        managedFields: [{ ...entries(created)[0], manager: 'kubectl', operation: 'Apply' }],
      },
    };
    const out = recordUpdate(created, rewritten as KubeObject, 'kubectl');
    expect(entries(out).map((e) => `${e.manager}/${e.operation}`)).toEqual(['kubectl/Apply']);
  });
});
