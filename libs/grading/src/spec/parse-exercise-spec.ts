/**
 * Parsing and validation of exercise specs. Every problem is reported at once, each with the
 * field path an instructor can find in the YAML (`checks[2].expect.allowed`), the way the API
 * server reports an invalid object.
 */
import { parseDocument } from 'yaml';
import {
  checkInputValue,
  field,
  findKind,
  invalidError,
  isDNS1123Label,
  KubeError,
  KubeErrorCode,
  parseManifests,
  parseSelector,
  validateObject,
  yamlTokensWithinDepth,
  type FieldCause,
  type Protocol,
} from '@app/kube';
import { validateClusterConfig } from '@app/netsim';
import { FieldPathError, parseFieldPath } from '../checks/field-path';
import { FieldReader, isMap, type YamlMap } from './field-reader';
import { validateExerciseSpecShape } from './validate-spec-shape';
import {
  CHECK_KINDS,
  DIFFICULTIES,
  EXERCISE_API_VERSION,
  EXERCISE_KIND,
  type CheckKind,
  type DnsCheck,
  type EndpointsCheck,
  type EnvCheck,
  type ExerciseCheck,
  type ExerciseClusterOptions,
  type ExerciseSpec,
  type ExpectedServicePort,
  type FieldCheck,
  type IngressRouteCheck,
  type PodTarget,
  type ReachabilityCheck,
  type ReachabilityDestination,
  type ReachabilitySource,
  type ServiceCheck,
} from './exercise-spec';

/** The qualified kind used in error messages: `Exercise.sandbox.kns.dev "slug" is invalid: …`. */
export const EXERCISE_GROUP_KIND = 'Exercise.sandbox.kns.dev';

/** Largest spec text accepted, in characters. */
export const MAX_SPEC_LENGTH = 512 * 1024;

const PROTOCOLS: readonly Protocol[] = ['TCP', 'UDP', 'SCTP'];
const DNS_TYPES = ['A', 'AAAA', 'SRV', 'PTR', 'CNAME', 'TXT', 'ANY'] as const;
const RCODES = ['NOERROR', 'NXDOMAIN', 'SERVFAIL', 'REFUSED'] as const;
const SERVICE_TYPES = ['ClusterIP', 'NodePort', 'LoadBalancer', 'ExternalName'] as const;
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

type Params<T> = Omit<T, 'id' | 'description' | 'points' | 'hint' | 'negate' | 'guard'>;

function readParams(
  r: FieldReader,
  kind: CheckKind,
  m: YamlMap,
  expect: YamlMap,
  path: string,
): Params<ExerciseCheck> | undefined {
  switch (kind) {
    case 'reachability':
      return readReachability(r, m, expect, path);
    case 'dns':
      return readDns(r, m, expect, path);
    case 'endpoints':
      return readEndpoints(r, m, expect, path);
    case 'env':
      return readEnv(r, m, expect, path);
    case 'field':
      return readField(r, m, expect, path);
    case 'ingressRoute':
      return readIngressRoute(r, m, expect, path);
    case 'service':
      return readService(r, m, expect, path);
  }
}

/** Returns undefined when any cause was added since `before`. */
const clean = <T>(r: FieldReader, before: number, value: T): T | undefined =>
  r.causes.length === before ? value : undefined;

const NS_NAME = /^([^/\s]+)\/([^/\s]+)$/;

/** "namespace/name". */
function readNamespacedName(r: FieldReader, value: unknown, path: string): string | undefined {
  const s = r.string(value, path);
  if (s === undefined) return undefined;
  const match = NS_NAME.exec(s);
  if (!match) {
    r.add(field.invalid(path, s, 'must be "namespace/name"'));
    return undefined;
  }
  const before = r.causes.length;
  for (const msg of isDNS1123Label(match[1])) r.add(field.invalid(path, s, `namespace: ${msg}`));
  return clean(r, before, s);
}

/** "namespace/name" or {namespace?, name} or {namespace?, selector: "app=web,tier=front"}. */
function readPodTarget(r: FieldReader, value: unknown, path: string): PodTarget | undefined {
  if (typeof value === 'string') {
    const s = readNamespacedName(r, value, path);
    if (!s) return undefined;
    const [namespace, name] = s.split('/');
    return { namespace, name };
  }
  const m = r.map(value, path);
  if (!m) return undefined;
  r.onlyKnown(m, path, ['namespace', 'name', 'selector']);
  const namespace = r.string(m.namespace, field.child(path, 'namespace'), false) ?? 'default';
  if (m.name !== undefined && m.selector !== undefined) {
    r.add(field.forbidden(path, 'name and selector are mutually exclusive'));
    return undefined;
  }
  if (m.selector !== undefined) {
    const selector = r.string(m.selector, field.child(path, 'selector'));
    if (selector === undefined) return undefined;
    try {
      parseSelector(selector);
    } catch (e) {
      r.add(
        field.invalid(
          field.child(path, 'selector'),
          selector,
          e instanceof Error ? e.message : String(e),
        ),
      );
      return undefined;
    }
    return { namespace, selector };
  }
  const name = r.string(m.name, field.child(path, 'name'));
  return name === undefined ? undefined : { namespace, name };
}

