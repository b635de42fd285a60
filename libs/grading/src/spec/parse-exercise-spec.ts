/**
 * Parsing and validation of exercise specs. Every problem is reported at once, each with the
 * field path an instructor can find in the YAML (`checks[2].expect.allowed`), the way the API
 * server reports an invalid object.
 */
import { parseDocument } from 'yaml';
import {
  checkInputValue,
  field,
  invalidError,
  isDNS1123Label,
  KubeError,
  KubeErrorCode,
  parseManifests,
  validateObject,
  yamlTokensWithinDepth,
  type FieldCause,
} from '@app/kube';
import { validateClusterConfig } from '@app/netsim';
import { FieldReader, isMap } from './field-reader';
import { validateExerciseSpecShape } from './validate-spec-shape';
import {
  CHECK_KINDS,
  DIFFICULTIES,
  EXERCISE_API_VERSION,
  EXERCISE_KIND,
  type CheckKind,
  type ExerciseCheck,
  type ExerciseClusterOptions,
  type ExerciseSpec,
} from './exercise-spec';
import { readParams } from './check-readers';

/** The qualified kind used in error messages: `Exercise.sandbox.kns.dev "slug" is invalid: …`. */
export const EXERCISE_GROUP_KIND = 'Exercise.sandbox.kns.dev';

/** Largest spec text accepted, in characters. */
export const MAX_SPEC_LENGTH = 512 * 1024;

const TOP_FIELDS = [
  'apiVersion',
  'kind',
  'slug',
  'title',
  'instructions',
  'difficulty',
  'tags',
  'setup',
  'solution',
  'checks',
];
const COMMON_CHECK_FIELDS = [
  'id',
  'description',
  'points',
  'hint',
  'kind',
  'negate',
  'guard',
  'expect',
];
const PARAMS: Record<CheckKind, readonly string[]> = {
  reachability: ['from', 'to', 'port', 'protocol'],
  dns: ['from', 'name', 'type'],
  endpoints: ['service'],
  env: ['pod', 'container', 'name'],
  field: ['object', 'path'],
  ingressRoute: ['url', 'ingressClass'],
  service: ['service'],
};

/**
 * Parses an exercise spec from YAML/JSON text or an already-decoded value and validates it.
 *
 * Returns the normalised spec: `negate` and `guard` default to false, `tags` to [], `setup.cluster` to {},
 * `setup.manifests` to "", `setup.then` to [], dns `type` to A; Pod references are `{namespace, name}` or
 * `{namespace, selector}`; `from: "ns/pod"` of a reachability check becomes `{pod: …}`; object
 * references default their namespace to "default" for namespaced kinds.
 *
 * The shape is checked against the published JSON Schema (EXERCISE_SPEC_SCHEMA, with Ajv);
 * the rules a schema cannot state are checked beside it, and the causes of both are reported
 * together (the schema's first, one per field).
 *
 * Throws KubeError:
 * - BadRequest for text that is not one YAML document (syntax error with its line, several
 *   documents); RequestEntityTooLarge for text longer than MAX_SPEC_LENGTH;
 * - Invalid (`Exercise.sandbox.kns.dev "<slug>" is invalid: …`) listing every cause with its
 *   field path: wrong apiVersion/kind, missing or mistyped fields, unknown fields, a slug that is
 *   not a DNS-1123 label, duplicate check ids, points < 1, bad Pod references, selectors, paths
 *   and regexes, invalid cluster options (`setup.cluster.<field>`, the messages of POST
 *   /v1/clusters) and setup manifests that do not parse or validate
 *   (`setup.manifests[<i>].<field>`, `setup.then[<n>][<i>].<field>`, i counting objects from 0).
 */
export function parseExerciseSpec(input: string | unknown): ExerciseSpec {
  const value = typeof input === 'string' ? decode(input) : input;
  // The shape against the published JSON Schema (Ajv); the readers below add what no schema
  // can say (labels, unique ids, selectors, paths, manifests), so one pass reports everything.
  const shape = validateExerciseSpecShape(value);
  const r = new FieldReader();
  const reported = (): FieldCause[] => {
    const fields = new Set(shape.map((c) => c.field));
    return [...shape, ...r.causes.filter((c) => !fields.has(c.field))];
  };
  const root = r.map(value, '');
  if (!root) throw invalidError(EXERCISE_GROUP_KIND, '', reported());
  r.onlyKnown(root, '', TOP_FIELDS);

  if (root.apiVersion !== EXERCISE_API_VERSION) {
    r.add(field.notSupported('apiVersion', root.apiVersion ?? '', [EXERCISE_API_VERSION]));
  }
  if (root.kind !== EXERCISE_KIND)
    r.add(field.notSupported('kind', root.kind ?? '', [EXERCISE_KIND]));

  const slug = r.string(root.slug, 'slug');
  if (slug !== undefined) {
    for (const msg of isDNS1123Label(slug)) r.add(field.invalid('slug', slug, msg));
  }
  const title = r.string(root.title, 'title');
  const instructions = r.string(root.instructions, 'instructions');
  const difficulty = r.oneOf(root.difficulty, 'difficulty', DIFFICULTIES);
  const tags = root.tags === undefined ? [] : r.strings(root.tags, 'tags');
  const setup = readSetup(r, root.setup);
  const solution = r.string(root.solution, 'solution', false);
  if (solution) for (const c of manifestCauses(solution, 'solution')) r.add(c);
  const checks = readChecks(r, root.checks);

  if (r.causes.length > 0 || shape.length > 0)
    throw invalidError(EXERCISE_GROUP_KIND, slug ?? '', reported());
  return {
    apiVersion: EXERCISE_API_VERSION,
    kind: EXERCISE_KIND,
    slug: slug as string,
    title: title as string,
    instructions: instructions as string,
    difficulty: difficulty as ExerciseSpec['difficulty'],
    tags: tags ?? [],
    setup: setup as ExerciseSpec['setup'],
    ...(solution ? { solution } : {}),
    checks: checks as ExerciseCheck[],
  };
}

