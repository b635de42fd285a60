/**
 * Shapes the facade serves beside the stored objects: `<Kind>List`s, core/v1 Events from the
 * cluster's event log, the autoscaling/v1 Scale of a Deployment and delete answers
 * (k8s.io/apiserver pkg/endpoints/handlers rest.go, pkg/registry/rest/delete.go).
 */
import {
  KINDS,
  selectorString,
  KubeError,
  KubeErrorCode,
  type Deployment,
  type Event,
  type KindInfo,
  type KubeObject,
} from '@app/kube';

/** One entry of the cluster's event log (EventsService's view). */
export interface LoggedEvent {
  id: number;
  type: string;
  reason: string;
  message: string;
  involvedObject: { kind: string; namespace: string; name: string; uid?: string };
  source: string;
  revision: number;
  time: string;
}

const apiVersionOfKind = new Map(KINDS.map((k) => [k.kind, k.apiVersion]));

/** RFC 3339 without fractional seconds, as metav1.Time serialises. */
const rfc3339 = (iso: string): string => iso.replace(/\.\d+Z$/, 'Z');

/**
 * A logged event as the core/v1 Event `kubectl get events` and `describe` read: name
 * `<object>.<16 hex digits>` (upstream appends a hex timestamp), namespace of the involved object
 * (`default` for cluster-scoped ones, as kubelet events on nodes), count 1, first = last time,
 * resourceVersion = the revision that logged it, source.component = the reporting component.
 */
export function eventObject(e: LoggedEvent): Event {
  const time = rfc3339(e.time);
  const hex = e.id.toString(16).padStart(12, '0');
  return {
    apiVersion: 'v1',
    kind: 'Event',
    metadata: {
      name: `${e.involvedObject.name}.${e.id.toString(16).padStart(16, '0')}`,
      namespace: e.involvedObject.namespace || 'default',
      uid: `00000000-0000-4000-8000-${hex}`,
      resourceVersion: String(e.revision),
      creationTimestamp: time,
    },
    involvedObject: {
      kind: e.involvedObject.kind,
      namespace: e.involvedObject.namespace || undefined,
      name: e.involvedObject.name,
      ...(e.involvedObject.uid ? { uid: e.involvedObject.uid } : {}),
      apiVersion: apiVersionOfKind.get(e.involvedObject.kind) ?? 'v1',
    },
    reason: e.reason,
    message: e.message,
    type: e.type === 'Warning' ? 'Warning' : 'Normal',
    source: { component: e.source },
    count: 1,
    firstTimestamp: time,
    lastTimestamp: time,
    reportingComponent: e.source,
  } as Event;
}

/** `<Kind>List` with the list's resourceVersion (the cluster revision), items in list order. */
export function listOf(info: KindInfo, items: KubeObject[], revision: number) {
  return {
    kind: `${info.kind}List`,
    apiVersion: info.apiVersion,
    metadata: { resourceVersion: String(revision) },
    items,
  };
}

/** etcd key order, the order the API server lists in: namespace, then name. */
export function inListOrder(items: readonly KubeObject[]): KubeObject[] {
  const key = (o: KubeObject) => `${o.metadata.namespace ?? ''}/${o.metadata.name ?? ''}`;
  return [...items].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

export interface Scale {
  kind: 'Scale';
  apiVersion: 'autoscaling/v1';
  metadata: Record<string, unknown>;
  spec: { replicas?: number };
  status: { replicas: number; selector?: string };
}

/**
 * The autoscaling/v1 Scale of a Deployment (pkg/registry/apps/deployment/storage scaleFromDeployment):
 * spec.replicas from the Deployment's spec (default 1), status.replicas from its status, selector
 * as a label-selector string.
 */
export function scaleOf(d: Deployment): Scale {
  return {
    kind: 'Scale',
    apiVersion: 'autoscaling/v1',
    metadata: {
      name: d.metadata.name,
      namespace: d.metadata.namespace,
      uid: d.metadata.uid,
      resourceVersion: d.metadata.resourceVersion,
      creationTimestamp: d.metadata.creationTimestamp,
    },
    spec: { replicas: d.spec?.replicas ?? 1 },
    status: {
      replicas: d.status?.replicas ?? 0,
      selector: selectorString(d.spec?.selector),
    },
  };
}

/** The replica count a client sent in a Scale; Invalid for a missing or negative value. */
export function replicasOfScale(scale: unknown, name: string): number {
  const replicas = (scale as Scale | undefined)?.spec?.replicas;
  if (typeof replicas !== 'number' || !Number.isInteger(replicas) || replicas < 0) {
    throw new KubeError(
      KubeErrorCode.Invalid,
      `Scale.autoscaling "${name}" is invalid: spec.replicas: Invalid value: ${JSON.stringify(replicas ?? null)}: must be greater than or equal to 0`,
      [
        {
          reason: 'FieldValueInvalid',
          field: 'spec.replicas',
          message: `Invalid value: ${JSON.stringify(replicas ?? null)}: must be greater than or equal to 0`,
        },
      ],
      { kind: 'Scale', name, group: 'autoscaling' },
    );
  }
  return replicas;
}

/**
 * What DELETE answers (registry Store.finalizeDelete): the object for kinds whose storage sets
 * ReturnDeletedObject or deletes gracefully (the definition's returnsDeletedObject: Pods,
 * Services, Namespaces), otherwise a Success Status naming the object.
 */
export function deleteAnswer(info: KindInfo, obj: KubeObject): Record<string, unknown> {
  if (info.returnsDeletedObject) {
    return obj as unknown as Record<string, unknown>;
  }
  return {
    kind: 'Status',
    apiVersion: 'v1',
    metadata: {},
    status: 'Success',
    details: {
      name: obj.metadata.name,
      ...(info.group ? { group: info.group } : {}),
      kind: info.resource,
      uid: obj.metadata.uid,
    },
  };
}