function readPort(
  r: FieldReader,
  value: unknown,
  path: string,
  required: boolean,
): number | string | undefined {
  if (typeof value === 'string' && value !== '') return value;
  return r.integer(value, path, { required, min: 1, max: 65535 });
}

function readReachability(
  r: FieldReader,
  m: YamlMap,
  expect: YamlMap,
  path: string,
): Params<ReachabilityCheck> | undefined {
  const before = r.causes.length;
  const at = (k: string): string => field.child(path, k);
  let from: ReachabilitySource | undefined;
  if (isMap(m.from) && m.from.external !== undefined) {
    r.onlyKnown(m.from, at('from'), ['external']);
    const ip = r.string(m.from.external, at('from.external'));
    if (ip !== undefined) from = { external: ip };
  } else if (isMap(m.from) && m.from.pod !== undefined) {
    r.onlyKnown(m.from, at('from'), ['pod']);
    const pod = readPodTarget(r, m.from.pod, at('from.pod'));
    if (pod) from = { pod };
  } else if (m.from === undefined) {
    r.add(field.required(at('from'), 'a Pod ("namespace/name", {pod: …}) or {external: ip}'));
  } else {
    const pod = readPodTarget(r, m.from, at('from'));
    if (pod) from = { pod };
  }
  const to = readDestination(r, m.to, at('to'));
  const port = m.port === undefined ? undefined : readPort(r, m.port, at('port'), false);
  const protocol = r.oneOf(m.protocol, at('protocol'), PROTOCOLS, false);
  r.onlyKnown(expect, at('expect'), ['allowed', 'verdict']);
  const allowed = r.boolean(expect.allowed, at('expect.allowed'));
  const verdict = r.string(expect.verdict, at('expect.verdict'), false);
  if (to && !('url' in to) && !('node' in to) && port === undefined) {
    r.add(field.required(at('port'), 'the destination port (a number or a container port name)'));
  }
  return clean(r, before, {
    kind: 'reachability' as const,
    from: from as ReachabilitySource,
    to: to as ReachabilityDestination,
    ...(port !== undefined ? { port } : {}),
    ...(protocol ? { protocol } : {}),
    expect: { allowed: allowed as boolean, ...(verdict ? { verdict } : {}) },
  });
}

function readDestination(
  r: FieldReader,
  value: unknown,
  path: string,
): ReachabilityDestination | undefined {
  const m = r.map(value, path);
  if (!m) return undefined;
  const at = (k: string): string => field.child(path, k);
  const keys = ['pod', 'service', 'host', 'ip', 'url', 'node'].filter((k) => m[k] !== undefined);
  r.onlyKnown(m, path, ['pod', 'service', 'host', 'ip', 'url', 'node', 'nodePort']);
  if (keys.length !== 1) {
    r.add(
      keys.length === 0
        ? field.required(path, 'one of pod, service, host, ip, url, or node with nodePort')
        : field.forbidden(path, `only one destination may be given, found ${keys.join(', ')}`),
    );
    return undefined;
  }
  const k = keys[0];
  if (m.nodePort !== undefined && k !== 'node')
    r.add(field.forbidden(at('nodePort'), 'only with node'));
  switch (k) {
    case 'pod':
    case 'service': {
      const s = readNamespacedName(r, m[k], at(k));
      return s === undefined ? undefined : k === 'pod' ? { pod: s } : { service: s };
    }
    case 'node': {
      const node = r.string(m.node, at('node'));
      const nodePort = r.integer(m.nodePort, at('nodePort'), { min: 1, max: 65535 });
      return node === undefined || nodePort === undefined ? undefined : { node, nodePort };
    }
    default: {
      const s = r.string(m[k], at(k));
      if (s === undefined) return undefined;
      return k === 'host' ? { host: s } : k === 'ip' ? { ip: s } : { url: s };
    }
  }
}

