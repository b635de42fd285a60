import fc from 'fast-check';
import { encoded, hostileString, type HostileValue } from './hostile-values';

/** One request of the corpus, ready to send. */
export interface HostileRequest {
  /** The route template, the first column of the report: "GET /v1/clusters/{id}/dns". */
  route: string;
  /** What is hostile about it: "query name = string NUL". */
  label: string;
  method: string;
  /** Path and query, already percent-encoded. */
  path: string;
  headers: Record<string, string>;
  body?: Buffer;
  /** A watch: only the status and headers are awaited, then the connection is closed. */
  watch?: boolean;
  /** Run after a success to undo it (delete a created cluster), so quotas hold over the run. */
  cleanup?: 'delete-created-cluster' | 'delete-created-graphql-cluster';
}

/** Ids and keys of the fixtures every route is aimed at (created by the harness). */
export interface CorpusContext {
  clusterId: string;
  adminKey: string;
  instructorKey: string;
  learnerKey: string;
  exerciseSlug: string;
  attemptId: string;
}

export type Params = Record<string, string>;

/** Fills `{name}` placeholders of a template with encoded values. */
export const fillPath = (template: string, params: Params): string =>
  template.replace(/\{(\w+)\}/g, (_, name: string) => params[name] ?? `{${name}}`);

/** A query string from [name, already-encoded value] pairs (order and repeats kept). */
export const queryString = (pairs: Array<[string, string]>): string =>
  pairs.length ? `?${pairs.map(([k, v]) => `${k}=${v}`).join('&')}` : '';

const enc = (params: Params): Params =>
  Object.fromEntries(Object.entries(params).map(([k, v]) => [k, encodeURIComponent(v)]));

/**
 * The ways a query string can be hostile for a route whose valid parameters are `valid`: one
 * parameter's value replaced, a parameter repeated (`name=a&name=b`), bracket and prototype keys,
 * a thousand repeats, an empty or bare parameter.
 */
export function hostileQuery(
  valid: Params,
  optional: readonly string[] = [],
): fc.Arbitrary<{ label: string; pairs: Array<[string, string]> }> {
  const names = [...new Set([...Object.keys(valid), ...optional])];
  const base = Object.entries(enc(valid));
  if (names.length === 0) {
    return fc.constantFrom(
      { label: 'query proto key', pairs: [['__proto__', 'x']] },
      {
        label: 'query unexpected repeated',
        pairs: [
          ['x', 'a'],
          ['x', 'b'],
        ],
      },
    );
  }
  const without = (name: string) => base.filter(([k]) => k !== name);
  return fc.oneof(
    {
      weight: 5,
      arbitrary: fc
        .record({ name: fc.constantFrom(...names), v: hostileString })
        .map(({ name, v }: { name: string; v: HostileValue }) => ({
          label: `query ${name} = ${v.label}`,
          pairs: [...without(name), [name, encoded(v)] as [string, string]],
        })),
    },
    {
      weight: 3,
      arbitrary: fc
        .record({ name: fc.constantFrom(...names), v: hostileString })
        .map(({ name, v }) => ({
          label: `query ${name} repeated`,
          pairs: [
            ...without(name),
            [name, encodeURIComponent(valid[name] ?? 'a')] as [string, string],
            [name, encoded(v)] as [string, string],
          ],
        })),
    },
    {
      weight: 1,
      arbitrary: fc.constantFrom(...names).map((name) => ({
        label: `query ${name} repeated 1000 times`,
        pairs: [
          ...without(name),
          ...Array.from({ length: 1000 }, (_, i): [string, string] => [name, `v${i}`]),
        ],
      })),
    },
    {
      weight: 1,
      arbitrary: fc
        .record({
          name: fc.constantFrom(...names),
          form: fc.constantFrom('[]', '[0]', '[a]', '[__proto__]', '.a'),
        })
        .map(({ name, form }) => ({
          label: `query ${name}${form}`,
          pairs: [...without(name), [`${name}${form}`, 'x'] as [string, string]],
        })),
    },
    {
      weight: 1,
      arbitrary: fc.constantFrom(...names).map((name) => ({
        label: `query ${name} empty`,
        pairs: [...without(name), [name, ''] as [string, string]],
      })),
    },
    {
      weight: 1,
      arbitrary: fc.constantFrom('__proto__', 'constructor', 'prototype', '%00', '').map((key) => ({
        label: `query key ${key || 'empty'}`,
        pairs: [...base, [key, 'polluted'] as [string, string]],
      })),
    },
  );
}

/** One path parameter replaced by a hostile string. */
export function hostilePathParam(
  template: string,
  valid: Params,
): fc.Arbitrary<{ label: string; path: string }> | undefined {
  const names = Object.keys(valid).filter((n) => template.includes(`{${n}}`));
  if (names.length === 0) return undefined;
  return fc.record({ name: fc.constantFrom(...names), v: hostileString }).map(({ name, v }) => ({
    label: `path ${name} = ${v.label}`,
    // An empty segment would route elsewhere; a 100k segment is legitimate hostility.
    path: fillPath(template, { ...enc(valid), [name]: encoded(v) || '%20' }),
  }));
}

export const bearer = (key: string): Record<string, string> => ({ authorization: `Bearer ${key}` });
