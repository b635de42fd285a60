import { KINDS, type KubeObject, type ObjectKey } from '@app/kube';

const namespacedByKind = new Map(KINDS.map((k) => [k.kind, k.namespaced]));

/** True for kinds stored per namespace; unknown kinds count as namespaced (upstream's default for CRDs). */
export const isNamespacedKind = (kind: string): boolean => namespacedByKind.get(kind) ?? true;

/**
 * The key an object is stored under: namespace is '' for cluster-scoped kinds whatever the
 * object says, and 'default' for namespaced objects that carry none (kubectl's default).
 */
export function objectKeyOf(obj: KubeObject): ObjectKey {
  const namespaced = isNamespacedKind(obj.kind);
  return {
    kind: obj.kind,
    namespace: namespaced ? obj.metadata?.namespace || 'default' : '',
    name: obj.metadata?.name ?? '',
  };
}

/** "Kind/namespace/name", unique per object in a cluster; usable as a Map key. */
export const keyString = (key: ObjectKey): string => `${key.kind}/${key.namespace}/${key.name}`;
