/**
 * A facade request as the API server's authorizer sees it (k8s.io/apiserver
 * pkg/endpoints/request/requestinfo.go: the verb of each method, resource, subresource, API group,
 * namespace, name), so a refused write is worded the way a real cluster words it.
 */
import type { RefusedOperation } from '@app/store';
import type { FacadeRoute } from './facade-route';

const VERBS: Record<string, string> = {
  POST: 'create',
  PUT: 'update',
  PATCH: 'patch',
  DELETE: 'delete',
};

export function operationOf(
  route: Extract<FacadeRoute, { type: 'resource' }>,
  req: { method: string },
): RefusedOperation {
  return {
    kubernetes: {
      verb: VERBS[req.method] ?? req.method.toLowerCase(),
      resource: route.info.resource,
      group: route.info.group,
      subresource: route.subresource,
      namespace: route.info.namespaced ? route.namespace : undefined,
      // A create names no object in its URL, so the refusal names none either.
      name: req.method === 'POST' ? undefined : route.name,
    },
  };
}
