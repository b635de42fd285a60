/**
 * Manifest parsing for apply bodies: a YAML stream, JSON text, or an already-decoded value, flattened
 * the way kubectl's resource builder flattens `kind: List` (k8s.io/cli-runtime/pkg/resource).
 */
import { Composer } from 'yaml';
import { KubeError, KubeErrorCode, type FieldCause } from '../errors';
import type { KubeObject } from '../objects/meta';
import { checkInputValue, MAX_NESTING_DEPTH, yamlTokensWithinDepth } from './input-limits';

export interface ParseLimits {
  /** Most objects accepted after List flattening; default 1000. */
  maxDocuments?: number;
  /** Most alias expansions per YAML document (an alias bomb stops here); default 100. */
  maxAliasCount?: number;
  /** Most nested objects and lists in one document; default MAX_NESTING_DEPTH (100). */
  maxDepth?: number;
}

export const DEFAULT_MAX_DOCUMENTS = 1000;
export const DEFAULT_MAX_ALIAS_COUNT = 100;

const bad = (message: string, causes: FieldCause[] = []): KubeError =>
  new KubeError(KubeErrorCode.BadRequest, message, causes);

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const lineAt = (text: string, offset: number): number => {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
};

/** Decodes the stream into plain values, one per non-empty document, with their 1-based positions. */
function decodeText(
  text: string,
  maxAliasCount: number,
  maxDepth: number,
): Array<{ doc: number; value: unknown }> {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const trimmed = src.trim();
  if (trimmed === '') return [];
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    try {
      // JSON.parse is iterative in V8; the depth check follows on the decoded value.
      return [{ doc: 1, value: JSON.parse(trimmed) }];
    } catch {
      // Not strict JSON: YAML is a superset and reports the error with its line.
    }
  }
  const out: Array<{ doc: number; value: unknown }> = [];
  // Depth is checked on yaml's (iterative) parse tokens before the recursive composer runs.
  const tokens = yamlTokensWithinDepth(src, maxDepth);
  const composer = new Composer({ prettyErrors: false, merge: true, uniqueKeys: true });
  const docs = Array.from(composer.compose(tokens));
  docs.forEach((d, i) => {
    const n = i + 1;
    const err = d.errors[0];
    if (err) {
      const line = lineAt(src, err.pos[0]);
      throw bad(
        `document ${n}: error converting YAML to JSON: yaml: line ${line}: ${err.message}`,
        [{ reason: 'FieldValueInvalid', field: '', message: `line ${line}: ${err.message}` }],
      );
    }
    if (d.contents === null) return;
    let value: unknown;
    try {
      value = d.toJS({ maxAliasCount });
    } catch (e) {
      throw bad(
        `document ${n}: ${e instanceof Error ? e.message : String(e)} (more than ${maxAliasCount} aliases)`,
      );
    }
    if (value !== null && value !== undefined) out.push({ doc: n, value });
  });
  return out;
}

const isListKind = (kind: unknown): boolean =>
  typeof kind === 'string' && (kind === 'List' || kind.endsWith('List'));

/** Checks the shape every stored object needs; `where` names the document (and item) for messages. */
function checkObject(value: unknown, where: string): KubeObject {
  if (!isRecord(value)) {
    throw bad(
      `${where}: must be an object with apiVersion, kind and metadata, got ${Array.isArray(value) ? 'an array' : typeof value}`,
    );
  }
  const causes: FieldCause[] = [];
  const need = (field: string, ok: boolean, detail = ''): void => {
    if (!ok)
      causes.push({
        reason: 'FieldValueRequired',
        field,
        message: detail ? `Required value: ${detail}` : 'Required value',
      });
  };
  need('apiVersion', typeof value.apiVersion === 'string' && value.apiVersion !== '');
  need('kind', typeof value.kind === 'string' && value.kind !== '');
  const meta = value.metadata;
  if (!isRecord(meta)) need('metadata', false);
  else {
    const hasName = typeof meta.name === 'string' && meta.name !== '';
    const hasGenerate = typeof meta.generateName === 'string' && meta.generateName !== '';
    need('metadata.name', hasName || hasGenerate, 'name or generateName is required');
  }
  if (causes.length) {
    throw bad(`${where}: ${causes.map((c) => `${c.field}: ${c.message}`).join(', ')}`, causes);
  }
  return value as KubeObject;
}

/**
 * Parses an apply body into objects, in order. Accepts YAML with several documents (`---`), JSON
 * text, or an already-parsed value (an object, or an array of objects); bytes (Uint8Array) are read
 * as UTF-8. `kind: List` and any `*List` kind is replaced by its `items`, recursively. Empty
 * documents are skipped, so an empty body yields [].
 *
 * Throws KubeError BadRequest with the document's 1-based position in the stream ("document 2: ...",
 * "document 1, item 3: ..." inside a List) when a value is not an object with string apiVersion, kind
 * and metadata.name (or generateName) — causes list the missing fields; on a YAML syntax error
 * ("document 1: error converting YAML to JSON: yaml: line 3: ..."); when a document uses more than
 * `maxAliasCount` aliases (default 100); and when more than `maxDocuments` objects (default 1000)
 * result.
 */
export function parseManifests(body: string | unknown, limits: ParseLimits = {}): KubeObject[] {
  const maxDocuments = limits.maxDocuments ?? DEFAULT_MAX_DOCUMENTS;
  const maxAliasCount = limits.maxAliasCount ?? DEFAULT_MAX_ALIAS_COUNT;
  const maxDepth = limits.maxDepth ?? MAX_NESTING_DEPTH;

  let entries: Array<{ doc: number; value: unknown }>;
  if (typeof body === 'string') entries = decodeText(body, maxAliasCount, maxDepth);
  else if (body instanceof Uint8Array)
    entries = decodeText(new TextDecoder().decode(body), maxAliasCount, maxDepth);
  else if (body === null || body === undefined) entries = [];
  else entries = [{ doc: 1, value: body }];

  // Before anything walks the values: no cycles, bounded depth, only text Postgres can store.
  for (const { doc, value } of entries) {
    checkInputValue(value, {
      maxDepth,
      where: entries.length > 1 ? `document ${doc}` : 'the request body',
    });
  }

  const out: KubeObject[] = [];
  const push = (obj: KubeObject): void => {
    out.push(obj);
    if (out.length > maxDocuments)
      throw bad(`too many objects in one request: more than ${maxDocuments}`);
  };
  const visit = (value: unknown, where: string): void => {
    if (isRecord(value) && isListKind(value.kind)) {
      const items = value.items ?? [];
      if (!Array.isArray(items)) throw bad(`${where}: items: must be a list`);
      items.forEach((item, i) => visit(item, `${where}, item ${i + 1}`));
      return;
    }
    push(checkObject(value, where));
  };
  for (const { doc, value } of entries) {
    // A bare top-level array (JSON body) is a sequence of documents; inside a stream it is one document's items.
    if (Array.isArray(value)) {
      value.forEach((v, i) =>
        visit(v, entries.length === 1 ? `document ${i + 1}` : `document ${doc}, item ${i + 1}`),
      );
    } else visit(value, `document ${doc}`);
  }
  return out;
}
