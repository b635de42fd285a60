/**
 * Label selectors with apimachinery semantics: metav1.LabelSelectorAsSelector
 * (staging/src/k8s.io/apimachinery/pkg/apis/meta/v1/helpers.go), the selector string grammar of
 * staging/src/k8s.io/apimachinery/pkg/labels/selector.go, and metav1 validation
 * (staging/src/k8s.io/apimachinery/pkg/apis/meta/v1/validation/validation.go).
 */
import { KubeError, KubeErrorCode, type FieldCause } from '../errors';
import type { LabelSelector, LabelSelectorRequirement } from '../objects/meta';
import { isQualifiedName, isValidLabelValue } from '../naming/names';
import { child, forbidden, index, invalid, required } from '../validation/field';

/** selection.Operator values, spelled as upstream spells them. */
export type SelectorOperator = '=' | '==' | '!=' | 'in' | 'notin' | 'exists' | '!' | 'gt' | 'lt';

/** One parsed requirement (labels.Requirement): `values` is empty for exists / `!`. */
export interface SelectorRequirement {
  key: string;
  operator: SelectorOperator;
  values: string[];
}

type Labels = Record<string, string> | undefined | null;

const has = (labels: Labels, k: string): labels is Record<string, string> =>
  !!labels && Object.prototype.hasOwnProperty.call(labels, k);

/** Go's strconv.ParseInt(v, 10, 64) subset: optional sign and decimal digits. */
const parseInt64 = (v: string): number | undefined =>
  /^[+-]?\d+$/.test(v) ? Number(v) : undefined;

/**
 * Requirement.Matches: `=`/`==`/`in` need the key with a listed value; `!=`/`notin` match when the
 * key is absent or its value is not listed; `exists`/`!` test presence; `gt`/`lt` need the key and
 * integer values on both sides (anything else does not match).
 */
export function matchesRequirement(req: SelectorRequirement, labels: Labels): boolean {
  switch (req.operator) {
    case '=':
    case '==':
    case 'in':
      return has(labels, req.key) && req.values.includes(labels[req.key]);
    case '!=':
    case 'notin':
      return !has(labels, req.key) || !req.values.includes(labels[req.key]);
    case 'exists':
      return has(labels, req.key);
    case '!':
      return !has(labels, req.key);
    case 'gt':
    case 'lt': {
      if (!has(labels, req.key) || req.values.length !== 1) return false;
      const mine = parseInt64(labels[req.key]);
      const theirs = parseInt64(req.values[0]);
      if (mine === undefined || theirs === undefined) return false;
      return req.operator === 'gt' ? mine > theirs : mine < theirs;
    }
  }
}

/** True when every requirement matches (an empty list selects everything, as labels.Everything()). */
export function matchesRequirements(
  reqs: readonly SelectorRequirement[],
  labels?: Labels,
): boolean {
  return reqs.every((r) => matchesRequirement(r, labels));
}

/**
 * Converts a metav1.LabelSelector into requirements, as LabelSelectorAsSelector does: matchLabels
 * become `=`, In/NotIn/Exists/DoesNotExist map to in/notin/exists/!. Returns `undefined` for a
 * null/undefined selector (selects nothing) and throws BadRequest for an unusable expression
 * (In/NotIn without values, Exists/DoesNotExist with values, unknown operator).
 */