function readDns(
  r: FieldReader,
  m: YamlMap,
  expect: YamlMap,
  path: string,
): Params<DnsCheck> | undefined {
  const before = r.causes.length;
  const at = (k: string): string => field.child(path, k);
  const from = m.from === undefined ? undefined : readPodTarget(r, m.from, at('from'));
  const name = r.string(m.name, at('name'));
  const type = r.oneOf(m.type, at('type'), DNS_TYPES, false) ?? 'A';
  r.onlyKnown(expect, at('expect'), ['rcode', 'answers', 'contains']);
  const rcode = r.oneOf(expect.rcode, at('expect.rcode'), RCODES, false);
  const answers = r.strings(expect.answers, at('expect.answers'), false);
  const contains = r.strings(expect.contains, at('expect.contains'), false);
  if (expect.rcode === undefined && expect.answers === undefined && expect.contains === undefined) {
    r.add(field.required(at('expect'), 'at least one of rcode, answers, contains'));
  }
  return clean(r, before, {
    kind: 'dns' as const,
    ...(from ? { from } : {}),
    name: name as string,
    type,
    expect: {
      ...(rcode ? { rcode } : {}),
      ...(answers ? { answers } : {}),
      ...(contains ? { contains } : {}),
    },
  });
}

function readEndpoints(
  r: FieldReader,
  m: YamlMap,
  expect: YamlMap,
  path: string,
): Params<EndpointsCheck> | undefined {
  const before = r.causes.length;
  const at = (k: string): string => field.child(path, k);
  const service = readNamespacedName(r, m.service, at('service'));
  r.onlyKnown(expect, at('expect'), ['count', 'ready', 'addresses']);
  const count = r.integer(expect.count, at('expect.count'), { required: false, min: 0 });
  const ready = r.integer(expect.ready, at('expect.ready'), { required: false, min: 0 });
  const addresses = r.strings(expect.addresses, at('expect.addresses'), false);
  if (expect.count === undefined && expect.ready === undefined && expect.addresses === undefined) {
    r.add(field.required(at('expect'), 'at least one of count, ready, addresses'));
  }
  return clean(r, before, {
    kind: 'endpoints' as const,
    service: service as string,
    expect: {
      ...(count !== undefined ? { count } : {}),
      ...(ready !== undefined ? { ready } : {}),
      ...(addresses ? { addresses } : {}),
    },
  });
}

function readEnv(
  r: FieldReader,
  m: YamlMap,
  expect: YamlMap,
  path: string,
): Params<EnvCheck> | undefined {
  const before = r.causes.length;
  const at = (k: string): string => field.child(path, k);
  const pod = readPodTarget(r, m.pod, at('pod'));
  const container = r.string(m.container, at('container'), false);
  const name = r.string(m.name, at('name'));
  r.onlyKnown(expect, at('expect'), ['present', 'value']);
  const present = r.boolean(expect.present, at('expect.present'));
  let value: string | undefined;
  if (expect.value !== undefined) {
    value =
      typeof expect.value === 'number'
        ? String(expect.value)
        : r.string(expect.value, at('expect.value'));
    if (present === false) r.add(field.forbidden(at('expect.value'), 'only with present: true'));
  }
  return clean(r, before, {
    kind: 'env' as const,
    pod: pod as PodTarget,
    ...(container ? { container } : {}),
    name: name as string,
    expect: { present: present as boolean, ...(value !== undefined ? { value } : {}) },
  });
}

