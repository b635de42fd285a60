/**
 * Routing of the Kubernetes API paths kubectl requests below a cluster's facade prefix
 * (`/v1/clusters/{id}/k8s`), after the API server's request-info resolution
 * (k8s.io/apiserver pkg/endpoints/request/requestinfo.go). Pure: path in, route out.
 */
import { KINDS, type KindInfo } from '@app/kube';

export type FacadeRoute =
  | { type: 'version' }
  | { type: 'discovery'; scope: 'api' | 'apis' }
  | { type: 'apiGroup'; group: string }
  | { type: 'resourceList'; groupVersion: string }
  | { type: 'openapiV2' }
  | { type: 'openapiV3Index' }
  | { type: 'openapiV3'; groupVersion: string }
  | {
      type: 'resource';
      info: KindInfo;
      /** Undefined for cluster-scoped kinds and for lists across all namespaces. */
      namespace?: string;
      name?: string;
      subresource?: string;
    }
  | { type: 'notFound' };

const byGroupResource = new Map(KINDS.map((k) => [`${k.group}/${k.version}/${k.resource}`, k]));
const GROUP_VERSIONS = new Set(KINDS.map((k) => (k.group ? `${k.group}/${k.version}` : k.version)));
const GROUPS = new Set(KINDS.map((k) => k.group).filter(Boolean));

/**
 * Resolves `path` (the part after the prefix, with or without a leading slash):
 * - `version`, `api`, `apis`, `apis/<group>`, `api/v1`, `apis/<group>/<version>`;
 * - `openapi/v2` (and `swagger-2.0.0.pb-v1`), `openapi/v3`, `openapi/v3/<api/v1|apis/g/v>`;
 * - resources: `<gv>/[namespaces/<ns>/]<resource>[/<name>[/<subresource>]]`, where
 *   `api/v1/namespaces/<name>[/<sub>]` is the Namespace itself (its `status`/`finalize`
 *   subresources) and a namespaced path to a cluster-scoped kind is not found;
 * - anything else (unknown group version or resource, extra segments) is `notFound`.
 */
export function resolveFacadeRoute(path: string): FacadeRoute {
  const parts = path
    .split('/')
    .filter((p) => p !== '')
    .map(decodeSegment);
  const notFound: FacadeRoute = { type: 'notFound' };
  const [head, ...rest] = parts;
  if (head === 'version' && rest.length === 0) return { type: 'version' };
  if (head === 'swagger-2.0.0.pb-v1' && rest.length === 0) return { type: 'openapiV2' };
  if (head === 'openapi') {
    if (rest.length === 1 && rest[0] === 'v2') return { type: 'openapiV2' };
    if (rest[0] === 'v3') {
      if (rest.length === 1) return { type: 'openapiV3Index' };
      const gv = rest.slice(1).join('/');
      return { type: 'openapiV3', groupVersion: gv };
    }
    return notFound;
  }
  let group: string;
  let version: string;
  let tail: string[];
  if (head === 'api') {
    if (rest.length === 0) return { type: 'discovery', scope: 'api' };
    group = '';
    version = rest[0];
    tail = rest.slice(1);
  } else if (head === 'apis') {
    if (rest.length === 0) return { type: 'discovery', scope: 'apis' };
    if (rest.length === 1)
      return GROUPS.has(rest[0]) ? { type: 'apiGroup', group: rest[0] } : notFound;
    group = rest[0];
    version = rest[1];
    tail = rest.slice(2);
  } else {
    return notFound;
  }
  const groupVersion = group ? `${group}/${version}` : version;
  if (!GROUP_VERSIONS.has(groupVersion)) return notFound;
  if (tail.length === 0) return { type: 'resourceList', groupVersion };
  const lookup = (resource: string) => byGroupResource.get(`${group}/${version}/${resource}`);

  if (tail[0] === 'namespaces' && tail.length >= 3) {
    const namespacedKind = lookup(tail[2]);
    const isNamespaceSub = group === '' && !namespacedKind && tail.length === 3;
    if (!isNamespaceSub) {
      if (!namespacedKind || !namespacedKind.namespaced || tail.length > 5) return notFound;
      return {
        type: 'resource',
        info: namespacedKind,
        namespace: tail[1],
        ...(tail[3] !== undefined ? { name: tail[3] } : {}),
        ...(tail[4] !== undefined ? { subresource: tail[4] } : {}),
      };
    }
  }
  const info = lookup(tail[0]);
  if (!info || tail.length > 3) return notFound;
  return {
    type: 'resource',
    info,
    ...(tail[1] !== undefined ? { name: tail[1] } : {}),
    ...(tail[2] !== undefined ? { subresource: tail[2] } : {}),
  };
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
