/**
 * Printer columns declared as JSONPaths, the way a CustomResourceDefinition's
 * `additionalPrinterColumns` are served (staging/src/k8s.io/apiextensions-apiserver/pkg/registry/
 * customresource/tableconvertor/tableconvertor.go): a NAME column first, then one column per
 * definition; a cell is the first value the path finds — a string column prints it as
 * client-go's jsonpath does (strings raw, other values as JSON), integer/number/boolean columns
 * keep the JSON type, a date column shows the age (HumanDuration) — and null when nothing
 * matches or the value has the wrong type. Kinds such as Gateway API's use it in their
 * definitions: `printer: customColumnsPrinter([...])`.
 *
 * The paths are the "simple JSON path" subset CRDs use (k8s.io/client-go/util/jsonpath):
 * `.a.b`, `['a.b']`, `[0]`, `[*]` and `[?(@.x.y=="v")]` / `!=` filters with string or number
 * literals. Anything else is refused when the printer is built, as upstream refuses the CRD.
 */
import { since } from './human-duration';
import type { TableCell, TableColumnDefinition } from './table';

export interface CustomColumn {
  name: string;
  type: TableColumnDefinition['type'];
  jsonPath: string;
  description?: string;
  priority?: number;
  format?: string;
}

type Step =
  | { field: string }
  | { index: number }
  | { all: true }
  | { filter: { path: string[]; op: '==' | '!='; value: string | number } };

const NAME_DOC =
  'Name must be unique within a namespace. Is required when creating resources, although some resources may allow a client to request the generation of an appropriate name automatically. Name is primarily intended for creation idempotence and configuration definition. Cannot be updated. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names#names';

const FIELD = /^\.([A-Za-z0-9_-]+)/;
const QUOTED = /^\['([^']*)'\]/;
const INDEX = /^\[(-?\d+)\]/;
const ALL = /^\[\*\]/;
const FILTER =
  /^\[\?\(@((?:\.[A-Za-z0-9_-]+)+)\s*(==|!=)\s*(?:"([^"]*)"|'([^']*)'|(-?\d+(?:\.\d+)?))\)\]/;

/** Parses a column path; throws on syntax outside the supported subset. */
export function parseColumnPath(path: string): Step[] {
  const steps: Step[] = [];
  let rest = path.trim();
  while (rest.length > 0) {
    let m: RegExpExecArray | null;
    if ((m = FIELD.exec(rest))) steps.push({ field: m[1] });
    else if ((m = QUOTED.exec(rest))) steps.push({ field: m[1] });
    else if ((m = INDEX.exec(rest))) steps.push({ index: Number(m[1]) });
    else if ((m = ALL.exec(rest))) steps.push({ all: true });
    else if ((m = FILTER.exec(rest))) {
      const value = m[3] ?? m[4] ?? Number(m[5]);
      const op = m[2] as '==' | '!=';
      steps.push({ filter: { path: m[1].slice(1).split('.'), op, value } });
    } else throw new Error(`unrecognized column definition ${JSON.stringify(path)}`);
    rest = rest.slice(m[0].length);
  }
  return steps;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);
const own = (o: Record<string, unknown>, k: string) =>
  Object.prototype.hasOwnProperty.call(o, k) ? o[k] : undefined;

/** Every value `steps` reach from `root`, in document order (missing keys give none). */
export function findResults(root: unknown, steps: Step[]): unknown[] {
  let current: unknown[] = [root];
  for (const step of steps) {
    const next: unknown[] = [];
    for (const v of current) {
      if ('field' in step) {
        if (isRecord(v) && own(v, step.field) !== undefined) next.push(own(v, step.field));
      } else if ('index' in step) {
        if (Array.isArray(v)) {
          const i = step.index < 0 ? v.length + step.index : step.index;
          if (i >= 0 && i < v.length) next.push(v[i]);
        }
      } else if ('all' in step) {
        if (Array.isArray(v)) next.push(...v);
        else if (isRecord(v)) next.push(...Object.values(v));
      } else if (Array.isArray(v)) {
        const { path, op, value } = step.filter;
        for (const item of v) {
          const found = findResults(
            item,
            path.map((field) => ({ field })),
          );
          const equal = found.length > 0 && found[0] === value;
          if (op === '==' ? equal : found.length > 0 && !equal) next.push(item);
        }
      }
    }
    current = next;
  }
  return current;
}

/** encoding/json's form: compact, object keys sorted. */
function goJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(goJson).join(',')}]`;
  if (isRecord(v))
    return `{${Object.keys(v)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${goJson(v[k])}`)
      .join(',')}}`;
  return JSON.stringify(v) ?? 'null';
}

function cell(type: CustomColumn['type'], value: unknown, now: Date): TableCell {
  if (value === null || value === undefined) return null;
  switch (type) {
    case 'string':
      return typeof value === 'string' ? value : goJson(value);
    case 'integer':
      return typeof value === 'number' ? Math.trunc(value) : null;
    case 'number':
      return typeof value === 'number' ? value : null;
    case 'boolean':
      return typeof value === 'boolean' ? value : null;
    case 'date':
      if (typeof value !== 'string') return null;
      return Number.isNaN(Date.parse(value)) ? '<invalid>' : since(value, now);
  }
}

/** A kind printer (columns and row function) from CRD-style column declarations. */
export function customColumnsPrinter(columns: CustomColumn[]): {
  columns: TableColumnDefinition[];
  row: (obj: { metadata?: { name?: string } }, now: Date) => { cells: TableCell[] };
} {
  const paths = columns.map((c) => parseColumnPath(c.jsonPath));
  return {
    columns: [
      { name: 'Name', type: 'string', format: 'name', description: NAME_DOC, priority: 0 },
      ...columns.map((c) => ({
        name: c.name,
        type: c.type,
        format: c.format ?? '',
        description:
          c.description ?? `Custom resource definition column (in JSONPath format): ${c.jsonPath}`,
        priority: c.priority ?? 0,
      })),
    ],
    row: (obj, now) => ({
      cells: [
        obj.metadata?.name ?? '',
        ...columns.map((c, i) => cell(c.type, findResults(obj, paths[i])[0], now)),
      ],
    }),
  };
}
