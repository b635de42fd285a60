import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';

/**
 * Renders a Helm chart without helm (which neither npm nor Debian ships), for CI: the subset of
 * Go templates and Sprig that docker/helm uses — `{{ }}` with `-` trimming and comments, pipelines,
 * `if`/`else if`/`else`, `with`, `range $k, $v :=`, `define`/`include`, and the functions below,
 * with Go's semantics (truthiness, piped value as the last argument, map keys ranged in sorted
 * order, missing values rendered empty as Helm does). Anything else is an error, so a template
 * this cannot read fails the check instead of rendering wrongly.
 */

type Value = unknown;
interface Scope {
  dot: Value;
  root: Value;
  vars: Record<string, Value>;
}

type Node =
  | { type: 'text'; text: string }
  | { type: 'action'; pipeline: string }
  | { type: 'if'; branches: { cond: string; body: Node[] }[]; otherwise: Node[] }
  | { type: 'with'; pipeline: string; body: Node[]; otherwise: Node[] }
  | { type: 'range'; vars: string[]; pipeline: string; body: Node[] }
  | { type: 'define'; name: string; body: Node[] };

export class TemplateError extends Error {}

/** Splits a template into text and `{{ }}` actions, applying `{{-` / `-}}` trimming. */
function lex(source: string, file: string): ({ text: string } | { action: string })[] {
  const out: ({ text: string } | { action: string })[] = [];
  let rest = source;
  let trimNext = false;
  while (rest.length > 0) {
    const open = rest.indexOf('{{');
    let text = open === -1 ? rest : rest.slice(0, open);
    if (trimNext) text = text.replace(/^\s+/, '');
    if (open === -1) {
      out.push({ text });
      break;
    }
    const close = rest.indexOf('}}', open);
    if (close === -1) throw new TemplateError(`${file}: unclosed action`);
    let inner = rest.slice(open + 2, close);
    if (inner.startsWith('- ')) {
      text = text.replace(/\s+$/, '');
      inner = inner.slice(2);
    }
    trimNext = inner.endsWith(' -');
    if (trimNext) inner = inner.slice(0, -2);
    out.push({ text });
    inner = inner.trim();
    if (!(inner.startsWith('/*') && inner.endsWith('*/'))) out.push({ action: inner });
    rest = rest.slice(close + 2);
  }
  return out;
}

function parseTemplate(source: string, file: string): Node[] {
  const tokens = lex(source, file);
  let i = 0;
  // Parses nodes until one of `stops` (an `else…` or `end` keyword), which it returns.
  const parseUntil = (stops: string[]): { nodes: Node[]; stop?: string } => {
    const nodes: Node[] = [];
    while (i < tokens.length) {
      const token = tokens[i++];
      if ('text' in token) {
        if (token.text) nodes.push({ type: 'text', text: token.text });
        continue;
      }
      const action = token.action;
      const keyword = /^(\w+)\b/.exec(action)?.[1] ?? '';
      if (stops.includes(keyword)) return { nodes, stop: action };
      if (keyword === 'if') {
        const branches = [{ cond: action.slice(2).trim(), body: [] as Node[] }];
        let otherwise: Node[] = [];
        for (;;) {
          const part = parseUntil(['else', 'end']);
          if (!part.stop) throw new TemplateError(`${file}: "if" without "end"`);
          branches[branches.length - 1].body = part.nodes;
          if (part.stop === 'end') break;
          const elseIf = /^else\s+if\s+(.+)$/.exec(part.stop);
          if (elseIf) {
            branches.push({ cond: elseIf[1], body: [] });
            continue;
          }
          const last = parseUntil(['end']);
          if (!last.stop) throw new TemplateError(`${file}: "else" without "end"`);
          otherwise = last.nodes;
          break;
        }
        nodes.push({ type: 'if', branches, otherwise });
      } else if (keyword === 'with') {
        const body = parseUntil(['else', 'end']);
        const otherwise = body.stop === 'else' ? parseUntil(['end']).nodes : [];
        nodes.push({ type: 'with', pipeline: action.slice(4).trim(), body: body.nodes, otherwise });
      } else if (keyword === 'range') {
        const match = /^range\s+(?:(\$\w+)\s*(?:,\s*(\$\w+))?\s*:=\s*)?(.+)$/.exec(action);
        if (!match) throw new TemplateError(`${file}: cannot read "${action}"`);
        const body = parseUntil(['end']);
        const vars = [match[1], match[2]].filter((v): v is string => Boolean(v));
        nodes.push({ type: 'range', vars, pipeline: match[3], body: body.nodes });
      } else if (keyword === 'define') {
        const name = /^define\s+"([^"]+)"$/.exec(action)?.[1];
        if (!name) throw new TemplateError(`${file}: cannot read "${action}"`);
        nodes.push({ type: 'define', name, body: parseUntil(['end']).nodes });
      } else if (['else', 'end'].includes(keyword)) {
        throw new TemplateError(`${file}: unexpected "${action}"`);
      } else {
        nodes.push({ type: 'action', pipeline: action });
      }
    }
    return { nodes };
  };
  const { nodes, stop } = parseUntil([]);
  if (stop) throw new TemplateError(`${file}: unexpected "${stop}"`);
  return nodes;
}

