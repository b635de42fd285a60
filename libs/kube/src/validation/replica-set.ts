/**
 * ReplicaSet validation, following pkg/apis/apps/validation/validation.go ValidateReplicaSet:
 * ValidateReplicaSetSpec shares the Deployment's rules for replicas, minReadySeconds, the
 * selector (required, non-empty — upstream's own message says "for deployment") and the Pod
 * template (matched by the selector, restartPolicy Always); a ReplicaSet has no strategy,
 * revisionHistoryLimit or progressDeadlineSeconds.
 */
import type { FieldCause } from '../errors';
import type { Deployment, ReplicaSet } from '../objects/apps';
import { validateDeployment } from './apps';

export function validateReplicaSet(rs: ReplicaSet): FieldCause[] {
  const spec = rs.spec;
  // The Deployment's checks with a Recreate strategy, which adds no strategy errors.
  const asDeployment = {
    ...rs,
    kind: 'Deployment',
    spec: spec && {
      replicas: spec.replicas,
      selector: spec.selector,
      template: spec.template,
      minReadySeconds: spec.minReadySeconds,
      strategy: { type: 'Recreate' },
    },
  } as unknown as Deployment;
  return validateDeployment(asDeployment);
}
