/**
 * Who may do what inside a tenant: the one place the roles are interpreted. Every repository
 * method and every transport (REST, GraphQL, the kubectl facade) asks these functions; nothing
 * else looks at `principal.role`.
 *
 * - admin: everything in the tenant;
 * - instructor: reads every cluster and attempt of the tenant, manages exercises, changes only
 *   the clusters its key created;
 * - learner: sees and changes only the clusters its key created (its attempts' clusters are
 *   created with its key); anything else reads exactly as a cluster that does not exist.
 *
 * A cluster without an owner (created before owners existed, or whose key was deleted) belongs
 * to the tenant's admins.
 */
import { KubeError, KubeErrorCode } from '@app/kube';
import type { Principal } from '../repositories/tenant.repository';

/** What a principal may do with one cluster: nothing (reads as not found), read, or change. */
export type ClusterAccess = 'none' | 'read' | 'write';

export interface OwnedCluster {
  tenantId: string;
  ownerKeyId: string | null;
}

export function clusterAccess(principal: Principal, cluster: OwnedCluster): ClusterAccess {
  if (cluster.tenantId !== principal.tenantId) return 'none';
  const owns = cluster.ownerKeyId !== null && cluster.ownerKeyId === principal.keyId;
  switch (principal.role) {
    case 'admin':
      return 'write';
    case 'instructor':
      return owns ? 'write' : 'read';
    case 'learner':
      return owns ? 'write' : 'none';
  }
}

/**
 * The clusters `clusterAccess` lets the principal read, as a filter on the clusters table
 * (`tenantId`, and `ownerKeyId` for learners), so listing and counting agree with it.
 */
export function readableClusters(principal: Principal): {
  tenantId: string;
  ownerKeyId?: string;
} {
  return principal.role === 'learner'
    ? { tenantId: principal.tenantId, ownerKeyId: principal.keyId }
    : { tenantId: principal.tenantId };
}

/**
 * How many clusters the principal's own key may hold, or undefined when only the tenant's
 * quota applies (admin keys, which manage the whole tenant).
 */
export function clusterQuotaOf(
  principal: Principal,
  maxClustersPerPrincipal: number,
): number | undefined {
  return principal.role === 'admin' ? undefined : maxClustersPerPrincipal;
}

/** Instructors and admins see every attempt of the tenant; learners only their own. */
export function readableAttempts(principal: Principal): {
  tenantId: string;
  learnerKeyId?: string;
} {
  return principal.role === 'learner'
    ? { tenantId: principal.tenantId, learnerKeyId: principal.keyId }
    : { tenantId: principal.tenantId };
}

/** Writing exercises, and reading their sources (which hold the expected answers). */
export function canManageExercises(principal: Principal): boolean {
  return principal.role !== 'learner';
}

/** Managing the tenant's API keys. */
export function canManageApiKeys(principal: Principal): boolean {
  return principal.role === 'admin';
}

/**
 * The Kubernetes request being refused, as the API server's authorizer sees it
 * (k8s.io/apiserver authorizer.Attributes): verb, resource, API group, namespace, name.
 */
export interface KubernetesRequestAttributes {
  verb: string;
  resource: string;
  group: string;
  subresource?: string;
  namespace?: string;
  /** Empty for a create (the name is not part of the URL). */
  name?: string;
}

/** What was refused: a sandbox operation on the cluster, or a Kubernetes request through the facade. */
export type RefusedOperation =
  { verb: 'change' | 'delete' } | { kubernetes: KubernetesRequestAttributes };

/**
 * The 403 for a principal that may read the cluster but not change it. A Kubernetes request
 * gets the API server's own wording (responsewriters.ForbiddenStatusError wrapped by
 * apierrors.NewForbidden): `pods "web" is forbidden: User "k" cannot delete resource "pods" in
 * API group "" in the namespace "default"`, followed by the authorizer's reason.
 */
export function forbiddenToChange(
  principal: Principal,
  cluster: { name: string },
  operation: RefusedOperation = { verb: 'change' },
): KubeError {
  const article = /^[aeiou]/.test(principal.role) ? 'an' : 'a';
  const reason = `${article} ${principal.role} key may read this cluster but change only the clusters it created`;
  if (!('kubernetes' in operation)) {
    return new KubeError(
      KubeErrorCode.Forbidden,
      `clusters "${cluster.name}" is forbidden: User "${principal.keyName}" cannot ${operation.verb} this cluster: ${reason}`,
      [],
      { kind: 'clusters', name: cluster.name },
    );
  }
  const a = operation.kubernetes;
  const resource = a.subresource ? `${a.resource}/${a.subresource}` : a.resource;
  const scope = a.namespace ? `in the namespace "${a.namespace}"` : 'at the cluster scope';
  const denial = `User "${principal.keyName}" cannot ${a.verb} resource "${resource}" in API group "${a.group}" ${scope}`;
  const qualified = a.group ? `${a.resource}.${a.group}` : a.resource;
  const subject = a.name ? `${qualified} "${a.name}"` : qualified;
  return new KubeError(
    KubeErrorCode.Forbidden,
    `${subject} is forbidden: ${denial}: ${reason}`,
    [],
    {
      kind: a.resource,
      group: a.group || undefined,
      name: a.name || undefined,
    },
  );
}
