import fc from 'fast-check';
import { hostileValue, type HostileValue } from './hostile-values';

/**
 * Whole request bodies: valid manifests with one field replaced by a hostile value (type
 * confusion, bounds ± 1), YAML that abuses anchors, aliases and tags, and patch bombs.
 */

/** Valid manifests of every kind the sandbox stores. Names start with "h-" so no fixture is hit. */
export const VALID_MANIFESTS: readonly Record<string, unknown>[] = [
  {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name: 'h-svc', namespace: 'default', labels: { app: 'h' } },
    spec: {
      type: 'NodePort',
      selector: { app: 'h' },
      ports: [{ name: 'http', protocol: 'TCP', port: 80, targetPort: 'http', nodePort: 30080 }],
      sessionAffinity: 'ClientIP',
      externalTrafficPolicy: 'Local',
    },
  },
  {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: 'h-pod', labels: { app: 'h' } },
    spec: {
      nodeName: 'node-1',
      hostname: 'h',
      subdomain: 'h-svc',
      containers: [
        {
          name: 'web',
          image: 'nginx',
          ports: [{ name: 'http', containerPort: 80, protocol: 'TCP' }],
          env: [{ name: 'A', value: 'b' }],
        },
      ],
    },
    status: { podIP: '10.244.1.200', conditions: [{ type: 'Ready', status: 'True' }] },
  },
  {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'h-deploy' },
    spec: {
      replicas: 2,
      selector: { matchLabels: { app: 'h-deploy' } },
      template: {
        metadata: { labels: { app: 'h-deploy' } },
        spec: { containers: [{ name: 'web', image: 'nginx', ports: [{ containerPort: 80 }] }] },
      },
    },
  },
  {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'NetworkPolicy',
    metadata: { name: 'h-netpol' },
    spec: {
      podSelector: { matchLabels: { app: 'h' } },
      policyTypes: ['Ingress', 'Egress'],
      ingress: [
        {
          from: [
            { podSelector: { matchExpressions: [{ key: 'app', operator: 'In', values: ['x'] }] } },
            { ipBlock: { cidr: '10.0.0.0/8', except: ['10.1.0.0/16'] } },
          ],
          ports: [{ protocol: 'TCP', port: 80, endPort: 90 }],
        },
      ],
      egress: [{ to: [{ namespaceSelector: {} }], ports: [{ port: 'http' }] }],
    },
  },
  {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'Ingress',
    metadata: { name: 'h-ingress' },
    spec: {
      ingressClassName: 'nginx',
      tls: [{ hosts: ['h.example.com'], secretName: 'h-tls' }],
      defaultBackend: { service: { name: 'h-svc', port: { number: 80 } } },
      rules: [
        {
          host: '*.example.com',
          http: {
            paths: [
              {
                path: '/api',
                pathType: 'Prefix',
                backend: { service: { name: 'h-svc', port: { name: 'http' } } },
              },
            ],
          },
        },
      ],
    },
  },
  {
    apiVersion: 'discovery.k8s.io/v1',
    kind: 'EndpointSlice',
    metadata: { name: 'h-slice', labels: { 'kubernetes.io/service-name': 'h-svc' } },
    addressType: 'IPv4',
    ports: [{ name: 'http', port: 80, protocol: 'TCP' }],
    endpoints: [{ addresses: ['10.244.1.9'], conditions: { ready: true } }],
  },
  { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'h-ns', labels: { team: 'h' } } },
  {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'IngressClass',
    metadata: { name: 'h-class' },
    spec: { controller: 'k8s.io/ingress-nginx' },
  },
];

type Path = readonly (string | number)[];

/** Every path into a JSON value: each object key, each array index, leaves and containers. */
export function pathsOf(value: unknown, prefix: Path = []): Path[] {
  if (Array.isArray(value))
    return value.flatMap((v, i) => [[...prefix, i], ...pathsOf(v, [...prefix, i])]);
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => [
      [...prefix, k],
      ...pathsOf(v, [...prefix, k]),
    ]);
  return [];
}

const HOLE = '\u0000__HOSTILE__\u0000';

/** JSON text of `doc` with the value at `path` replaced by the hostile JSON (spliced as bytes). */
export function spliceJson(doc: unknown, path: Path, hostile: HostileValue): Buffer {
  const copy = structuredClone(doc) as Record<string | number, unknown>;
  let node: Record<string | number, unknown> = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path[path.length - 1]] = HOLE;
  const [before, after] = JSON.stringify(copy).split(JSON.stringify(HOLE));
  return Buffer.concat([Buffer.from(before), hostile.json, Buffer.from(after)]);
}