/** Go template truthiness: false, 0, nil and empty strings, lists and maps are false. */
function truthy(value: Value): boolean {
  if (value === null || value === undefined || value === false || value === 0 || value === '')
    return false;
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'object') return Object.keys(value).length > 0;
  return true;
}

/** Splits on `sep` outside quotes and parentheses. */
function splitTop(text: string, sep: RegExp): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '\\') i++;
      else if (c === '"') quoted = false;
    } else if (c === '"') quoted = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (depth === 0 && sep.test(c)) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts.map((p) => p.trim()).filter((p) => p.length > 0);
}

const goQuote = (s: string): string =>
  `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n').replace(/\t/g, '\\t')}"`;

const goString = (value: Value): string => {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') throw new TemplateError('cannot print a map or list: use toYaml');
  return String(value);
};

function printf(format: string, args: Value[]): string {
  let n = 0;
  return format.replace(/%([svdq%])/g, (_m, verb: string) => {
    if (verb === '%') return '%';
    const arg = args[n++];
    if (verb === 'q') return goQuote(goString(arg));
    if (verb === 'd') return String(Math.trunc(Number(arg)));
    return goString(arg);
  });
}

const indentLines = (width: number, text: string): string =>
  text
    .split('\n')
    .map((line) => ' '.repeat(width) + line)
    .join('\n');

export class ChartRenderer {
  private readonly defines = new Map<string, Node[]>();

  constructor(private readonly templates: Record<string, string>) {
    for (const [file, source] of Object.entries(templates)) {
      this.collectDefines(parseTemplate(source, file));
    }
  }

  private collectDefines(nodes: Node[]): void {
    for (const node of nodes) if (node.type === 'define') this.defines.set(node.name, node.body);
  }

  render(file: string, context: Value): string {
    const nodes = parseTemplate(this.templates[file], file);
    const output = this.renderNodes(nodes, { dot: context, root: context, vars: {} });
    // Helm prints missing values as "<no value>" and then removes those.
    return output.replaceAll('<no value>', '');
  }

  private renderNodes(nodes: Node[], scope: Scope): string {
    let out = '';
    for (const node of nodes) {
      switch (node.type) {
        case 'text':
          out += node.text;
          break;
        case 'define':
          break;
        case 'action':
          out += goString(this.pipeline(node.pipeline, scope));
          break;
        case 'if': {
          const branch = node.branches.find((b) => truthy(this.pipeline(b.cond, scope)));
          out += this.renderNodes(branch ? branch.body : node.otherwise, scope);
          break;
        }
        case 'with': {
          const value = this.pipeline(node.pipeline, scope);
          out += truthy(value)
            ? this.renderNodes(node.body, { ...scope, dot: value })
            : this.renderNodes(node.otherwise, scope);
          break;
        }
        case 'range': {
          const value = this.pipeline(node.pipeline, scope);
          const entries: [Value, Value][] = Array.isArray(value)
            ? value.map((v, k) => [k, v])
            : value && typeof value === 'object'
              ? Object.keys(value)
                  .sort()
                  .map((k) => [k, (value as Record<string, Value>)[k]])
              : [];
          for (const [key, item] of entries) {
            const vars = { ...scope.vars };
            if (node.vars.length === 1) vars[node.vars[0]] = item;
            if (node.vars.length === 2) [vars[node.vars[0]], vars[node.vars[1]]] = [key, item];
            out += this.renderNodes(node.body, { ...scope, dot: item, vars });
          }
          break;
        }
      }
    }
    return out;
  }

  private pipeline(text: string, scope: Scope): Value {
    let piped: { value: Value } | undefined;
    for (const command of splitTop(text, /\|/)) {
      const words = splitTop(command, /\s/);
      const [head, ...rest] = words;
      const fn = /^[a-zA-Z]\w*$/.test(head) && !['true', 'false', 'nil'].includes(head);
      const args = (fn ? rest : []).map((w) => this.term(w, scope));
      if (!fn && (rest.length > 0 || piped)) {
        throw new TemplateError(`cannot read "${command}": only a function takes arguments`);
      }
      if (piped) args.push(piped.value);
      piped = { value: fn ? this.call(head, args) : this.term(head, scope) };
    }
    return piped?.value;
  }

