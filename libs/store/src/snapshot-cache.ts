/**
 * A small LRU of per-cluster values valid for exactly one revision. A stale entry (older
 * revision) is a miss, so two processes on one database never serve each other's old state.
 */
export class SnapshotCache<T> {
  private readonly entries = new Map<string, { revision: number; value: T }>();

  constructor(private readonly capacity: number) {}

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
    this.entries.delete(id);
    this.entries.set(id, { revision, value });
    while (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
    }
  }

  delete(id: string): void {
    this.entries.delete(id);
  }
}