export interface HostileDocument {
  label: string;
  body: Buffer;
}

/** A valid manifest with one field (leaf or container) replaced by a hostile value. */
export const mutatedManifest: fc.Arbitrary<HostileDocument> = fc
  .constantFrom(...VALID_MANIFESTS)
  .chain((doc) =>
    fc.record({
      doc: fc.constant(doc),
      path: fc.constantFrom(...pathsOf(doc)),
      hostile: hostileValue,
    }),
  )
  .map(({ doc, path, hostile }) => ({
    label: `${doc.kind} ${path.join('.')} = ${hostile.label}`,
    body: spliceJson(doc, path, hostile),
  }));

/** A valid manifest with a hostile key added under an object (labels, spec, metadata, root). */
export const manifestWithHostileKey: fc.Arbitrary<HostileDocument> = fc
  .record({
    doc: fc.constantFrom(...VALID_MANIFESTS),
    where: fc.constantFrom('', '"metadata":{', '"labels":{', '"spec":{'),
    key: fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty'),
    nested: fc.constantFrom('{"polluted":"yes"}', '"x"', 'null', '{"prototype":{"polluted":1}}'),
  })
  .map(({ doc, where, key, nested }) => {
    const text = JSON.stringify(doc);
    const at = where ? text.indexOf(where) : -1;
    const insert = `"${key}":${nested},`;
    const body =
      at >= 0
        ? text.slice(0, at + where.length) + insert + text.slice(at + where.length)
        : `{${insert}${text.slice(1)}`;
    return { label: `${doc.kind} ${where || 'root'} key ${key}`, body: Buffer.from(body) };
  });

const laughs = (levels: number, width: number): string => {
  const lines = [`l0: &l0 "${'lol'.repeat(4)}"`];
  for (let i = 1; i <= levels; i++)
    lines.push(`l${i}: &l${i} [${Array.from({ length: width }, () => `*l${i - 1}`).join(', ')}]`);
  return lines.join('\n');
};

