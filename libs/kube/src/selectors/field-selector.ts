/**
 * Field selectors (`?fieldSelector=metadata.name=x,metadata.namespace!=y`), following
 * staging/src/k8s.io/apimachinery/pkg/fields/selector.go.
 */
import { KubeError, KubeErrorCode } from '../errors';

export type FieldSelectorOperator = '=' | '==' | '!=';

export interface FieldRequirement {
  field: string;
  operator: FieldSelectorOperator;
  value: string;
}

// Checked in this order so that "!=" and "==" win over "=" (fields.ParseSelector).
const OPERATORS: readonly FieldSelectorOperator[] = ['!=', '==', '='];

/** Splits on commas that are not escaped with a backslash. */
function splitTerms(text: string): string[] {
  const terms: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === ',') {
      terms.push(text.slice(start, i));
      start = i + 1;
    }
  }
  terms.push(text.slice(start));
  return terms;
}

/** Index of the first unescaped occurrence of `op` in `term`, or -1. */
function findOperator(term: string, op: string): number {
  for (let i = 0; i < term.length; i++) {
    if (term[i] === '\\') i++;
    else if (term.startsWith(op, i)) return i;
  }
  return -1;
}

/** fields.UnescapeValue: `\\`, `\,` and `\=` become the character; any other escape is refused. */
function unescape(value: string, whole: string): string {
  let out = '';
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    if (c !== '\\') {
      if (c === ',' || c === '=') {
        throw new KubeError(
          KubeErrorCode.BadRequest,
          `invalid field selector: unescaped ${c} in value of '${whole}'`,
        );
      }
      out += c;
      continue;
    }
    const n = value[++i];
    if (n === '\\' || n === ',' || n === '=') out += n;
    else
      throw new KubeError(
        KubeErrorCode.BadRequest,
        `invalid field selector: invalid escape sequence in value of '${whole}'`,
      );
  }
  return out;
}

/**
 * Parses `field=value` terms joined by commas (operators `=`, `==`, `!=`). Empty text returns [] (matches
 * everything). A term without an operator throws BadRequest
 * `invalid selector: '<text>'; can't understand '<term>'`, upstream's wording.
 */
export function parseFieldSelector(text: string): FieldRequirement[] {
  if (text.trim() === '') return [];
  return splitTerms(text).map((term) => {
    for (const op of OPERATORS) {
      const at = findOperator(term, op);
      if (at >= 0)
        return {
          field: term.slice(0, at),
          operator: op,
          value: unescape(term.slice(at + op.length), term),
        };
    }
    throw new KubeError(
      KubeErrorCode.BadRequest,
      `invalid selector: '${text}'; can't understand '${term}'`,
    );
  });
}

/**
 * True when every requirement holds for the object behind `get` (field path → value, undefined when
 * the object has no such field; an absent field compares as ""). `=`/`==` test equality, `!=` inequality.
 */
export function matchesFieldSelector(
  reqs: readonly FieldRequirement[],
  get: (field: string) => string | undefined,
): boolean {
  return reqs.every((r) => {
    const actual = get(r.field) ?? '';
    return r.operator === '!=' ? actual !== r.value : actual === r.value;
  });
}