function decode(text: string): unknown {
  if (text.length > MAX_SPEC_LENGTH) {
    throw new KubeError(
      KubeErrorCode.RequestEntityTooLarge,
      `exercise spec is too large: more than ${MAX_SPEC_LENGTH} characters`,
    );
  }
  // The composer and toJS recurse: refuse deep nesting before they run, as manifests do.
  yamlTokensWithinDepth(text);
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
  const err = doc.errors[0];
  if (err) {
    const line = err.linePos?.[0].line ?? 1;
    const message = err.message.split('\n')[0];
    if (err.code === 'MULTIPLE_DOCS') {
      throw new KubeError(
        KubeErrorCode.BadRequest,
        'exercise spec: expected one YAML document, found several',
        [
          {
            reason: 'FieldValueInvalid',
            field: '',
            message: `line ${line}: one document per exercise`,
          },
        ],
      );
    }
    throw new KubeError(
      KubeErrorCode.BadRequest,
      `exercise spec: error converting YAML to JSON: yaml: line ${line}: ${message}`,
      [{ reason: 'FieldValueInvalid', field: '', message: `line ${line}: ${message}` }],
    );
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    throw new KubeError(
      KubeErrorCode.BadRequest,
      `exercise spec: ${e instanceof Error ? e.message : String(e)}`,
    );
  }
  // Alias cycles, NUL and lone surrogates: what JSON and PostgreSQL cannot hold.
  checkInputValue(value, { where: 'exercise spec' });
  return value;
}

function readSetup(r: FieldReader, value: unknown): ExerciseSpec['setup'] | undefined {
  const setup = r.map(value, 'setup');
  if (!setup) return undefined;
  r.onlyKnown(setup, 'setup', ['cluster', 'manifests', 'then']);
  const cluster = r.map(setup.cluster, 'setup.cluster', false) ?? {};
  const { causes } = validateClusterConfig(cluster);
  for (const c of causes) r.add({ ...c, field: field.child('setup.cluster', c.field) });
  const manifests =
    setup.manifests === undefined
      ? ''
      : (r.string(setup.manifests, 'setup.manifests', false) ?? '');
  if (manifests) {
    for (const c of manifestCauses(manifests, 'setup.manifests')) r.add(c);
  }
  const then = setup.then === undefined ? [] : (r.strings(setup.then, 'setup.then') ?? []);
  then.forEach((step, i) => {
    for (const c of manifestCauses(step, `setup.then[${i}]`)) r.add(c);
  });
  return { cluster: cluster as ExerciseClusterOptions, manifests, then };
}

/** Parse + per-object validation causes of a manifest stream, with paths under `path`. */
function manifestCauses(manifests: string, path: string): FieldCause[] {
  let objects;
  try {
    objects = parseManifests(manifests);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return [{ reason: 'FieldValueInvalid', field: path, message: `Invalid value: ${message}` }];
  }
  const out: FieldCause[] = [];
  objects.forEach((obj, i) => {
    for (const c of validateObject(obj)) {
      const where = `${obj.kind} ${obj.metadata.namespace ? `${obj.metadata.namespace}/` : ''}${obj.metadata.name ?? ''}`;
      out.push({
        ...c,
        field: field.child(`${path}[${i}]`, c.field),
        message: `${c.message} (${where})`,
      });
    }
  });
  return out;
}

function readChecks(r: FieldReader, value: unknown): ExerciseCheck[] | undefined {
  const items = r.list(value, 'checks');
  if (!items) return undefined;
  if (items.length === 0) r.add(field.required('checks', 'an exercise needs at least one check'));
  const seen = new Set<string>();
  const out: ExerciseCheck[] = [];
  items.forEach((item, i) => {
    const path = `checks[${i}]`;
    const before = r.causes.length;
    const check = readCheck(r, item, path);
    const id = isMap(item) && typeof item.id === 'string' ? item.id : undefined;
    if (id !== undefined && seen.has(id)) r.add(field.duplicate(`${path}.id`, id));
    if (id !== undefined) seen.add(id);
    if (check && r.causes.length === before) out.push(check);
  });
  return out;
}

function readCheck(r: FieldReader, value: unknown, path: string): ExerciseCheck | undefined {
  const m = r.map(value, path);
  if (!m) return undefined;
  const at = (k: string): string => field.child(path, k);
  const id = r.string(m.id, at('id'));
  if (id !== undefined)
    for (const msg of isDNS1123Label(id)) r.add(field.invalid(at('id'), id, msg));
  const description = r.string(m.description, at('description'));
  const points = r.integer(m.points, at('points'), { min: 1 });
  const hint = r.string(m.hint, at('hint'));
  const negate = r.boolean(m.negate, at('negate'), false) ?? false;
  const guard = r.boolean(m.guard, at('guard'), false) ?? false;
  const kind = r.oneOf(m.kind, at('kind'), CHECK_KINDS);
  if (!kind) return undefined;
  r.onlyKnown(m, path, [...COMMON_CHECK_FIELDS, ...PARAMS[kind]]);
  const expect = r.map(m.expect, at('expect'));
  if (
    id === undefined ||
    description === undefined ||
    points === undefined ||
    hint === undefined ||
    !expect
  ) {
    // Still validate the kind's own fields so one pass reports everything.
    readParams(r, kind, m, expect ?? {}, path);
    return undefined;
  }
  const params = readParams(r, kind, m, expect, path);
  if (!params) return undefined;
  return { id, description, points, hint, negate, guard, ...params } as ExerciseCheck;
}
