/**
 * Deterministic stand-ins for upstream's random and hashed names:
 * - `podTemplateHash` follows pkg/controller/controller_utils.go ComputeHash: FNV-1a 32 over the
 *   template, printed in decimal and encoded with rand.SafeEncodeString (alphabet
 *   "bcdfghjklmnpqrstvwxz2456789", no vowels so no words). The hashed bytes are the template's
 *   canonical JSON instead of Go's spew dump, so values differ from a real cluster's but are stable.
 * - `nameSuffix` replaces names.SimpleNameGenerator's 5 random characters with a hash of a seed.
 */
const SAFE_ALPHABET = 'bcdfghjklmnpqrstvwxz2456789';

/** 32-bit FNV-1a over the UTF-16 code units of `text` (ASCII in practice). */
export function fnv32a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i) & 0xff;
    h = Math.imul(h, 0x01000193) >>> 0;
    const hi = text.charCodeAt(i) >>> 8;
    if (hi) {
      h ^= hi;
      h = Math.imul(h, 0x01000193) >>> 0;
    }
  }
  return h >>> 0;
}

/** rand.SafeEncodeString: each byte mapped into the safe alphabet. */
export const safeEncode = (text: string): string =>
  [...text].map((ch) => SAFE_ALPHABET[ch.charCodeAt(0) % SAFE_ALPHABET.length]).join('');

/** JSON with object keys sorted, so equal objects hash equally. */
export function canonicalJSON(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJSON).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    const keys = Object.keys(obj)
      .filter((k) => obj[k] !== undefined)
      .sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJSON(obj[k])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** The pod-template-hash label value for a template (and Deployment collisionCount). */
export const podTemplateHash = (template: unknown, collisionCount = 0): string =>
  safeEncode(
    String(fnv32a(canonicalJSON(template) + (collisionCount ? `#${collisionCount}` : ''))),
  );

/** Five safe-alphabet characters derived from `seed`. */
export function nameSuffix(seed: string): string {
  let out = '';
  for (let i = 0; i < 5; i++) out += SAFE_ALPHABET[fnv32a(`${seed}/${i}`) % SAFE_ALPHABET.length];
  return out;
}

/** names.SimpleNameGenerator's prefix cut: the generated name stays within 63 characters. */
export const generatedPrefix = (prefix: string): string =>
  prefix.length > 58 ? prefix.slice(0, 58) : prefix;

/**
 * `prefix` + a suffix not yet taken: tries the seeds `${seed}`, `${seed}#1`, … until `taken`
 * says no, as a retried generateName would.
 */
export function generateName(
  prefix: string,
  seed: string,
  taken: (name: string) => boolean,
): string {
  const p = generatedPrefix(prefix);
  for (let attempt = 0; ; attempt++) {
    const name = p + nameSuffix(attempt ? `${seed}#${attempt}` : seed);
    if (!taken(name)) return name;
  }
}