function readField(
  r: FieldReader,
  m: YamlMap,
  expect: YamlMap,
  path: string,
): Params<FieldCheck> | undefined {
  const before = r.causes.length;
  const at = (k: string): string => field.child(path, k);
  const obj = r.map(m.object, at('object'));
  let object: FieldCheck['object'] | undefined;
  if (obj) {
    r.onlyKnown(obj, at('object'), ['kind', 'namespace', 'name']);
    const kind = r.string(obj.kind, at('object.kind'));
    const name = r.string(obj.name, at('object.name'));
    const info = kind ? findKind(kind) : undefined;
    if (kind && !info)
      r.add(field.invalid(at('object.kind'), kind, 'not a kind the sandbox stores'));
    const namespace = info?.namespaced
      ? (r.string(obj.namespace, at('object.namespace'), false) ?? 'default')
      : '';
    if (info && name) object = { kind: info.kind, namespace, name };
  }
  const p = r.string(m.path, at('path'));
  if (p !== undefined) {
    try {
      parseFieldPath(p);
    } catch (e) {
      if (!(e instanceof FieldPathError)) throw e;
      r.add(field.invalid(at('path'), p, e.message));
    }
  }
  r.onlyKnown(expect, at('expect'), ['equals', 'exists', 'matches']);
  const given = ['equals', 'exists', 'matches'].filter((k) => Object.hasOwn(expect, k));
  if (given.length !== 1) {
    r.add(
      given.length === 0
        ? field.required(at('expect'), 'one of equals, exists, matches')
        : field.forbidden(
            at('expect'),
            `equals, exists and matches are mutually exclusive, found ${given.join(', ')}`,
          ),
    );
  }
  const exists = r.boolean(expect.exists, at('expect.exists'), false);
  const matches = r.string(expect.matches, at('expect.matches'), false);
  if (matches !== undefined) {
    try {
      new RegExp(matches);
    } catch (e) {
      r.add(
        field.invalid(
          at('expect.matches'),
          matches,
          `not a valid regular expression: ${(e as Error).message}`,
        ),
      );
    }
  }
  return clean(r, before, {
    kind: 'field' as const,
    object: object as FieldCheck['object'],
    path: p as string,
    expect: {
      ...(Object.hasOwn(expect, 'equals') ? { equals: expect.equals } : {}),
      ...(exists !== undefined ? { exists } : {}),
      ...(matches !== undefined ? { matches } : {}),
    },
  });
}

function readIngressRoute(
  r: FieldReader,
  m: YamlMap,
  expect: YamlMap,
  path: string,
): Params<IngressRouteCheck> | undefined {
  const before = r.causes.length;
  const at = (k: string): string => field.child(path, k);
  const url = r.string(m.url, at('url'));
  const ingressClass = r.string(m.ingressClass, at('ingressClass'), false);
  r.onlyKnown(expect, at('expect'), ['matched', 'service', 'port', 'tlsSecret']);
  const matched = r.boolean(expect.matched, at('expect.matched'));
  const service = r.string(expect.service, at('expect.service'), false);
  const port =
    expect.port === undefined ? undefined : readPort(r, expect.port, at('expect.port'), false);
  const tlsSecret = r.string(expect.tlsSecret, at('expect.tlsSecret'), false);
  if (matched === false && (service || port !== undefined || tlsSecret)) {
    r.add(field.forbidden(at('expect'), 'service, port and tlsSecret only with matched: true'));
  }
  return clean(r, before, {
    kind: 'ingressRoute' as const,
    url: url as string,
    ...(ingressClass ? { ingressClass } : {}),
    expect: {
      matched: matched as boolean,
      ...(service ? { service } : {}),
      ...(port !== undefined ? { port } : {}),
      ...(tlsSecret ? { tlsSecret } : {}),
    },
  });
}

function readService(
  r: FieldReader,
  m: YamlMap,
  expect: YamlMap,
  path: string,
): Params<ServiceCheck> | undefined {
  const before = r.causes.length;
  const at = (k: string): string => field.child(path, k);
  const service = readNamespacedName(r, m.service, at('service'));
  r.onlyKnown(expect, at('expect'), ['type', 'ports']);
  const type = r.oneOf(expect.type, at('expect.type'), SERVICE_TYPES, false);
  const items = r.list(expect.ports, at('expect.ports'), false);
  const ports: ExpectedServicePort[] = [];
  items?.forEach((item, i) => {
    const p = field.index(at('expect.ports'), i);
    const pm = r.map(item, p);
    if (!pm) return;
    r.onlyKnown(pm, p, ['port', 'protocol', 'name', 'targetPort', 'nodePort']);
    const port = r.integer(pm.port, `${p}.port`, { min: 1, max: 65535 });
    const protocol = r.oneOf(pm.protocol, `${p}.protocol`, PROTOCOLS, false);
    const name = r.string(pm.name, `${p}.name`, false);
    const targetPort =
      pm.targetPort === undefined
        ? undefined
        : readPort(r, pm.targetPort, `${p}.targetPort`, false);
    const nodePort = r.integer(pm.nodePort, `${p}.nodePort`, {
      required: false,
      min: 1,
      max: 65535,
    });
    if (port === undefined) return;
    ports.push({
      port,
      ...(protocol ? { protocol } : {}),
      ...(name ? { name } : {}),
      ...(targetPort !== undefined ? { targetPort } : {}),
      ...(nodePort !== undefined ? { nodePort } : {}),
    });
  });
  if (expect.type === undefined && expect.ports === undefined) {
    r.add(field.required(at('expect'), 'at least one of type, ports'));
  }
  return clean(r, before, {
    kind: 'service' as const,
    service: service as string,
    expect: { ...(type ? { type } : {}), ...(items ? { ports } : {}) },
  });
}