/** YAML documents that abuse the YAML language itself. */
export const HOSTILE_YAML: HostileDocument[] = [
  [
    'alias bomb 9x9',
    `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: h}\ndata:\n  ${laughs(9, 9).replace(/\n/g, '\n  ')}\n`,
  ],
  [
    'alias bomb in labels',
    `apiVersion: v1\nkind: Service\nmetadata:\n  name: h-svc\n  labels:\n    ${laughs(8, 10).replace(/\n/g, '\n    ')}\nspec: {ports: [{port: 80}]}\n`,
  ],
  ['alias self-reference seq', 'a: &a [*a]\n'],
  [
    'alias self-reference map',
    'apiVersion: v1\nkind: Service\nmetadata: &m {name: h-svc, labels: *m}\nspec: {ports: [{port: 80}]}\n',
  ],
  [
    'alias cycle through merge key',
    'apiVersion: v1\nkind: Service\nmetadata: &m\n  name: h-svc\n  <<: *m\nspec: {ports: [{port: 80}]}\n',
  ],
  ['alias undefined', 'apiVersion: v1\nkind: Service\nmetadata: {name: *nope}\n'],
  [
    'alias to spec reused 1000x',
    `apiVersion: v1\nkind: List\nitems:\n- &s {apiVersion: v1, kind: Service, metadata: {name: h-svc}, spec: {ports: [{port: 80}]}}\n${'- *s\n'.repeat(1000)}`,
  ],
  [
    'anchor on whole document',
    '--- &d\napiVersion: v1\nkind: Namespace\nmetadata: {name: h-ns}\n--- *d\n',
  ],
  [
    'merge key with proto',
    'apiVersion: v1\nkind: Service\nmetadata:\n  name: h-svc\n  labels:\n    <<: {__proto__: {polluted: yes}}\nspec: {ports: [{port: 80}]}\n',
  ],
  [
    'proto key in yaml labels',
    'apiVersion: v1\nkind: Service\nmetadata:\n  name: h-svc\n  labels:\n    __proto__: {polluted: yes}\n    constructor: {prototype: {polluted: yes}}\nspec: {ports: [{port: 80}]}\n',
  ],
  [
    'proto key at root',
    '__proto__: {polluted: yes}\napiVersion: v1\nkind: Namespace\nmetadata: {name: h-ns}\n',
  ],
  [
    'js function tag',
    'apiVersion: v1\nkind: Namespace\nmetadata: {name: !!js/function "function(){return 1}"}\n',
  ],
  ['binary tag', 'apiVersion: v1\nkind: Namespace\nmetadata: {name: !!binary aGVsbG8=}\n'],
  [
    'timestamp tag',
    'apiVersion: v1\nkind: Namespace\nmetadata: {name: 2001-12-14t21:59:43.10-05:00}\n',
  ],
  ['custom tag', 'apiVersion: v1\nkind: !Evil Namespace\nmetadata: {name: h-ns}\n'],
  [
    'set and omap tags',
    'apiVersion: v1\nkind: Namespace\nmetadata: {name: h-ns, labels: !!omap [a: b, a: c]}\n',
  ],
  [
    'complex key',
    'apiVersion: v1\nkind: Namespace\nmetadata: {name: h-ns, labels: {? [a, b] : c}}\n',
  ],
  ['duplicate keys', 'apiVersion: v1\nkind: Namespace\nkind: Service\nmetadata: {name: h-ns}\n'],
  ['10000 empty documents', '---\n'.repeat(10_000)],
  ['3000 documents', 'apiVersion: v1\nkind: Namespace\nmetadata: {name: h-ns}\n---\n'.repeat(3000)],
  ['deep flow nesting', `a: ${'['.repeat(20_000)}${']'.repeat(20_000)}\n`],
  [
    'deep block nesting',
    Array.from({ length: 2000 }, (_, i) => `${' '.repeat(i)}a:`).join('\n') + ' 1\n',
  ],
  [
    'huge block scalar',
    `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: |\n    ${'a'.repeat(900_000)}\n`,
  ],
  ['NUL in yaml', 'apiVersion: v1\nkind: Namespace\nmetadata: {name: "h\\0ns"}\n'],
  ['raw NUL byte', 'apiVersion: v1\nkind: Namespace\u0000\nmetadata: {name: h-ns}\n'],
  ['BOM and tabs', '\ufeffapiVersion: v1\nkind: Namespace\nmetadata:\n\tname: h-ns\n'],
  ['lone surrogate escape', 'apiVersion: v1\nkind: Namespace\nmetadata: {name: "\\ud800"}\n'],
  [
    'yaml directive',
    '%YAML 9.9\n%TAG ! tag:evil,2000:\n---\napiVersion: v1\nkind: Namespace\nmetadata: {name: h-ns}\n',
  ],
  ['scalar document', 'just a string\n'],
  ['number document', '1e400\n'],
  ['list of scalars', '- 1\n- two\n- null\n'],
  ['List with hostile items', 'apiVersion: v1\nkind: List\nitems: [1, null, "x", [], {kind: 7}]\n'],
  ['kind types confused', 'apiVersion: 1\nkind: [Service]\nmetadata: "h"\nspec: []\n'],
  ['unterminated', 'apiVersion: v1\nkind: "Service\nmetadata: {name: [h\n'],
].map(([label, text]) => ({ label: `yaml ${label}`, body: Buffer.from(text) }));

/** Invalid UTF-8 in a YAML body. */
HOSTILE_YAML.push(
  ...[
    [0xff, 0xfe],
    [0xc0, 0xaf],
    [0xed, 0xa0, 0x80],
  ].map((raw) => ({
    label: `yaml invalid utf-8 ${raw.map((b) => b.toString(16)).join(' ')}`,
    body: Buffer.concat([
      Buffer.from('apiVersion: v1\nkind: Namespace\nmetadata: {name: h-'),
      Buffer.from(raw),
      Buffer.from('}\n'),
    ]),
  })),
);

/** Any body for a manifest endpoint: a mutated manifest, a hostile key, hostile YAML, or a bare value. */
export const hostileManifestBody: fc.Arbitrary<HostileDocument> = fc.oneof(
  { weight: 5, arbitrary: mutatedManifest },
  { weight: 2, arbitrary: manifestWithHostileKey },
  { weight: 2, arbitrary: fc.constantFrom(...HOSTILE_YAML) },
  {
    weight: 1,
    arbitrary: hostileValue.map((v) => ({ label: `bare ${v.label}`, body: v.json })),
  },
);