export function labelSelectorAsRequirements(
  sel: LabelSelector | undefined | null,
): SelectorRequirement[] | undefined {
  if (sel === null || sel === undefined) return undefined;
  const reqs: SelectorRequirement[] = [];
  for (const [k, v] of Object.entries(sel.matchLabels ?? {}))
    reqs.push({ key: k, operator: '=', values: [v] });
  for (const expr of sel.matchExpressions ?? []) {
    const values = expr.values ?? [];
    switch (expr.operator) {
      case 'In':
      case 'NotIn':
        if (values.length === 0) {
          throw new KubeError(
            KubeErrorCode.BadRequest,
            "for 'in', 'notin' operators, values set can't be empty",
          );
        }
        reqs.push({
          key: expr.key,
          operator: expr.operator === 'In' ? 'in' : 'notin',
          values: [...values],
        });
        break;
      case 'Exists':
      case 'DoesNotExist':
        if (values.length !== 0) {
          throw new KubeError(
            KubeErrorCode.BadRequest,
            'values set must be empty for exists and does not exist',
          );
        }
        reqs.push({
          key: expr.key,
          operator: expr.operator === 'Exists' ? 'exists' : '!',
          values: [],
        });
        break;
      default:
        throw new KubeError(
          KubeErrorCode.BadRequest,
          `${JSON.stringify((expr as LabelSelectorRequirement).operator)} is not a valid label selector operator`,
        );
    }
  }
  return reqs.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/**
 * True when `labels` satisfy `sel` with metav1 semantics: null/undefined selects nothing, `{}`
 * selects everything, matchLabels and matchExpressions are ANDed, NotIn and DoesNotExist match
 * when the key is absent. A selector that upstream would refuse to convert (In without values,
 * Exists with values, unknown operator) selects nothing, as callers that ignore the error do.
 */
export function matchesLabelSelector(
  sel: LabelSelector | undefined | null,
  labels?: Record<string, string>,
): boolean {
  let reqs: SelectorRequirement[] | undefined;
  try {
    reqs = labelSelectorAsRequirements(sel);
  } catch {
    return false;
  }
  return reqs !== undefined && matchesRequirements(reqs, labels);
}

/**
 * Service / ReplicationController style equality selector: true when every pair is present in
 * `labels` (extra labels on the object do not matter).
 *
 * An absent or empty selector returns false. That is what a Service does upstream: the
 * EndpointSlice controller (pkg/controller/endpointslice) skips Services whose `spec.selector` is
 * nil, and an empty map does not survive storage, so such a Service gets no managed endpoints —
 * its EndpointSlices come from the user.
 */
export function matchesSelectorMap(
  selector: Record<string, string> | undefined | null,
  labels?: Record<string, string>,
): boolean {
  if (!selector) return false;
  const entries = Object.entries(selector);
  if (entries.length === 0) return false;
  return entries.every(([k, v]) => has(labels, k) && labels[k] === v);
}

/** Requirement.String: `k=v`, `k!=v`, `k in (a,b)` (values sorted), `k`, `!k`, `k>1`, `k<1`. */
export function formatRequirement(req: SelectorRequirement): string {
  const values = [...req.values].sort();
  switch (req.operator) {
    case 'exists':
      return req.key;
    case '!':
      return `!${req.key}`;
    case 'in':
    case 'notin':
      return `${req.key} ${req.operator} (${values.join(',')})`;
    case 'gt':
      return `${req.key}>${values.join(',')}`;
    case 'lt':
      return `${req.key}<${values.join(',')}`;
    default:
      return `${req.key}${req.operator}${values.join(',')}`;
  }
}

/**
 * metav1.FormatLabelSelector: the selector string kubectl prints; `<none>` for a selector that
 * selects everything or nothing textually (null or `{}`), `<error>` for an unusable one.
 */
export function formatLabelSelector(sel: LabelSelector | undefined | null): string {
  let reqs: SelectorRequirement[] | undefined;
  try {
    reqs = labelSelectorAsRequirements(sel);
  } catch {
    return '<error>';
  }
  const text = (reqs ?? []).map(formatRequirement).join(',');
  return text.length ? text : '<none>';
}

/**
 * metav1validation.ValidateLabelSelector: matchLabels keys/values, and for each expression the
 * operator/values pairing, the key as a qualified name and each value as a label value. `path` is
 * the selector's field path, e.g. "spec.selector". A null selector is valid here.
 */
export function validateLabelSelector(
  sel: LabelSelector | undefined | null,
  path: string,
): FieldCause[] {
  if (!sel) return [];
  const errs = validateLabels(sel.matchLabels, child(path, 'matchLabels'));
  (sel.matchExpressions ?? []).forEach((expr, i) => {
    const p = index(child(path, 'matchExpressions'), i);
    const values = expr.values ?? [];
    switch (expr.operator) {
      case 'In':
      case 'NotIn':
        if (values.length === 0)
          errs.push(
            required(child(p, 'values'), "must be specified when `operator` is 'In' or 'NotIn'"),
          );
        break;
      case 'Exists':
      case 'DoesNotExist':
        if (values.length > 0) {
          errs.push(
            forbidden(
              child(p, 'values'),
              "may not be specified when `operator` is 'Exists' or 'DoesNotExist'",
            ),
          );
        }
        break;
      default:
        errs.push(invalid(child(p, 'operator'), expr.operator, 'not a valid selector operator'));
    }
    errs.push(...validateLabelName(expr.key ?? '', child(p, 'key')));
    values.forEach((v, j) => {
      for (const msg of isValidLabelValue(v))
        errs.push(invalid(index(child(p, 'values'), j), v, msg));
    });
  });
  return errs;
}

/** metav1validation.ValidateLabelName: the key as a qualified name. */
export function validateLabelName(name: string, path: string): FieldCause[] {
  return isQualifiedName(name).map((msg) => invalid(path, name, msg));
}

/** metav1validation.ValidateLabels: every key a qualified name, every value a label value; path is the map's. */
export function validateLabels(
  labels: Record<string, string> | undefined | null,
  path: string,
): FieldCause[] {
  const errs: FieldCause[] = [];
  for (const [k, v] of Object.entries(labels ?? {})) {
    errs.push(...validateLabelName(k, path));
    for (const msg of isValidLabelValue(String(v))) errs.push(invalid(path, v, msg));
  }
  return errs;
}

// ---- selector string parsing (labels.Parse) ----

type TokenKind =
  'id' | '!' | '!=' | '=' | '==' | '(' | ')' | ',' | 'in' | 'notin' | '>' | '<' | 'eos';
interface Token {
  kind: TokenKind;
  text: string;
}

const SPECIAL = new Set(['!', '=', '(', ')', ',', '>', '<']);
const isSpace = (c: string): boolean => c === ' ' || c === '\t' || c === '\r' || c === '\n';

function lex(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (isSpace(c)) {
      i++;
    } else if (SPECIAL.has(c)) {
      const two = text.slice(i, i + 2);
      if (two === '!=' || two === '==') {
        tokens.push({ kind: two, text: two });
        i += 2;
      } else {
        tokens.push({ kind: c as TokenKind, text: c });
        i++;
      }
    } else {
      let j = i;
      while (j < text.length && !isSpace(text[j]) && !SPECIAL.has(text[j])) j++;
      const word = text.slice(i, j);
      tokens.push({ kind: word === 'in' || word === 'notin' ? word : 'id', text: word });
      i = j;
    }
  }
  tokens.push({ kind: 'eos', text: 'end of string' });
  return tokens;
}

