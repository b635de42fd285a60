/**
 * A small subset of kubectl's JSONPath (k8s.io/client-go/util/jsonpath) for field checks:
 * `spec.type`, `{.spec.ports[0].nodePort}`, `metadata.labels['app.kubernetes.io/name']`,
 * `metadata.annotations.example\.com/owner` (escaped dots), `spec.ports[*].port` and
 * `spec.ports[?(@.name=="http")].nodePort` (filters compare with == or != to a quoted string, a
 * number, true or false). Negative indexes count from the end, as kubectl's do.
 */

export type PathSegment =
  | { type: 'key'; key: string }
  | { type: 'index'; index: number }
  | { type: 'wildcard' }
  | { type: 'filter'; path: string[]; op: '==' | '!='; value: string | number | boolean };

export interface FieldPath {
  /** The path as written. */
  source: string;
  segments: PathSegment[];
  /** True when a wildcard or filter can select several values. */
  multi: boolean;
}

export class FieldPathError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FieldPathError';
  }
}

/**
 * Parses `text` into segments. Accepts an optional `{…}` wrapper and leading dot. Throws
 * FieldPathError with the offending position for anything else (unclosed brackets, empty keys,
 * unsupported filter expressions).
 */
export function parseFieldPath(text: string): FieldPath {
  let src = text.trim();
  if (src.startsWith('{') && src.endsWith('}')) src = src.slice(1, -1).trim();
  if (src.startsWith('.')) src = src.slice(1);
  if (src === '') throw new FieldPathError('the path is empty');
  const segments: PathSegment[] = [];
  let i = 0;
  let key = '';
  let keyStarted = false;
  const flushKey = (): void => {
    if (keyStarted) {
      if (key === '') throw new FieldPathError(`empty field name at position ${i}`);
      segments.push({ type: 'key', key });
    }
    key = '';
    keyStarted = false;
  };
  while (i < src.length) {
    const c = src[i];
    if (c === '\\' && i + 1 < src.length) {
      key += src[i + 1];
      keyStarted = true;
      i += 2;
    } else if (c === '.') {
      if (keyStarted) flushKey();
      else if (src[i - 1] !== ']') throw new FieldPathError(`empty field name at position ${i}`);
      i += 1;
    } else if (c === '[') {
      flushKey();
      const close = findClose(src, i);
      segments.push(bracket(src.slice(i + 1, close).trim(), i));
      i = close + 1;
    } else {
      key += c;
      keyStarted = true;
      i += 1;
    }
  }
  if (src.endsWith('.') && !src.endsWith('\\.')) throw new FieldPathError('the path ends with "."');
  flushKey();
  return {
    source: text,
    segments,
    multi: segments.some((s) => s.type === 'wildcard' || s.type === 'filter'),
  };
}

function findClose(src: string, open: number): number {
  let quote: string | null = null;
  for (let j = open + 1; j < src.length; j++) {
    const c = src[j];
    if (quote) {
      if (c === quote) quote = null;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === ']') return j;
  }
  throw new FieldPathError(`unclosed "[" at position ${open}`);
}

const unquote = (s: string): string | undefined => {
  const q = s[0];
  return (q === '"' || q === "'") && s.length >= 2 && s.endsWith(q) ? s.slice(1, -1) : undefined;
};

function bracket(inner: string, at: number): PathSegment {
  if (inner === '*') return { type: 'wildcard' };
  if (/^-?\d+$/.test(inner)) return { type: 'index', index: Number(inner) };
  const quoted = unquote(inner);
  if (quoted !== undefined) return { type: 'key', key: quoted };
  const filter = /^\?\(\s*@\.([^=!\s]+)\s*(==|!=)\s*(.+?)\s*\)$/.exec(inner);
  if (filter) {
    const raw = filter[3];
    const str = unquote(raw);
    let value: string | number | boolean;
    if (str !== undefined) value = str;
    else if (raw === 'true' || raw === 'false') value = raw === 'true';
    else if (/^-?\d+(\.\d+)?$/.test(raw)) value = Number(raw);
    else throw new FieldPathError(`unsupported filter value ${raw} at position ${at}`);
    return { type: 'filter', path: filter[1].split('.'), op: filter[2] as '==' | '!=', value };
  }
  throw new FieldPathError(
    `unsupported bracket expression [${inner}] at position ${at}: use an index, '*', a quoted key or ?(@.field=="value")`,
  );
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function child(value: unknown, key: string): unknown {
  return isRecord(value) && Object.hasOwn(value, key) ? value[key] : undefined;
}

/**
 * Every value the path selects in `root`, in document order; missing fields select nothing
 * (an empty list), never throw. A key segment applied to a list is an error in kubectl and
 * selects nothing here.
 */
export function selectFieldPath(root: unknown, path: FieldPath): unknown[] {
  let current: unknown[] = [root];
  for (const seg of path.segments) {
    const next: unknown[] = [];
    for (const value of current) {
      switch (seg.type) {
        case 'key': {
          const v = child(value, seg.key);
          if (v !== undefined) next.push(v);
          break;
        }
        case 'index':
          if (Array.isArray(value)) {
            const idx = seg.index < 0 ? value.length + seg.index : seg.index;
            if (idx >= 0 && idx < value.length) next.push(value[idx]);
          }
          break;
        case 'wildcard':
          if (Array.isArray(value)) next.push(...value);
          else if (isRecord(value)) next.push(...Object.values(value));
          break;
        case 'filter':
          if (Array.isArray(value)) {
            for (const item of value) {
              const got = seg.path.reduce<unknown>((v, k) => child(v, k), item);
              const equal = got !== undefined && String(got) === String(seg.value);
              if (seg.op === '==' ? equal : got !== undefined && !equal) next.push(item);
            }
          }
          break;
      }
    }
    current = next;
  }
  return current;
}
