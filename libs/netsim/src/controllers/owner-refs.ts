import type { KubeObject } from '@app/kube';

/** The revision annotation the Deployment controller keeps on Deployments and ReplicaSets. */
export const REVISION = 'deployment.kubernetes.io/revision';

/** The uid of the object's controller (the ownerReference with controller: true). */
export const controllerUid = (obj: KubeObject): string | undefined =>
  obj.metadata.ownerReferences?.find((r) => r.controller)?.uid;
