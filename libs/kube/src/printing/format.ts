/** Formatting helpers shared by the printers, after k8s.io/apimachinery labels and metav1. */
import type { LabelSelector } from '../objects/meta';

/** labels.FormatLabels: "k=v" pairs sorted by key, comma-joined; "<none>" when empty. */
export function formatLabels(labels: Record<string, string> | undefined): string {
  const keys = Object.keys(labels ?? {}).sort();
  if (keys.length === 0) return '<none>';
  return keys.map((k) => `${k}=${(labels as Record<string, string>)[k]}`).join(',');
}

/**
 * metav1.LabelSelectorAsSelector(...).String(): requirements sorted by key — `k=v` (matchLabels),
 * `k in (a,b)`, `k notin (a,b)`, `k`, `!k`; "" for an empty selector.
 */
export function selectorString(selector: LabelSelector | undefined): string {
  const reqs: Array<[string, string]> = [];
  for (const [k, v] of Object.entries(selector?.matchLabels ?? {})) reqs.push([k, `${k}=${v}`]);
  for (const e of selector?.matchExpressions ?? []) {
    const values = [...(e.values ?? [])].sort().join(',');
    const text =
      e.operator === 'In'
        ? `${e.key} in (${values})`
        : e.operator === 'NotIn'
          ? `${e.key} notin (${values})`
          : e.operator === 'Exists'
            ? e.key
            : `!${e.key}`;
    reqs.push([e.key, text]);
  }
  return reqs
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map((r) => r[1])
    .join(',');
}

/** metav1.FormatLabelSelector: like selectorString but "<none>" when empty. */
export function formatLabelSelector(selector: LabelSelector | undefined): string {
  return selectorString(selector) || '<none>';
}

/** printers.go listWithMoreString: first 3 items, then " + N more..."; "<unset>" when empty. */
export function listWithMore(items: string[], max = 3): string {
  const shown = items.slice(0, max).join(',');
  if (items.length > max) return `${shown} + ${items.length - max} more...`;
  return shown === '' ? '<unset>' : shown;
}

/** net.JoinHostPort: IPv6 hosts are bracketed. */
export const joinHostPort = (host: string, port: number): string =>
  host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`;

/** A sorted, de-duplicated join (Go sets.NewString(...).List()). */
export const sortedUnique = (items: string[]): string[] => [...new Set(items)].sort();
