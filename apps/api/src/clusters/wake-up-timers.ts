/**
 * One timer per cluster at the next moment its clock has something to do (a grace period ending,
 * a rollout step waiting): the cluster clock "advances by itself" without polling, and an idle
 * cluster holds no timer. Any replica that saw the state may fire; a second tick finds nothing
 * due and writes nothing.
 */
const MAX_DELAY_MS = 60 * 60 * 1000;
/** After a tick that left something overdue (it could not progress), wait before trying again. */
const RETRY_MS = 1000;

export class WakeUpTimers {
  private readonly timers = new Map<string, { at: number; timer: NodeJS.Timeout }>();
  private stopped = false;

  constructor(
    private readonly fire: (clusterId: string) => Promise<void>,
    private readonly wallNow: () => number = () => Date.now(),
  ) {}

  /**
   * Sets the cluster's timer to `atWallMs` (undefined: nothing waits, the timer goes); a time
   * in the past fires on the next turn of the event loop, unless `overdueRetry` says the last
   * tick could not make progress (then in RETRY_MS).
   */
  schedule(clusterId: string, atWallMs: number | undefined, overdueRetry = false): void {
    if (this.stopped) return;
    const current = this.timers.get(clusterId);
    if (atWallMs === undefined) {
      if (current) clearTimeout(current.timer);
      this.timers.delete(clusterId);
      return;
    }
    const now = this.wallNow();
    const at = overdueRetry && atWallMs <= now ? now + RETRY_MS : atWallMs;
    if (current && current.at === at) return;
    if (current) clearTimeout(current.timer);
    const timer = setTimeout(
      () => {
        this.timers.delete(clusterId);
        void this.fire(clusterId);
      },
      Math.min(MAX_DELAY_MS, Math.max(0, at - now)),
    );
    timer.unref();
    this.timers.set(clusterId, { at, timer });
  }

  /** Clusters with a pending timer (for /metrics and tests). */
  get size(): number {
    return this.timers.size;
  }

  stop(): void {
    this.stopped = true;
    for (const { timer } of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }
}
