/**
 * Limits every request body passes at the parse boundary (REST, GraphQL variables, the kubectl
 * facade, YAML manifests), so that what reaches the engines and Postgres is storable and shallow:
 * - nesting depth: Go's encoding/json (and so the API server) stops at 10000 levels ("exceeded max
 *   depth"); ours is lower because our recursive walkers (patches, field sets, unknown fields,
 *   validation) run on the JS stack. 100 levels is ten times the deepest real object (a
 *   Deployment's managedFields or node affinity is about 12);
 * - cycles: a YAML alias inside the node it names (`&a [*a]`) decodes to a circular structure;
 * - text PostgreSQL cannot store: the NUL character (jsonb and text refuse U+0000) and lone UTF-16
 *   surrogates (not UTF-8), in keys and values alike.
 * The walks here are iterative, so they are safe on any input the parsers produced.
 */
import { CST, Parser } from 'yaml';
import { KubeError, KubeErrorCode } from '../errors';

export const MAX_NESTING_DEPTH = 100;

export interface InputLimits {
  /** Most nested objects and lists; default MAX_NESTING_DEPTH. */
  maxDepth?: number;
  /** Prefix for messages, e.g. "document 2" or "the request body". */
  where?: string;
}

type Step = string | number;

interface Frame {
  value: unknown;
  parent?: Frame;
  step?: Step;
  depth: number;
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$-]*$/;
// A high surrogate not followed by a low one, or a low one not preceded by a high one.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** `spec.ports[0].name`, `metadata.labels[app.kubernetes.io/name]`, `metadata.annotations["a\u0000"]`. */
export function formatFieldPath(steps: readonly Step[]): string {
  let out = '';
  for (const step of steps) {
    if (typeof step === 'number') out += `[${step}]`;
    else if (IDENTIFIER.test(step)) out += out ? `.${step}` : step;
    else if (/^[\x21-\x7e]+$/.test(step) && !/[[\]"]/.test(step)) out += `[${step}]`;
    else out += `[${JSON.stringify(step)}]`;
  }
  return out;
}

function stepsOf(frame: Frame | undefined): Step[] {
  const steps: Step[] = [];
  for (let f = frame; f && f.step !== undefined; f = f.parent) steps.push(f.step);
  return steps.reverse();
}

/** Why a string cannot be stored, or undefined when it can. */
export function unstorableText(s: string): string | undefined {
  if (s.includes('\u0000')) return 'must not contain the NUL character (U+0000)';
  const lone = LONE_SURROGATE.exec(s);
  if (lone) {
    const code = lone[0].charCodeAt(0).toString(16).toUpperCase();
    return `must not contain an unpaired UTF-16 surrogate (U+${code}): text must be valid Unicode`;
  }
  return undefined;
}

/** JSON.stringify escapes NUL and lone surrogates, so the quoted value is safe to echo. */
const quoted = (s: string): string => JSON.stringify(s.length > 64 ? `${s.slice(0, 64)}...` : s);

function textError(where: string, field: string, value: string, why: string, isKey: boolean) {
  const message = `Invalid value: ${quoted(value)}: ${isKey ? 'a key ' : ''}${why}`;
  return new KubeError(
    KubeErrorCode.Invalid,
    `${where} is invalid: ${field || '<root>'}: ${message}`,
    [{ reason: 'FieldValueInvalid', field, message }],
  );
}

function depthError(where: string, field: string, maxDepth: number): KubeError {
  const message = `nested more than ${maxDepth} levels deep`;
  return new KubeError(
    KubeErrorCode.BadRequest,
    `${where} nests objects and lists more than ${maxDepth} levels deep; the limit keeps every request cheap to process`,
    [{ reason: 'FieldValueInvalid', field, message }],
  );
}

/**
 * Checks a decoded body (JSON or YAML) and throws instead of returning when it breaks a limit:
 * - more than `maxDepth` nested objects/lists → KubeError BadRequest (400), cause at the first
 *   value too deep;
 * - a value that contains itself (YAML alias cycle) → KubeError BadRequest (400);
 * - a key or string with NUL or a lone surrogate → KubeError Invalid (422) naming the field
 *   (`metadata.annotations[a]`), value quoted with escapes.
 * Shared (non-circular) references, as YAML aliases make, are fine. Non-JSON leaves (numbers,
 * booleans, null, undefined) pass.
 */
export function checkInputValue(value: unknown, limits: InputLimits = {}): void {
  const maxDepth = limits.maxDepth ?? MAX_NESTING_DEPTH;
  const where = limits.where ?? 'the request body';
  const onPath = new Set<object>();
  // `exit` entries take a container off the current path once its children are done.
  const stack: Array<Frame | { exit: object }> = [{ value, depth: 0 }];
  while (stack.length > 0) {
    const item = stack.pop() as Frame | { exit: object };
    if ('exit' in item) {
      onPath.delete(item.exit);
      continue;
    }
    const v = item.value;
    if (typeof v === 'string') {
      const why = unstorableText(v);
      if (why) throw textError(where, formatFieldPath(stepsOf(item)), v, why, false);
      continue;
    }
    if (typeof v !== 'object' || v === null) continue;
    if (onPath.has(v)) {
      const field = formatFieldPath(stepsOf(item));
      throw new KubeError(
        KubeErrorCode.BadRequest,
        `${where}: ${field || '<root>'} contains itself (a YAML alias inside the node it names); JSON cannot hold a circular structure`,
        [{ reason: 'FieldValueInvalid', field, message: 'circular reference' }],
      );
    }
    const depth = item.depth + 1;
    if (depth > maxDepth) throw depthError(where, formatFieldPath(stepsOf(item)), maxDepth);
    onPath.add(v);
    stack.push({ exit: v });
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--)
        stack.push({ value: v[i], parent: item, step: i, depth });
      continue;
    }
    const keys = Object.keys(v);
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i];
      const why = unstorableText(key);
      if (why) throw textError(where, formatFieldPath(stepsOf(item)), key, why, true);
      stack.push({ value: (v as Record<string, unknown>)[key], parent: item, step: key, depth });
    }
  }
}

/**
 * The YAML parse tokens of `src` (yaml's CST parser is iterative, its composer and toJS are
 * recursive), after checking that no document nests collections more than `maxDepth` deep.
 * Throws KubeError BadRequest "document 2: ... more than 100 levels deep" with the line.
 * Feed the tokens to yaml's Composer to build the documents.
 */
export function yamlTokensWithinDepth(src: string, maxDepth = MAX_NESTING_DEPTH): CST.Token[] {
  const tokens = Array.from(new Parser().parse(src));
  let doc = 0;
  for (const token of tokens) {
    if (token.type !== 'document') continue;
    doc++;
    const stack: Array<{ node: CST.Token | null | undefined; depth: number }> = [
      { node: token.value, depth: 0 },
    ];
    while (stack.length > 0) {
      const { node, depth } = stack.pop() as (typeof stack)[number];
      if (!CST.isCollection(node)) continue;
      if (depth + 1 > maxDepth) {
        const line = src.slice(0, node.offset).split('\n').length;
        throw new KubeError(
          KubeErrorCode.BadRequest,
          `document ${doc}: error converting YAML to JSON: yaml: line ${line}: nests mappings and sequences more than ${maxDepth} levels deep`,
          [
            {
              reason: 'FieldValueInvalid',
              field: '',
              message: `line ${line}: nested more than ${maxDepth} levels deep`,
            },
          ],
        );
      }
      for (const it of node.items) {
        stack.push({ node: it.key, depth: depth + 1 });
        stack.push({ node: it.value, depth: depth + 1 });
      }
    }
  }
  return tokens;
}
