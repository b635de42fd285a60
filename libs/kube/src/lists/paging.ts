/**
 * `limit` and `continue` on lists, as the API server pages them (apiserver storage: the continue
 * token is base64 of `{"v":"meta.k8s.io/v1","rv":<rv>,"start":"<next key>"}`, items in key order,
 * `remainingItemCount` when no selector filtered the list). The sandbox serves a continuation from
 * the current state, after the token's last key, rather than from a snapshot at the token's
 * revision: objects written between two pages may or may not show, but none is listed twice.
 */
import { KubeError, KubeErrorCode } from '../errors';
import type { KubeObject } from '../objects/meta';

export interface Page<T> {
  items: T[];
  /** Present when more items follow: pass it back as `continue`. */
  continue?: string;
  /** How many items follow this page (only for unfiltered lists, as upstream). */
  remainingItemCount?: number;
}

const keyOf = (o: KubeObject): string => `${o.metadata.namespace ?? ''}/${o.metadata.name ?? ''}`;

/** etcd key order (namespace, then name): the order pages follow. */
export function inKeyOrder<T extends KubeObject>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => (keyOf(a) < keyOf(b) ? -1 : keyOf(a) > keyOf(b) ? 1 : 0));
}

const badRequest = (message: string, field: string) =>
  new KubeError(KubeErrorCode.BadRequest, message, [
    { reason: 'FieldValueInvalid', field, message },
  ]);

function parseLimit(raw: unknown): number | undefined {
  if (raw === undefined || raw === null || raw === '') return undefined;
  const n = typeof raw === 'number' ? raw : /^-?\d+$/.test(String(raw)) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(n)) {
    throw badRequest(`limit: Invalid value: ${JSON.stringify(raw)}: must be an integer`, 'limit');
  }
  // A limit of 0 or below means "no limit", as ListOptions documents.
  return n > 0 ? n : undefined;
}

function parseContinue(raw: unknown): string | undefined {
  if (raw === undefined || raw === null || raw === '') return undefined;
  try {
    const token = JSON.parse(Buffer.from(String(raw), 'base64url').toString('utf8')) as {
      v?: unknown;
      start?: unknown;
    };
    if (token.v !== 'meta.k8s.io/v1' || typeof token.start !== 'string')
      throw new Error('unexpected token fields');
    return token.start;
  } catch {
    throw badRequest('invalid continue token: continue key is not valid', 'continue');
  }
}

/**
 * One page of `items` (already in key order: namespace, then name). `query.limit` (positive
 * integer; absent, empty or ≤ 0: everything) and `query.continue` (a token from a previous page)
 * are read as the API server's ListOptions; anything else is a 400 BadRequest with the field.
 */
export function pageOfList<T extends KubeObject>(
  items: readonly T[],
  query: { limit?: unknown; continue?: unknown },
  revision: number,
  filtered = false,
): Page<T> {
  const limit = parseLimit(query.limit);
  const after = parseContinue(query.continue);
  const from = after === undefined ? items : items.filter((o) => keyOf(o) > after);
  if (limit === undefined || from.length <= limit) return { items: [...from] };
  const page = from.slice(0, limit);
  const token = Buffer.from(
    JSON.stringify({ v: 'meta.k8s.io/v1', rv: revision, start: keyOf(page[page.length - 1]) }),
    'utf8',
  ).toString('base64url');
  return {
    items: page,
    continue: token,
    ...(filtered ? {} : { remainingItemCount: from.length - limit }),
  };
}
