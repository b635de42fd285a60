import type { RandomSource } from './context';

/** 32-bit string hash (FNV-1a over UTF-16 code units) to turn a seed text into PRNG state. */
function hashSeed(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/**
 * A reproducible RandomSource (mulberry32, period 2^32) seeded from a text: the same seed gives
 * the same sequence, so the same requests build the same cluster while names still spread over
 * the whole generated-name space. Not for secrets.
 */
export function seededRandom(seed: string): RandomSource {
  let state = hashSeed(seed);
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
