/**
 * What a real cluster keeps outside its API objects and the sandbox keeps beside them: the
 * cluster clock's offset from the wall clock (stepped by `POST /v1/clusters/{id}/clock`) and
 * host-local IPAM's `last_reserved_ip` per node (plugins/ipam/host-local/backend/disk, one file
 * per network on each node). Stored with the cluster, read and written by admission.
 */
export interface ClusterRuntime {
  /** Seconds the cluster clock runs ahead of the wall clock. */
  clockOffsetSeconds?: number;
  /** node name → the last pod address host-local handed out on it. */
  lastReservedPodIP?: Record<string, string>;
}

/** Largest clock step one request may take: a year, so a deadline never overflows a Date. */
export const MAX_CLOCK_STEP_SECONDS = 366 * 24 * 3600;

/** The cluster's time: the wall clock plus the runtime's offset. */
export const clusterTime = (runtime: ClusterRuntime | undefined, wall: Date): Date =>
  new Date(wall.getTime() + (runtime?.clockOffsetSeconds ?? 0) * 1000);

/** Runtimes equal field by field (undefined and empty mean the same). */
export function sameRuntime(a: ClusterRuntime | undefined, b: ClusterRuntime | undefined): boolean {
  const offset = (r: ClusterRuntime | undefined) => r?.clockOffsetSeconds ?? 0;
  const ips = (r: ClusterRuntime | undefined) => {
    const m = r?.lastReservedPodIP ?? {};
    return Object.keys(m)
      .sort()
      .map((k) => `${k}=${m[k]}`)
      .join(',');
  };
  return offset(a) === offset(b) && ips(a) === ips(b);
}