/** JSON patches that explode in size, loop, or point at prototypes. */
export const JSON_PATCH_BOMBS: readonly HostileDocument[] = [
  [
    'copy doubling x40',
    [
      { op: 'add', path: '/metadata/annotations', value: { a: 'x'.repeat(1000) } },
      ...Array.from({ length: 40 }, (_, i) => ({
        op: 'copy',
        from: '/metadata/annotations',
        path: `/metadata/annotations/k${i}`,
      })),
    ],
  ],
  [
    '20000 add ops',
    Array.from({ length: 20_000 }, (_, i) => ({
      op: 'add',
      path: `/metadata/labels/k${i}`,
      value: 'v',
    })),
  ],
  ['move into own child', [{ op: 'move', from: '/spec', path: '/spec/x' }]],
  ['copy into own child', [{ op: 'copy', from: '/metadata', path: '/metadata/labels/m' }]],
  ['proto path', [{ op: 'add', path: '/__proto__/polluted', value: 'yes' }]],
  ['proto path nested', [{ op: 'add', path: '/metadata/__proto__/polluted', value: 'yes' }]],
  [
    'constructor prototype path',
    [{ op: 'add', path: '/constructor/prototype/polluted', value: 'yes' }],
  ],
  ['replace root', [{ op: 'replace', path: '', value: { kind: 'Namespace' } }]],
  ['remove root', [{ op: 'remove', path: '' }]],
  ['huge index', [{ op: 'add', path: '/spec/ports/99999999999', value: { port: 80 } }]],
  ['negative index', [{ op: 'remove', path: '/spec/ports/-1' }]],
  ['leading zero index', [{ op: 'replace', path: '/spec/ports/01', value: { port: 80 } }]],
  ['escape sequences', [{ op: 'add', path: '/metadata/labels/a~2b~', value: 'x' }]],
  ['no leading slash', [{ op: 'add', path: 'metadata/labels/a', value: 'x' }]],
  ['unknown op', [{ op: 'evil', path: '/metadata' }]],
  ['op types wrong', [{ op: 7, path: ['a'], value: undefined }]],
  ['test op fails', [{ op: 'test', path: '/metadata/name', value: { deep: [1] } }]],
  ['not an array', { op: 'add', path: '/a', value: 1 }],
  ['array of junk', [null, 1, 'x', []]],
].map(([label, patch]) => ({
  label: `json-patch ${label}`,
  body: Buffer.from(JSON.stringify(patch)),
}));

/** Merge and strategic-merge patches: directives with wrong types, deep nesting, prototype keys. */
export const MERGE_PATCH_BOMBS: readonly HostileDocument[] = [
  [
    'deep metadata',
    '{"metadata":{"labels":' + '{"a":'.repeat(20_000) + '1' + '}'.repeat(20_000) + '}}',
  ],
  ['patch directive replace', '{"spec":{"$patch":"replace","ports":[{"port":80}]}}'],
  ['patch directive delete root', '{"$patch":"delete"}'],
  ['patch directive wrong type', '{"spec":{"$patch":[1,2]}}'],
  ['set element order junk', '{"spec":{"$setElementOrder/ports":[{"port":"x"},null,7]}}'],
  [
    'set element order huge',
    `{"spec":{"$setElementOrder/ports":${JSON.stringify(Array.from({ length: 50_000 }, (_, i) => ({ port: i })))}}}`,
  ],
  ['retain keys junk', '{"spec":{"$retainKeys":"all"}}'],
  ['delete from primitive list', '{"spec":{"$deleteFromPrimitiveList/policyTypes":{"a":1}}}'],
  ['ports as object', '{"spec":{"ports":{"port":80}}}'],
  ['containers keyed wrong', '{"spec":{"containers":[{"$patch":"delete"},{"name":{"x":1}}]}}'],
  ['proto in patch', '{"metadata":{"__proto__":{"polluted":"yes"}}}'],
  ['constructor in patch', '{"constructor":{"prototype":{"polluted":"yes"}}}'],
  ['null everything', '{"metadata":null,"spec":null,"kind":null,"apiVersion":null}'],
  ['rename', '{"metadata":{"name":"h-renamed","namespace":"kube-system"}}'],
  ['scale replicas huge', '{"spec":{"replicas":1000000000}}'],
  ['scale replicas negative', '{"spec":{"replicas":-1}}'],
  ['scale replicas string', '{"spec":{"replicas":"3"}}'],
  ['scale replicas 1e400', '{"spec":{"replicas":1e400}}'],
].map(([label, text]) => ({ label: `merge-patch ${label}`, body: Buffer.from(text) }));
