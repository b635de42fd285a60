/**
 * A small LRU of per-cluster values valid for exactly one revision. A stale entry (older
 * revision) is a miss, so two processes on one database never serve each other's old state.
 * `capacity` bounds the summed `weigh` of the entries (by default each weighs 1), so a cache of
 * snapshots can be bounded by the objects it holds rather than by how many clusters.
 */
export class SnapshotCache<T> {
  private readonly entries = new Map<string, { revision: number; value: T; weight: number }>();
  private total = 0;

  constructor(
    private readonly capacity: number,
    private readonly weigh: (value: T) => number = () => 1,
  ) {}

  get(id: string, revision: number): T | undefined {
    const entry = this.entries.get(id);
    if (!entry || entry.revision !== revision) return undefined;
    // Re-inserting moves it to the back: the LRU order.
    this.entries.delete(id);
    this.entries.set(id, entry);
    return entry.value;
  }

  /** The entry whatever its revision, without touching its recency. */
  peek(id: string): { revision: number; value: T } | undefined {
    return this.entries.get(id);
  }

  /** Keeps the newest revision seen: a slow writer cannot roll the cache back. */
  put(id: string, revision: number, value: T): void {
    const current = this.entries.get(id);
    if (current && current.revision > revision) return;
    this.delete(id);
    const weight = this.weigh(value);
    this.entries.set(id, { revision, value, weight });
    this.total += weight;
    // The newest entry stays even when it alone is over capacity: it is about to be used.
    while (this.total > this.capacity && this.entries.size > 1) {
      this.delete(this.entries.keys().next().value as string);
    }
  }

  delete(id: string): void {
    const entry = this.entries.get(id);
    if (!entry) return;
    this.total -= entry.weight;
    this.entries.delete(id);
  }
}
