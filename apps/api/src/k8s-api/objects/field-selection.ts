/**
 * Field selectors per kind, after the API server's field label conversion functions
 * (pkg/apis/core/v1/conversion.go AddFieldLabelConversionFuncForGVK…, pkg/registry/*\/strategy.go
 * GetAttrs): which fields each kind can be selected by and their values.
 */
import {
  KubeError,
  KubeErrorCode,
  matchesFieldSelector,
  parseFieldSelector,
  type FieldRequirement,
  type KubeObject,
} from '@app/kube';

type Getter = (obj: any) => string | undefined;

const META: Record<string, Getter> = {
  'metadata.name': (o) => o.metadata?.name,
  'metadata.namespace': (o) => o.metadata?.namespace,
};

const str = (v: unknown): string | undefined =>
  v === undefined || v === null ? undefined : String(v);

const BY_KIND: Record<string, Record<string, Getter>> = {
  Pod: {
    'spec.nodeName': (o) => o.spec?.nodeName,
    'spec.restartPolicy': (o) => o.spec?.restartPolicy,
    'spec.schedulerName': (o) => o.spec?.schedulerName,
    'spec.serviceAccountName': (o) => o.spec?.serviceAccountName,
    'spec.hostNetwork': (o) => String(Boolean(o.spec?.hostNetwork)),
    'status.phase': (o) => o.status?.phase,
    'status.podIP': (o) => o.status?.podIP,
    'status.nominatedNodeName': (o) => o.status?.nominatedNodeName,
  },
  Event: {
    'involvedObject.kind': (o) => o.involvedObject?.kind,
    'involvedObject.namespace': (o) => o.involvedObject?.namespace,
    'involvedObject.name': (o) => o.involvedObject?.name,
    'involvedObject.uid': (o) => o.involvedObject?.uid,
    'involvedObject.apiVersion': (o) => o.involvedObject?.apiVersion,
    'involvedObject.resourceVersion': (o) => o.involvedObject?.resourceVersion,
    'involvedObject.fieldPath': (o) => o.involvedObject?.fieldPath,
    reason: (o) => o.reason,
    reportingComponent: (o) => o.reportingComponent,
    source: (o) => o.source?.component,
    type: (o) => o.type,
  },
  Namespace: { 'status.phase': (o) => o.status?.phase },
  Node: { 'spec.unschedulable': (o) => String(Boolean(o.spec?.unschedulable)) },
  Secret: { type: (o) => o.type },
  ReplicaSet: { 'status.replicas': (o) => str(o.status?.replicas) },
  Service: {
    'spec.clusterIP': (o) => o.spec?.clusterIP,
    'spec.type': (o) => o.spec?.type,
  },
};

/**
 * Parses `text` for `kind` and returns a predicate. Throws BadRequest
 * `field label not supported: <field>` (upstream's conversion-func wording) for a field the kind
 * cannot be selected by, and the parser's BadRequest for malformed text. Empty text selects
 * everything; a field the object lacks compares as "".
 */
export function fieldSelectorFor(
  kind: string,
  text: string | undefined,
): (obj: KubeObject) => boolean {
  const reqs: FieldRequirement[] = parseFieldSelector(text ?? '');
  if (reqs.length === 0) return () => true;
  const getters = { ...META, ...(BY_KIND[kind] ?? {}) };
  for (const r of reqs) {
    if (!getters[r.field]) {
      throw new KubeError(KubeErrorCode.BadRequest, `field label not supported: ${r.field}`);
    }
  }
  return (obj) => matchesFieldSelector(reqs, (field) => getters[field](obj));
}
