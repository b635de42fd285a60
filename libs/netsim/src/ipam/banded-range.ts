/**
 * KEP-3070 / KEP-3668 sub-range split, shared by the ClusterIP and NodePort allocators
 * (pkg/registry/core/service/ipallocator/bitmap.go and portallocator/allocator.go,
 * `calculateRangeOffset`): the lower `offset` values are preferred for static (requested)
 * allocation, dynamic allocation takes the upper band first and falls back to the lower one.
 * Upstream starts each band at a random position; the sandbox starts at the band's lowest value
 * so the same requests always get the same numbers.
 */
export function rangeOffset(size: number, min: number, max: number, step: number): number {
  if (size <= min) return 0;
  return Math.min(Math.max(min, Math.floor(size / step)), max);
}

/**
 * Deterministic dynamic allocation over the inclusive range [first, last]: the lowest free value
 * of [first + offset, last], else the lowest free value of [first, first + offset). Remembers where
 * the previous search stopped so a run of allocations stays linear; `release` rewinds that hint.
 */
export class BandedRange {
  private upperHint: number;
  private lowerHint: number;

  constructor(
    readonly first: number,
    readonly last: number,
    readonly offset: number,
  ) {
    this.upperHint = first + offset;
    this.lowerHint = first;
  }

  contains(value: number): boolean {
    return value >= this.first && value <= this.last;
  }

  /** The next free value, or undefined when the range is full. */
  next(isUsed: (value: number) => boolean): number | undefined {
    const split = this.first + this.offset;
    for (let v = Math.max(this.upperHint, split); v <= this.last; v++) {
      if (!isUsed(v)) return ((this.upperHint = v + 1), v);
    }
    this.upperHint = this.last + 1;
    for (let v = this.lowerHint; v < split; v++) {
      if (!isUsed(v)) return ((this.lowerHint = v + 1), v);
    }
    this.lowerHint = split;
    return undefined;
  }

  /** A value became free: later searches must look at it again. */
  release(value: number): void {
    if (!this.contains(value)) return;
    if (value >= this.first + this.offset) this.upperHint = Math.min(this.upperHint, value);
    else this.lowerHint = Math.min(this.lowerHint, value);
  }
}
