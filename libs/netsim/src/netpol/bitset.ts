/**
 * Fixed-size sets of pod indexes packed 32 to a word. The policy engine keeps every selected-pod
 * and peer set in this form so the matrix is a handful of word-wide ORs and ANDs.
 */
export type Bitset = Uint32Array;

export const wordsFor = (size: number): number => (size + 31) >>> 5;

export const emptyBitset = (size: number): Bitset => new Uint32Array(wordsFor(size));

/** Every index in [0, size) set; the spare high bits of the last word stay clear. */
export function fullBitset(size: number): Bitset {
  const set = new Uint32Array(wordsFor(size)).fill(0xffffffff);
  const spare = size & 31;
  if (spare !== 0) set[set.length - 1] = (1 << spare) - 1;
  return set;
}

export const setBit = (set: Bitset, index: number): void => {
  set[index >>> 5] |= 1 << (index & 31);
};

export const hasBit = (set: Bitset, index: number): boolean =>
  (set[index >>> 5] & (1 << (index & 31))) !== 0;

/** target |= source */
export function orInto(target: Bitset, source: Bitset): void {
  for (let w = 0; w < target.length; w++) target[w] |= source[w];
}

/** target |= a & b */
export function orAndInto(target: Bitset, a: Bitset, b: Bitset): void {
  for (let w = 0; w < target.length; w++) target[w] |= a[w] & b[w];
}

/** a & b as a new set. */
export function and(a: Bitset, b: Bitset): Bitset {
  const out = new Uint32Array(a.length);
  for (let w = 0; w < a.length; w++) out[w] = a[w] & b[w];
  return out;
}

/** a & ~b as a new set. */
export function andNot(a: Bitset, b: Bitset): Bitset {
  const out = new Uint32Array(a.length);
  for (let w = 0; w < a.length; w++) out[w] = a[w] & ~b[w];
  return out;
}

export function isEmpty(set: Bitset): boolean {
  for (let w = 0; w < set.length; w++) if (set[w] !== 0) return false;
  return true;
}

/** Indexes of the set bits, ascending. */
export function members(set: Bitset): number[] {
  const out: number[] = [];
  for (let w = 0; w < set.length; w++) {
    let word = set[w];
    while (word !== 0) {
      const low = word & -word;
      out.push((w << 5) + 31 - Math.clz32(low));
      word ^= low;
    }
  }
  return out;
}
