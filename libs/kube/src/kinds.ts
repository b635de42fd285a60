/**
 * The kinds the sandbox stores, with the discovery facts upstream publishes for them
 * (group/version, plural resource name, scope, short names, the `all` category).
 */
export interface KindInfo {
  kind: string;
  group: string; // '' for the core group
  version: string;
  apiVersion: string;
  resource: string; // plural, as in URLs: "services"
  singular: string;
  namespaced: boolean;
  shortNames: string[];
  categories: string[];
  /** Derived by a controller in the sandbox: users cannot write it (405 MethodNotAllowed). */
  readOnly?: boolean;
}

const kind = (
  k: string,
  group: string,
  resource: string,
  namespaced: boolean,
  shortNames: string[] = [],
  categories: string[] = [],
  readOnly = false,
): KindInfo => ({
  kind: k,
  group,
  version: 'v1',
  apiVersion: group ? `${group}/v1` : 'v1',
  resource,
  singular: k.toLowerCase(),
  namespaced,
  shortNames,
  categories,
  readOnly,
});

/** In discovery order: `kubectl get all` expands pods, services, deployments, replicasets. */
export const KINDS: readonly KindInfo[] = [
  kind('Pod', '', 'pods', true, ['po'], ['all']),
  kind('Service', '', 'services', true, ['svc'], ['all']),
  kind('Namespace', '', 'namespaces', false, ['ns']),
  kind('Node', '', 'nodes', false, ['no']),
  kind('Secret', '', 'secrets', true),
  kind('Endpoints', '', 'endpoints', true, ['ep'], [], true),
  kind('Event', '', 'events', true, ['ev']),
  kind('Deployment', 'apps', 'deployments', true, ['deploy'], ['all']),
  kind('ReplicaSet', 'apps', 'replicasets', true, ['rs'], ['all']),
  kind('EndpointSlice', 'discovery.k8s.io', 'endpointslices', true),
  kind('NetworkPolicy', 'networking.k8s.io', 'networkpolicies', true, ['netpol']),
  kind('Ingress', 'networking.k8s.io', 'ingresses', true, ['ing']),
  kind('IngressClass', 'networking.k8s.io', 'ingressclasses', false),
];

const byKind = new Map(KINDS.map((k) => [k.kind.toLowerCase(), k]));
const byResource = new Map<string, KindInfo>();
for (const k of KINDS) {
  for (const alias of [k.resource, k.singular, ...k.shortNames]) byResource.set(alias, k);
}

/** Looks a kind up by its Kind ("Service"), plural ("services"), singular or short name ("svc"). */
export function findKind(nameOrAlias: string): KindInfo | undefined {
  const key = nameOrAlias.toLowerCase();
  return byKind.get(key) ?? byResource.get(key);
}

/** Kinds a user may write through apply (everything but the derived ones). */
export const WRITABLE_KINDS = KINDS.filter((k) => !k.readOnly).map((k) => k.kind);
