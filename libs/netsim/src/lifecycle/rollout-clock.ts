import type { KubeObject } from '@app/kube';

/** Cluster times (ms) at which a rollout waits for something; filled in with rollouts in steps. */
export function rolloutWakeUps(_objects: readonly KubeObject[]): number[] {
  return [];
}