const bad = (msg: string): KubeError => new KubeError(KubeErrorCode.BadRequest, msg);

/**
 * Parses a label selector string (`kubectl -l`, `?labelSelector=`) as labels.Parse does:
 * `a=b`, `a==b`, `a!=b`, `a in (x,y)`, `a notin (x)`, `a`, `!a`, `a>1`, `a<1`, comma-separated
 * (AND). Empty text returns [] (everything). Keys must be qualified names and values label values.
 * Throws KubeError BadRequest naming the offending token, e.g.
 * `unable to parse requirement: found ')', expected: identifier` for "a in (x,)".
 */
export function parseSelector(text: string): SelectorRequirement[] {
  const tokens = lex(text);
  let pos = 0;
  const peek = (): Token => tokens[pos];
  const next = (): Token => tokens[pos++];
  const reqs: SelectorRequirement[] = [];

  const parseRequirement = (): SelectorRequirement => {
    let negated = false;
    if (peek().kind === '!') {
      negated = true;
      next();
    }
    const keyTok = next();
    if (keyTok.kind !== 'id') throw bad(`found '${keyTok.text}', expected: identifier`);
    const k = keyTok.text;
    const keyErrs = isQualifiedName(k);
    if (keyErrs.length) throw bad(`invalid label key "${k}": ${keyErrs.join('; ')}`);
    if (peek().kind === ',' || peek().kind === 'eos')
      return { key: k, operator: negated ? '!' : 'exists', values: [] };
    if (negated) throw bad(`found '${peek().text}', expected: ',' or 'end of string'`);

    const opTok = next();
    let operator: SelectorOperator;
    switch (opTok.kind) {
      case '=':
      case '==':
      case '!=':
      case 'in':
      case 'notin':
        operator = opTok.kind;
        break;
      case '>':
        operator = 'gt';
        break;
      case '<':
        operator = 'lt';
        break;
      default:
        throw bad(`found '${opTok.text}', expected: !=, <, =, ==, >, in, notin`);
    }

    let values: string[];
    if (operator === 'in' || operator === 'notin') {
      const open = next();
      if (open.kind !== '(') throw bad(`found '${open.text}', expected: '('`);
      values = [];
      if (peek().kind === ')') {
        next();
      } else {
        for (;;) {
          const v = next();
          // `a in (x,,y)` and `a in (x,)` carry an empty value between the commas.
          if (v.kind === ',' || v.kind === ')') {
            values.push('');
            if (v.kind === ')') break;
            continue;
          }
          if (v.kind !== 'id') throw bad(`found '${v.text}', expected: ',', ')' or identifier`);
          values.push(v.text);
          const sep = next();
          if (sep.kind === ')') break;
          if (sep.kind !== ',') throw bad(`found '${sep.text}', expected: ',' or ')'`);
          if (peek().kind === ')') {
            next();
            values.push('');
            break;
          }
        }
      }
      if (values.length === 0) throw bad("for 'in', 'notin' operators, values set can't be empty");
    } else {
      const v = peek();
      if (v.kind === 'id' || v.kind === 'in' || v.kind === 'notin') {
        next();
        values = [v.text];
      } else if (v.kind === ',' || v.kind === 'eos') {
        values = [''];
      } else {
        throw bad(`found '${v.text}', expected: identifier`);
      }
      if ((operator === 'gt' || operator === 'lt') && parseInt64(values[0]) === undefined) {
        throw bad(`for 'Gt', 'Lt' operators, the value must be an integer`);
      }
    }
    for (const v of values) {
      const errs = isValidLabelValue(v);
      if (errs.length) throw bad(`invalid label value: "${v}": at key: "${k}": ${errs.join('; ')}`);
    }
    return { key: k, operator, values };
  };

  for (;;) {
    const t = peek();
    if (t.kind === 'eos') return reqs;
    if (t.kind !== 'id' && t.kind !== '!')
      throw bad(`found '${t.text}', expected: !, identifier, or 'end of string'`);
    try {
      reqs.push(parseRequirement());
    } catch (e) {
      if (e instanceof KubeError) throw bad(`unable to parse requirement: ${e.message}`);
      throw e;
    }
    const sep = next();
    if (sep.kind === 'eos') return reqs;
    if (sep.kind !== ',') throw bad(`found '${sep.text}', expected: ',' or 'end of string'`);
    const after = peek();
    if (after.kind !== 'id' && after.kind !== '!')
      throw bad(`found '${after.text}', expected: identifier after ','`);
  }
}
