/**
 * Deterministic stand-ins for upstream's random and hashed names:
 * - `podTemplateHash` follows pkg/controller/controller_utils.go ComputeHash: FNV-1a 32 over the
 *   template, printed in decimal and encoded with rand.SafeEncodeString (alphabet
 *   "bcdfghjklmnpqrstvwxz2456789", no vowels so no words). The hashed bytes are the template's
 *   canonical JSON instead of Go's spew dump, so values differ from a real cluster's but are stable.
 * - `generateName` is apiserver/pkg/storage/names SimpleNameGenerator (prefix cut to 58 characters
 *   plus utilrand.String(5): 27^5 ≈ 14.3 M suffixes) with the randomness passed in, so a seeded
 *   source gives reproducible names, and the API server's bounded generateName retry.
 */
import { KubeError, KubeErrorCode } from '@app/kube';
import type { RandomSource } from '../ports/context';

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

/** utilrand.String(5): five characters drawn uniformly from the safe alphabet. */
export function randomSuffix(random: RandomSource, length = 5): string {
  let out = '';
  for (let i = 0; i < length; i++) {
    out +=
      SAFE_ALPHABET[
        Math.min(SAFE_ALPHABET.length - 1, Math.floor(random() * SAFE_ALPHABET.length))
      ];
  }
  return out;
}

/** names.SimpleNameGenerator's prefix cut: the generated name stays within 63 characters. */
export const generatedPrefix = (prefix: string): string =>
  prefix.length > 58 ? prefix.slice(0, 58) : prefix;

/** The API server's generateName attempts before it gives up (RetryGenerateName: 8 in total). */
export const MAX_GENERATE_NAME_ATTEMPTS = 8;

/**
 * `prefix` + five random characters not yet taken, trying at most MAX_GENERATE_NAME_ATTEMPTS
 * names as the API server's retried generateName does; throws AlreadyExists (`<resource> "<last
 * name tried>" already exists`) when every try collides, which at 14 M names per prefix takes a
 * near-full prefix, so the search can never run long.
 */
export function generateName(
  prefix: string,
  random: RandomSource,
  taken: (name: string) => boolean,
  resource = 'objects',
): string {
  const p = generatedPrefix(prefix);
  let name = '';
  for (let attempt = 0; attempt < MAX_GENERATE_NAME_ATTEMPTS; attempt++) {
    name = p + randomSuffix(random);
    if (!taken(name)) return name;
  }
  throw new KubeError(KubeErrorCode.AlreadyExists, `${resource} "${name}" already exists`, [], {
    kind: resource,
    name,
  });
}
