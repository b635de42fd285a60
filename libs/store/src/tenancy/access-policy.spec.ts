import { KubeErrorCode } from '@app/kube';
import type { Principal, Role } from '../repositories/tenant.repository';
import {
  canManageApiKeys,
  canManageExercises,
  clusterAccess,
  clusterQuotaOf,
  forbiddenToChange,
  readableAttempts,
  readableClusters,
  type ClusterAccess,
} from './access-policy';

const TENANT = 't-1';
const principal = (role: Role, keyId = `${role}-key`): Principal => ({
  tenantId: TENANT,
  tenantName: 'school',
  keyId,
  keyName: `${role}-name`,
  role,
});

describe('access policy', () => {
  // owner of the cluster → expected access for [admin, instructor, learner] callers.
  const MATRIX: Array<[string, string | null, ClusterAccess, ClusterAccess, ClusterAccess]> = [
    ['its own', 'self', 'write', 'write', 'write'],
    ["another key's", 'someone-else', 'write', 'read', 'none'],
    ['an ownerless (admins’)', null, 'write', 'read', 'none'],
  ];

  it.each(MATRIX)('%s cluster', (_what, owner, admin, instructor, learner) => {
    const access = (role: Role) => {
      const p = principal(role);
      return clusterAccess(p, { tenantId: TENANT, ownerKeyId: owner === 'self' ? p.keyId : owner });
    };
    expect([access('admin'), access('instructor'), access('learner')]).toEqual([
      admin,
      instructor,
      learner,
    ]);
  });

  it("another tenant's cluster is invisible to every role, its admin's included", () => {
    for (const role of ['admin', 'instructor', 'learner'] as const) {
      const p = principal(role);
      expect(clusterAccess(p, { tenantId: 't-2', ownerKeyId: p.keyId })).toBe('none');
    }
  });

  it('list filters agree with clusterAccess', () => {
    expect(readableClusters(principal('learner'))).toEqual({
      tenantId: TENANT,
      ownerKeyId: 'learner-key',
    });
    expect(readableClusters(principal('instructor'))).toEqual({ tenantId: TENANT });
    expect(readableAttempts(principal('learner'))).toEqual({
      tenantId: TENANT,
      learnerKeyId: 'learner-key',
    });
    expect(readableAttempts(principal('admin'))).toEqual({ tenantId: TENANT });
  });

  it('quotas per key bind learners and instructors, not admins', () => {
    expect(clusterQuotaOf(principal('learner'), 10)).toBe(10);
    expect(clusterQuotaOf(principal('instructor'), 10)).toBe(10);
    expect(clusterQuotaOf(principal('admin'), 10)).toBeUndefined();
  });

  it('exercises are managed by instructors and admins, keys by admins', () => {
    expect(
      ['admin', 'instructor', 'learner'].map((r) => canManageExercises(principal(r as Role))),
    ).toEqual([true, true, false]);
    expect(
      ['admin', 'instructor', 'learner'].map((r) => canManageApiKeys(principal(r as Role))),
    ).toEqual([true, false, false]);
  });

  describe('forbiddenToChange', () => {
    const ines = { ...principal('instructor'), keyName: 'ines' };
    const REASON =
      ': an instructor key may read this cluster but change only the clusters it created';

    it('words a namespaced Kubernetes request like the API server (named, grouped, create without a name)', () => {
      const named = forbiddenToChange(
        ines,
        { name: 'lab' },
        {
          kubernetes: {
            verb: 'delete',
            resource: 'deployments',
            group: 'apps',
            namespace: 'default',
            name: 'web',
          },
        },
      );
      expect(named.code).toBe(KubeErrorCode.Forbidden);
      expect(named.message).toBe(
        'deployments.apps "web" is forbidden: User "ines" cannot delete resource "deployments" in API group "apps" in the namespace "default"' +
          REASON,
      );
      expect(named.subject).toEqual({ kind: 'deployments', group: 'apps', name: 'web' });
      const create = forbiddenToChange(
        ines,
        { name: 'lab' },
        {
          kubernetes: { verb: 'create', resource: 'pods', group: '', namespace: 'default' },
        },
      );
      expect(create.message).toBe(
        'pods is forbidden: User "ines" cannot create resource "pods" in API group "" in the namespace "default"' +
          REASON,
      );
    });

    it('names the subresource and the cluster scope', () => {
      const scale = forbiddenToChange(
        ines,
        { name: 'lab' },
        {
          kubernetes: {
            verb: 'update',
            resource: 'deployments',
            group: 'apps',
            subresource: 'scale',
            namespace: 'default',
            name: 'web',
          },
        },
      );
      expect(scale.message).toContain(
        'cannot update resource "deployments/scale" in API group "apps"',
      );
      const ns = forbiddenToChange(
        ines,
        { name: 'lab' },
        {
          kubernetes: { verb: 'delete', resource: 'namespaces', group: '', name: 'team' },
        },
      );
      expect(ns.message).toBe(
        'namespaces "team" is forbidden: User "ines" cannot delete resource "namespaces" in API group "" at the cluster scope' +
          REASON,
      );
    });

    it('words a REST or GraphQL change in sandbox terms', () => {
      expect(forbiddenToChange(ines, { name: 'lab' }, { verb: 'delete' }).message).toBe(
        'clusters "lab" is forbidden: User "ines" cannot delete this cluster' + REASON,
      );
    });
  });
});
