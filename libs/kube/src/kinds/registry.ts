/**
 * The registry of kinds: every kind the sandbox serves, in discovery order, and the look-ups the
 * rest of the code uses. Adding a kind = one definition in definitions/ plus its semantics
 * (docs/adding-a-kind.md).
 */
import type { PatchNode } from '../patch/patch-schema';
import { objectMetaPatch } from '../patch/patch-from-schema';
import { DEPLOYMENT, REPLICA_SET } from './definitions/apps';
import { ENDPOINTS, EVENT, NAMESPACE, NODE, POD, SECRET, SERVICE } from './definitions/core';
import { ENDPOINT_SLICE, INGRESS, INGRESS_CLASS, NETWORK_POLICY } from './definitions/networking';
import { GATEWAY, GATEWAY_CLASS, HTTP_ROUTE, REFERENCE_GRANT } from './definitions/gateway';
import type { KindInfo } from './kind-definition';

export type { KindDefinition, KindInfo, KindPrinter, Subresource } from './kind-definition';
export { defineKind, STANDARD_VERBS } from './kind-definition';

/** In discovery order: `kubectl get all` expands pods, services, deployments, replicasets. */
export const KINDS: readonly KindInfo[] = [
  POD,
  SERVICE,
  NAMESPACE,
  NODE,
  SECRET,
  ENDPOINTS,
  EVENT,
  DEPLOYMENT,
  REPLICA_SET,
  ENDPOINT_SLICE,
  NETWORK_POLICY,
  INGRESS,
  INGRESS_CLASS,
  GATEWAY_CLASS,
  GATEWAY,
  HTTP_ROUTE,
  REFERENCE_GRANT,
];

const byKind = new Map(KINDS.map((k) => [k.kind.toLowerCase(), k]));
const byExactKind = new Map(KINDS.map((k) => [k.kind, k]));
const byResource = new Map<string, KindInfo>();
for (const k of KINDS) {
  for (const alias of [k.resource, k.singular, ...k.shortNames]) byResource.set(alias, k);
}
const byGroupVersionKind = new Map(KINDS.map((k) => [`${k.apiVersion}/${k.kind}`, k]));

/** Looks a kind up by its Kind ("Service"), plural ("services"), singular or short name ("svc"). */
export function findKind(nameOrAlias: string): KindInfo | undefined {
  const key = nameOrAlias.toLowerCase();
  return byKind.get(key) ?? byResource.get(key);
}

/** The kind spelled exactly so ("Service", not "service" or "svc"); Map-backed, so "constructor" is not found. */
export function findKindExact(kind: string | undefined): KindInfo | undefined {
  return kind === undefined ? undefined : byExactKind.get(kind);
}

/** The kind an object's `apiVersion` and `kind` name, as the REST mapper resolves them. */
export function kindFor(apiVersion: unknown, kind: unknown): KindInfo | undefined {
  if (typeof apiVersion !== 'string' || typeof kind !== 'string') return undefined;
  return byGroupVersionKind.get(`${apiVersion}/${kind}`);
}

/** Kinds a user may write through apply (everything but the derived ones). */
export const WRITABLE_KINDS = KINDS.filter((k) => !k.readOnly).map((k) => k.kind);

/** Kind → its upstream schema name (the roots of the generated field catalog). */
export const KIND_SCHEMAS: Readonly<Record<string, string>> = Object.fromEntries(
  KINDS.map((k) => [k.kind, k.schema]),
);

/** The patch metadata of a kind; unknown kinds get object-meta metadata only. */
export function patchSchemaFor(kind: string | undefined): PatchNode {
  return findKindExact(kind)?.patch ?? { fields: { metadata: objectMetaPatch() } };
}
