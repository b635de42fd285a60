/**
 * The published JSON Schema (draft-07) of the exercise spec, `apiVersion: sandbox.kns.dev/v1`,
 * `kind: Exercise`: what editors and instructors' tooling validate against, served by the API
 * and committed as `apps/api/exercise-spec.schema.json`. `x-kns-message` words the cause a
 * failed pattern or alternative reports. Rules no schema can state (DNS labels, unique check
 * ids, selectors, field paths, regexes, manifests, cluster options) are checked after it.
 */
import { CHECK_KINDS, DIFFICULTIES, EXERCISE_API_VERSION, EXERCISE_KIND } from './exercise-spec';

export const EXERCISE_SPEC_SCHEMA_ID = 'https://sandbox.kns.dev/schemas/exercise-v1.json';

type Schema = Record<string, unknown>;

const text: Schema = { type: 'string', minLength: 1 };
const optionalText: Schema = { type: 'string' };
const texts: Schema = {
  anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }],
  'x-kns-message': 'must be a string or a list of strings',
};
const nsName: Schema = {
  type: 'string',
  pattern: '^[^/\\s]+/[^/\\s]+$',
  'x-kns-message': 'must be "namespace/name"',
};
const port: Schema = {
  anyOf: [
    { type: 'integer', minimum: 1, maximum: 65535 },
    { type: 'string', minLength: 1 },
  ],
  'x-kns-message': 'must be a port number (1-65535) or a port name',
};
const protocol: Schema = { type: 'string', enum: ['TCP', 'UDP', 'SCTP'] };
const count: Schema = { type: 'integer', minimum: 0 };
const podTargetObject: Schema = {
  type: 'object',
  properties: { namespace: optionalText, name: text, selector: text },
  additionalProperties: false,
};
const podTarget: Schema = {
  anyOf: [nsName, podTargetObject],
  'x-kns-message': 'must be "namespace/name", {namespace, name} or {namespace, selector}',
};
const object = (properties: Schema, required: string[] = []): Schema => ({
  type: 'object',
  properties,
  ...(required.length > 0 ? { required } : {}),
  additionalProperties: false,
});

const COMMON: Schema = {
  id: text,
  description: text,
  points: { type: 'integer', minimum: 1 },
  hint: text,
  kind: { type: 'string', enum: [...CHECK_KINDS] },
  negate: { type: 'boolean', description: 'Pass when the expectation is NOT met' },
  guard: {
    type: 'boolean',
    description:
      'Only guards against breaking what works: earns its points once every other check passes',
  },
};

/** Per check kind: its own parameters, the required ones, and the shape of `expect`. */
const KINDS: Record<
  (typeof CHECK_KINDS)[number],
  { params: Schema; required: string[]; expect: Schema }
> = {
  reachability: {
    params: {
      from: {
        anyOf: [
          nsName,
          object({ external: text }, ['external']),
          object({ pod: podTarget }, ['pod']),
          podTargetObject,
        ],
        'x-kns-message': 'must be a Pod ("namespace/name", {pod: …}) or {external: ip}',
      },
      to: object({
        pod: nsName,
        service: nsName,
        host: text,
        ip: text,
        url: text,
        node: text,
        nodePort: { type: 'integer', minimum: 1, maximum: 65535 },
      }),
      port,
      protocol,
    },
    required: ['from', 'to'],
    expect: object({ allowed: { type: 'boolean' }, verdict: optionalText }, ['allowed']),
  },
  dns: {
    params: {
      from: podTarget,
      name: text,
      type: { type: 'string', enum: ['A', 'AAAA', 'SRV', 'PTR', 'CNAME', 'TXT', 'ANY'] },
    },
    required: ['name'],
    expect: object({
      rcode: { type: 'string', enum: ['NOERROR', 'NXDOMAIN', 'SERVFAIL', 'REFUSED'] },
      answers: texts,
      contains: texts,
    }),
  },
  endpoints: {
    params: { service: nsName },
    required: ['service'],
    expect: object({ count, ready: count, addresses: texts }),
  },
  env: {
    params: { pod: podTarget, container: optionalText, name: text },
    required: ['pod', 'name'],
    expect: object(
      {
        present: { type: 'boolean' },
        value: { type: ['string', 'number'] },
      },
      ['present'],
    ),
  },
  field: {
    params: {
      object: object({ kind: text, namespace: optionalText, name: text }, ['kind', 'name']),
      path: text,
    },
    required: ['object', 'path'],
    expect: object({ equals: {}, exists: { type: 'boolean' }, matches: optionalText }),
  },
  ingressRoute: {
    params: { url: text, ingressClass: optionalText },
    required: ['url'],
    expect: object(
      { matched: { type: 'boolean' }, service: optionalText, port, tlsSecret: optionalText },
      ['matched'],
    ),
  },
  service: {
    params: { service: nsName },
    required: ['service'],
    expect: object({
      type: { type: 'string', enum: ['ClusterIP', 'NodePort', 'LoadBalancer', 'ExternalName'] },
      ports: {
        type: 'array',
        items: object(
          {
            port: { type: 'integer', minimum: 1, maximum: 65535 },
            protocol,
            name: optionalText,
            targetPort: port,
            nodePort: { type: 'integer', minimum: 1, maximum: 65535 },
          },
          ['port'],
        ),
      },
    }),
  },
};

const check: Schema = {
  type: 'object',
  required: ['id', 'description', 'points', 'hint', 'kind', 'expect'],
  properties: { ...COMMON, expect: { type: 'object' } },
  allOf: Object.entries(KINDS).map(([kind, k]) => ({
    if: { properties: { kind: { const: kind } }, required: ['kind'] },
    then: {
      properties: { ...k.params, expect: k.expect },
      required: k.required,
      propertyNames: { enum: [...Object.keys(COMMON), 'expect', ...Object.keys(k.params)] },
    },
  })),
};

/** The schema as published (a plain JSON value). */
export const EXERCISE_SPEC_SCHEMA: Schema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: EXERCISE_SPEC_SCHEMA_ID,
  title: 'Exercise (sandbox.kns.dev/v1)',
  description:
    'An auto-graded exercise: setup manifests for a fresh cluster and checks that ask the simulation a question and state the expected answer.',
  type: 'object',
  required: [
    'apiVersion',
    'kind',
    'slug',
    'title',
    'instructions',
    'difficulty',
    'setup',
    'checks',
  ],
  properties: {
    apiVersion: { const: EXERCISE_API_VERSION },
    kind: { const: EXERCISE_KIND },
    slug: { ...text, description: 'DNS-1123 label, unique in the catalog' },
    title: text,
    instructions: { ...text, description: 'Markdown' },
    difficulty: { type: 'string', enum: [...DIFFICULTIES] },
    tags: texts,
    setup: object({
      cluster: {
        type: 'object',
        description: 'The body of POST /v1/clusters without name (nodes, networkPlugin, …)',
      },
      manifests: { type: 'string', description: 'A multi-document YAML stream' },
      then: { ...texts, description: 'Further YAML streams, each applied as its own request' },
    }),
    solution: {
      type: 'string',
      description:
        'A reference solution (YAML applied after the setup): grading compares the learner’s NetworkPolicies with it',
    },
    checks: { type: 'array', minItems: 1, items: check },
  },
  additionalProperties: false,
};
