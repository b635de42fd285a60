import type { KubeObject, ObjectKey } from '@app/kube';
import type { ClusterRuntime } from '../runtime';

/**
 * One requested change to a cluster. All ops of one request are admitted together and
 * either all succeed or none does.
 * - apply: create the object, or replace the stored one with it (the REST/GraphQL apply endpoint;
 *   server-filled fields such as clusterIP, nodePort, podIP, uid are kept when the input omits them).
 * - create: like apply but AlreadyExists when the object exists.
 * - update: like apply but NotFound when it does not exist, Conflict when a given
 *   metadata.resourceVersion is not the stored one.
 * - delete: remove the object (and, for Deployments, what they own); NotFound when absent.
 */
export type WriteOp =
  | { op: 'apply'; object: KubeObject }
  | { op: 'create'; object: KubeObject }
  | { op: 'update'; object: KubeObject }
  | { op: 'delete'; key: ObjectKey; options?: DeleteOptions };

/** The parts of metav1.DeleteOptions the sandbox honours. */
export interface DeleteOptions {
  /** Seconds before a Pod is gone; absent: its terminationGracePeriodSeconds; 0: at once. */
  gracePeriodSeconds?: number;
  /** Orphan: dependents lose their ownerReference instead of being deleted. */
  propagationPolicy?: 'Orphan' | 'Background' | 'Foreground';
}

export type WriteAction = 'created' | 'configured' | 'unchanged' | 'deleted';

export interface WriteResult {
  kind: string;
  namespace: string;
  name: string;
  action: WriteAction;
  /** The object as stored after the write (absent for deletes). */
  object?: KubeObject;
}

/** An event in the cluster's log, worded as `kubectl get events` shows it. */
export interface EventRecord {
  type: 'Normal' | 'Warning';
  reason: string;
  message: string;
  involvedObject: { kind: string; namespace: string; name: string; uid?: string };
  /** Reporting component, e.g. "endpointslice-controller", "deployment-controller", "ipallocator". */
  source: string;
}

export interface AdmissionResult {
  /** One per op, in request order. */
  results: WriteResult[];
  /** Objects created or changed, including those controllers derived (EndpointSlices, Pods…). */
  upserts: KubeObject[];
  /** Objects removed, including those garbage-collected. */
  deletes: ObjectKey[];
  events: EventRecord[];
  /** The new runtime when the write changed it (clock step, pod addresses handed out). */
  runtime?: ClusterRuntime;
}
