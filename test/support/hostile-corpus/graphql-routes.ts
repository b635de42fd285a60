import fc from 'fast-check';
import { HOSTILE_YAML, mutatedManifest, spliceJson, pathsOf } from './hostile-documents';
import { bearer, queryString, type CorpusContext, type HostileRequest } from './hostile-request';
import { hostileString, hostileValue, HOSTILE_STRINGS, type HostileValue } from './hostile-values';
import { documentAttacks, post } from './graphql-document-attacks';

interface Operation {
  name: string;
  query: string;
  variables: Record<string, unknown>;
}

const clusterField = (field: string, args: string, call: string, select = '') => ({
  args,
  query: `query(${args}) { cluster(id: $id) { ${field}${call}${select} } }`,
});

/** Every query field and mutation of the schema, with valid variables to start from. */
function operations(ctx: CorpusContext): Operation[] {
  const id = ctx.clusterId;
  const q = (name: string, query: string, variables: Record<string, unknown>) => ({
    name,
    query,
    variables,
  });
  const cluster = (
    field: string,
    args: Record<string, [string, unknown]>,
    select = '',
  ): Operation => {
    const decl = ['$id: ID!', ...Object.entries(args).map(([k, [t]]) => `$${k}: ${t}`)].join(', ');
    const call = Object.keys(args).length
      ? `(${Object.keys(args)
          .map((k) => `${k}: $${k}`)
          .join(', ')})`
      : '';
    return q(`cluster.${field}`, clusterField(field, decl, call, select).query, {
      id,
      ...Object.fromEntries(Object.entries(args).map(([k, [, v]]) => [k, v])),
    });
  };
  const mutation = (
    name: string,
    args: Record<string, [string, unknown]>,
    select = '',
  ): Operation => {
    const decl = Object.entries(args)
      .map(([k, [t]]) => `$${k}: ${t}`)
      .join(', ');
    const call = Object.keys(args)
      .map((k) => `${k}: $${k}`)
      .join(', ');
    return q(
      name,
      `mutation(${decl}) { ${name}(${call})${select} }`,
      Object.fromEntries(Object.entries(args).map(([k, [, v]]) => [k, v])),
    );
  };
  const T = '{ __typename }';
  const container = { name: 'web', image: 'nginx', ports: [{ containerPort: 80, name: 'http' }] };
  return [
    q('clusters', '{ clusters { id name revision } }', {}),
    cluster('id', {}),
    cluster(
      'dns',
      { name: ['String!', 'backend'], from: ['String', 'default/frontend'], type: ['String', 'A'] },
      T,
    ),
    cluster('endpoints', { namespace: ['String!', 'default'], service: ['String!', 'backend'] }, T),
    cluster('events', { namespace: ['String', 'default'] }, T),
    cluster('explainPolicy', {
      namespace: ['String!', 'default'],
      name: ['String!', 'allow-frontend'],
    }),
    cluster('ingressRoute', {
      url: ['String!', 'http://foo.bar.com/foo'],
      ingressClass: ['String', 'nginx'],
    }),
    cluster('iptables', { node: ['String!', 'node-1'] }),
    cluster('nodeRoutes', { node: ['String!', 'node-1'] }, '{ text routes { dst dev } }'),
    cluster('nodeInterfaces', { node: ['String!', 'node-1'] }, '{ interfaces { name mtu } }'),
    cluster(
      'podCni',
      { namespace: ['String!', 'default'], name: ['String!', 'frontend'] },
      '{ result conflist }',
    ),
    cluster('topology', { namespace: ['String', 'default'] }),
    cluster('topologySvg', { namespace: ['String', 'default'] }),
    cluster('topologyDot', { namespace: ['String', 'default'] }),
    cluster('reachabilityMatrixSvg', {
      port: ['String!', '80'],
      namespace: ['String', 'default'],
      labelSelector: ['String', 'app'],
    }),
    cluster('reachabilityMatrixDryRun', {
      manifests: [
        'String!',
        'kind: NetworkPolicy\napiVersion: networking.k8s.io/v1\nmetadata: {name: h}\nspec: {podSelector: {}}\n',
      ],
      port: ['String!', '80'],
      namespace: ['String', 'default'],
    }),
    cluster(
      'objects',
      {
        kind: ['String', 'Pod'],
        labelSelector: ['String', 'app'],
        namespace: ['String', 'default'],
      },
      T,
    ),
    cluster(
      'podEnv',
      {
        namespace: ['String!', 'default'],
        name: ['String!', 'frontend'],
        container: ['String', 'web'],
      },
      T,
    ),
    cluster('proxy', {
      to: ['String!', '10.96.0.10:53'],
      protocol: ['String', 'UDP'],
      from: ['String', 'default/frontend'],
      fromIP: ['String', '10.244.1.5'],
      node: ['String', 'node-1'],
    }),
    cluster(
      'reachability',
      {
        from: ['ReachabilityFromInput!', { pod: 'default/frontend' }],
        to: ['ReachabilityToInput!', { service: 'default/backend' }],
        port: ['String', '80'],
        protocol: ['String', 'TCP'],
      },
      '{ allowed }',
    ),
    cluster(
      'reachability',
      {
        from: ['ReachabilityFromInput!', { external: '203.0.113.9' }],
        to: ['ReachabilityToInput!', { node: 'node-1', nodePort: 30080 }],
      },
      '{ allowed }',
    ),
    cluster(
      'reachabilityMatrix',
      {
        port: ['String!', '80'],
        protocol: ['String', 'TCP'],
        namespace: ['String', 'default'],
        labelSelector: ['String', 'app'],
      },
      '{ pods }',
    ),
    cluster(
      'networkPolicyDiff',
      {
        from: ['PolicySetInput!', { applied: true }],
        to: ['PolicySetInput!', { manifests: '' }],
        external: ['Boolean', true],
      },
      '{ identical }',
    ),
    q('attemptHistory', 'query($id: ID!) { attemptHistory(id: $id) { score } }', {
      id: ctx.attemptId,
    }),
    q('exerciseClassView', 'query($s: String!) { exerciseClassView(slug: $s) { graded } }', {
      s: ctx.exerciseSlug,
    }),
    q('exerciseSpecSchema', '{ exerciseSpecSchema }', {}),
    q('attempts', 'query($e: String, $l: String) { attempts(exercise: $e, learner: $l) { id } }', {
      e: ctx.exerciseSlug,
      l: 'h-missing',
    }),
    q('exercise', 'query($s: String!) { exercise(slug: $s) { slug } }', { s: ctx.exerciseSlug }),
    q('exerciseCatalog', '{ exerciseCatalog { slug } }', {}),
    mutation(
      'applyManifests',
      {
        clusterId: ['ID!', id],
        manifests: ['String!', 'apiVersion: v1\nkind: Namespace\nmetadata: {name: h-ns}\n'],
        fieldValidation: ['String', 'Warn'],
      },
      '{ revision }',
    ),
    mutation(
      'applyService',
      {
        clusterId: ['ID!', id],
        input: [
          'ServiceInput!',
          {
            name: 'h-svc',
            type: 'NodePort',
            selector: { app: 'h' },
            ports: [{ name: 'http', port: 80, targetPort: 'http', nodePort: 30080 }],
            labels: { app: 'h' },
            sessionAffinity: 'ClientIP',
          },
        ],
      },
      T,
    ),
    mutation(
      'applyPod',
      {
        clusterId: ['ID!', id],
        input: [
          'PodInput!',
          {
            name: 'h-pod',
            labels: { app: 'h' },
            nodeName: 'node-1',
            hostname: 'h',
            subdomain: 'h-svc',
            containers: [container],
          },
        ],
      },
      T,
    ),
    mutation(
      'applyDeployment',
      {
        clusterId: ['ID!', id],
        input: [
          'DeploymentInput!',
          {
            name: 'h-deploy',
            replicas: 2,
            podLabels: { app: 'h-deploy' },
            containers: [container],
          },
        ],
      },
      T,
    ),
    mutation(
      'applyNetworkPolicy',
      {
        clusterId: ['ID!', id],
        input: [
          'ObjectSpecInput!',
          {
            name: 'h-netpol',
            labels: { a: 'b' },
            spec: {
              podSelector: { matchLabels: { app: 'h' } },
              ingress: [{ ports: [{ port: 80 }] }],
            },
          },
        ],
      },
      T,
    ),
    mutation(
      'applyIngress',
      {
        clusterId: ['ID!', id],
        input: [
          'ObjectSpecInput!',
          {
            name: 'h-ingress',
            spec: {
              rules: [
                {
                  host: 'h.example.com',
                  http: {
                    paths: [
                      {
                        path: '/',
                        pathType: 'Prefix',
                        backend: { service: { name: 'h-svc', port: { number: 80 } } },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
      T,
    ),
    mutation(
      'createCluster',
      {
        input: [
          'CreateClusterInput!',
          {
            name: 'h-gql',
            nodes: 1,
            networkPlugin: 'flannel',
            proxyMode: 'iptables',
            serviceCIDR: '10.96.0.0/16',
            podCIDR: '10.200.0.0/16',
            clusterDomain: 'example.local',
            nodePortRange: '30000-30100',
            ingressController: 'none',
            loadBalancerCIDR: '198.51.100.0/28',
            datapath: { flannel: { backend: 'host-gw' } },
          },
        ],
      },
      '{ id }',
    ),
    mutation(
      'createExercise',
      { spec: ['String!', 'apiVersion: sandbox.kns.dev/v1\nkind: Exercise\nslug: h-gql\n'] },
      '{ slug }',
    ),
    mutation('deleteCluster', { id: ['ID!', 'h-missing'] }),
    mutation(
      'deleteObject',
      {
        clusterId: ['ID!', id],
        kind: ['String!', 'Service'],
        name: ['String!', 'h-missing'],
        namespace: ['String', 'default'],
      },
      '{ revision }',
    ),
    mutation('deletePod', {
      clusterId: ['ID!', id],
      name: ['String!', 'h-missing'],
      namespace: ['String!', 'default'],
    }),
    mutation('deleteService', {
      clusterId: ['ID!', id],
      name: ['String!', 'h-missing'],
      namespace: ['String!', 'default'],
    }),
    mutation('deleteDeployment', {
      clusterId: ['ID!', id],
      name: ['String!', 'h-missing'],
      namespace: ['String!', 'default'],
    }),
    mutation(
      'scaleDeployment',
      {
        clusterId: ['ID!', id],
        name: ['String!', 'h-deploy'],
        namespace: ['String!', 'default'],
        replicas: ['Int!', 3],
      },
      T,
    ),
    mutation(
      'setPodReadiness',
      {
        clusterId: ['ID!', id],
        name: ['String!', 'h-pod'],
        namespace: ['String!', 'default'],
        ready: ['Boolean!', true],
      },
      T,
    ),
    mutation('gradeAttempt', { id: ['ID!', ctx.attemptId] }, T),
    mutation('startAttempt', { slug: ['String!', 'h-missing'] }, T),
    mutation('resetAttempt', { id: ['ID!', 'h-missing'] }, T),
  ];
}

/** The request body for `op` with the variable at `path` replaced by a hostile value. */
function withHostileVariable(
  op: Operation,
  path: readonly (string | number)[],
  v: HostileValue,
): Buffer {
  return spliceJson({ query: op.query, variables: op.variables }, ['variables', ...path], v);
}

/** GET /graphql with hostile and repeated query parameters. */
const getAttacks: fc.Arbitrary<{ label: string; pairs: Array<[string, string]> }> = fc.constantFrom(
  { label: 'GET query', pairs: [['query', encodeURIComponent('{ clusters { id } }')]] },
  {
    label: 'GET query repeated',
    pairs: [
      ['query', encodeURIComponent('{ clusters { id } }')],
      ['query', encodeURIComponent('{ exerciseCatalog { slug } }')],
    ],
  },
  {
    label: 'GET variables repeated',
    pairs: [
      ['query', encodeURIComponent('query($n: String!) { exercise(slug: $n) { slug } }')],
      ['variables', encodeURIComponent('{"n":"a"}')],
      ['variables', encodeURIComponent('{"n":"b"}')],
    ],
  },
  {
    label: 'GET variables not JSON',
    pairs: [
      ['query', encodeURIComponent('{ clusters { id } }')],
      ['variables', '%7B'],
    ],
  },
  {
    label: 'GET mutation',
    pairs: [['query', encodeURIComponent('mutation { deleteCluster(id: "x") }')]],
  },
  { label: 'GET query[]', pairs: [['query[]', encodeURIComponent('{ clusters { id } }')]] },
  { label: 'GET query invalid utf-8', pairs: [['query', '%7B%FF%7D']] },
  {
    label: 'GET extensions repeated',
    pairs: [
      ['query', encodeURIComponent('{ clusters { id } }')],
      ['extensions', '%7B%7D'],
      ['extensions', '%5B%5D'],
    ],
  },
);

/** Hostile GraphQL requests: hostile variables for every operation, and document attacks. */
export function graphqlCorpus(ctx: CorpusContext): fc.Arbitrary<HostileRequest> {
  const ops = operations(ctx);
  const variableAttacks = fc
    .constantFrom(...ops.filter((op) => Object.keys(op.variables).length > 0))
    .chain((op) =>
      fc.record({
        op: fc.constant(op),
        path: fc.constantFrom(...pathsOf(op.variables)),
        v: fc.oneof(hostileValue, hostileString, hostileString),
      }),
    )
    .map(({ op, path, v }) => ({
      ...post(
        ctx,
        `POST /graphql ${op.name}`,
        `variables.${path.join('.')} = ${v.label}`,
        withHostileVariable(op, path, v),
      ),
      cleanup:
        op.name === 'createCluster' ? ('delete-created-graphql-cluster' as const) : undefined,
    }));
  const manifests = fc.oneof(mutatedManifest, fc.constantFrom(...HOSTILE_YAML)).map((doc) =>
    post(
      ctx,
      'POST /graphql applyManifests',
      `manifests = ${doc.label}`,
      Buffer.from(
        JSON.stringify({
          query:
            'mutation($c: ID!, $m: String!) { applyManifests(clusterId: $c, manifests: $m) { revision } }',
          variables: { c: ctx.clusterId, m: doc.body.toString('utf8') },
        }),
      ),
    ),
  );
  const exerciseSpecs = fc
    .constantFrom(
      ...HOSTILE_YAML,
      ...HOSTILE_STRINGS.map((v) => ({ label: v.label, body: Buffer.from(v.text) })),
    )
    .map((doc) =>
      post(
        ctx,
        'POST /graphql createExercise',
        `spec = ${doc.label}`,
        Buffer.from(
          JSON.stringify({
            query: 'mutation($s: String!) { createExercise(spec: $s) { slug } }',
            variables: { s: doc.body.toString('utf8') },
          }),
        ),
      ),
    );
  const gets = getAttacks.map((g): HostileRequest => ({
    route: 'GET /graphql',
    label: g.label,
    method: 'GET',
    path: `/graphql${queryString(g.pairs)}`,
    headers: {
      ...bearer(ctx.adminKey),
      'apollo-require-preflight': 'true',
      accept: 'application/json',
    },
  }));
  return fc.oneof(
    { weight: 8, arbitrary: variableAttacks },
    { weight: 2, arbitrary: manifests },
    { weight: 1, arbitrary: exerciseSpecs },
    { weight: 2, arbitrary: fc.constantFrom(...documentAttacks(ctx)) },
    { weight: 1, arbitrary: gets },
  );
}
