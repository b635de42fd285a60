import type { KubeObject } from '@app/kube';
import type { ClusterConfig } from './cluster-config';
import type { ClusterRuntime } from './runtime';

/**
 * Everything the simulation knows about one cluster at one revision.
 * `objects` are in creation order (oldest first): "created before" questions
 * (service environment variables) compare positions in this list.
 */
export interface ClusterSnapshot {
  config: ClusterConfig;
  revision: number;
  objects: readonly KubeObject[];
  /** The clock offset and node-local IPAM state (absent: a fresh cluster's). */
  runtime?: ClusterRuntime;
}