  private term(word: string, scope: Scope): Value {
    if (word.startsWith('(') && word.endsWith(')')) return this.pipeline(word.slice(1, -1), scope);
    if (word.startsWith('"')) return JSON.parse(word) as string;
    if (/^-?\d+(\.\d+)?$/.test(word)) return Number(word);
    if (word === 'true' || word === 'false') return word === 'true';
    if (word === 'nil') return null;
    const path = /^(\$\w*|)((?:\.\w+)*|\.)$/.exec(word);
    if (!path) throw new TemplateError(`cannot read "${word}"`);
    const [, variable, fields] = path;
    let value: Value = variable === '$' ? scope.root : variable ? scope.vars[variable] : scope.dot;
    if (variable && variable !== '$' && !(variable in scope.vars)) {
      throw new TemplateError(`undefined variable "${variable}"`);
    }
    for (const field of fields === '.' ? [] : fields.split('.').slice(1)) {
      value =
        value && typeof value === 'object' ? (value as Record<string, Value>)[field] : undefined;
    }
    return value;
  }

  private call(name: string, args: Value[]): Value {
    const s = (v: Value) => goString(v);
    switch (name) {
      case 'include': {
        const body = this.defines.get(s(args[0]));
        if (!body) throw new TemplateError(`no template "${s(args[0])}"`);
        return this.renderNodes(body, { dot: args[1], root: args[1], vars: {} });
      }
      case 'quote':
        return args.map((a) => goQuote(s(a))).join(' ');
      case 'default':
        return truthy(args[1]) ? args[1] : args[0];
      case 'required':
        if (!truthy(args[1])) throw new TemplateError(`execution error: ${s(args[0])}`);
        return args[1];
      case 'toYaml':
        return args[0] === undefined
          ? 'null'
          : stringify(args[0], { sortMapEntries: true, lineWidth: 0 }).trimEnd();
      case 'nindent':
        return `\n${indentLines(Number(args[0]), s(args[1]))}`;
      case 'indent':
        return indentLines(Number(args[0]), s(args[1]));
      case 'trunc':
        return s(args[1]).slice(0, Number(args[0]));
      case 'trimSuffix':
        return s(args[1]).endsWith(s(args[0])) && s(args[0])
          ? s(args[1]).slice(0, -s(args[0]).length)
          : s(args[1]);
      case 'contains':
        return s(args[1]).includes(s(args[0]));
      case 'printf':
        return printf(s(args[0]), args.slice(1));
      case 'not':
        return !truthy(args[0]);
      case 'eq':
        return args.slice(1).some((a) => a === args[0]);
      default:
        throw new TemplateError(`function "${name}" is not supported by this renderer`);
    }
  }
}

/** Helm's values merge: maps merge key by key, anything else replaces, null deletes. */
export function mergeValues(base: Value, override: Value): Value {
  if (!override || typeof override !== 'object' || Array.isArray(override)) return override;
  if (!base || typeof base !== 'object' || Array.isArray(base)) return override;
  const merged: Record<string, Value> = { ...(base as Record<string, Value>) };
  for (const [key, value] of Object.entries(override)) {
    if (value === null) delete merged[key];
    else merged[key] = mergeValues(merged[key], value);
  }
  return merged;
}

export interface RenderedChart {
  /** `templates/<file>` → rendered text, for every manifest template (not partials, not NOTES). */
  manifests: Record<string, string>;
  notes: string;
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** `helm template RELEASE CHART -f override.yaml`, as far as this renderer goes. */
export function renderChart(
  chartDir: string,
  release: { name: string; namespace?: string },
  overrides: Value[] = [],
): RenderedChart {
  const chart = parse(readFileSync(join(chartDir, 'Chart.yaml'), 'utf8')) as Record<string, Value>;
  let values = parse(readFileSync(join(chartDir, 'values.yaml'), 'utf8')) as Value;
  for (const override of overrides) values = mergeValues(values, override);
  const files = readdirSync(join(chartDir, 'templates')).sort();
  const templates = Object.fromEntries(
    files.map((f) => [`templates/${f}`, readFileSync(join(chartDir, 'templates', f), 'utf8')]),
  );
  const renderer = new ChartRenderer(templates);
  const context = {
    Values: values,
    Release: { Name: release.name, Namespace: release.namespace ?? 'default', Service: 'Helm' },
    Chart: Object.fromEntries(Object.entries(chart).map(([k, v]) => [capitalise(k), v])),
  };
  const manifests: Record<string, string> = {};
  for (const file of Object.keys(templates)) {
    const base = file.slice('templates/'.length);
    if (base.startsWith('_') || base === 'NOTES.txt') continue;
    manifests[file] = renderer.render(file, context);
  }
  const notes = templates['templates/NOTES.txt']
    ? renderer.render('templates/NOTES.txt', context)
    : '';
  return { manifests, notes };
}
