/** The GraphQL document attacks of the hostile corpus (graphql-routes.ts adds hostile variables). */
import { bearer, type CorpusContext, type HostileRequest } from './hostile-request';

/** A hostile POST /graphql with the admin key. */
export const post = (
  ctx: CorpusContext,
  route: string,
  label: string,
  body: Buffer,
  contentType = 'application/json',
): HostileRequest => ({
  route,
  label,
  method: 'POST',
  path: '/graphql',
  headers: { ...bearer(ctx.adminKey), 'content-type': contentType },
  body,
});

/** Document-level attacks: depth, aliases, fragments, syntax, literals, batches. */
export function documentAttacks(ctx: CorpusContext): HostileRequest[] {
  const raw = (label: string, query: unknown, extra: Record<string, unknown> = {}) =>
    post(ctx, 'POST /graphql (document)', label, Buffer.from(JSON.stringify({ query, ...extra })));
  const id = JSON.stringify(ctx.clusterId);
  const deepIntrospection = (n: number) =>
    `{ __schema { types { ${'fields { type { '.repeat(n)}name${' } }'.repeat(n)} } } }`;
  return [
    raw('introspection depth 10', deepIntrospection(10)),
    raw('introspection depth 500', deepIntrospection(500)),
    raw(
      '5000 aliases',
      `{ ${Array.from({ length: 5000 }, (_, i) => `a${i}: clusters { id }`).join(' ')} }`,
    ),
    raw(
      '500 aliased reachability matrices',
      `{ cluster(id: ${id}) { ${Array.from({ length: 500 }, (_, i) => `m${i}: reachabilityMatrix(port: "80") { pods }`).join(' ')} } }`,
    ),
    raw(
      'fragment cycle',
      'query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }',
    ),
    raw(
      '10000 fragments',
      `{ ...F0 } ${Array.from({ length: 10_000 }, (_, i) => `fragment F${i} on Query { ${i < 9999 ? `...F${i + 1}` : 'clusters { id }'} }`).join(' ')}`,
    ),
    raw(
      'deep list literal',
      `mutation { applyNetworkPolicy(clusterId: ${id}, input: {name: "h-netpol", spec: ${'['.repeat(5000)}${']'.repeat(5000)}}) { name } }`,
    ),
    raw(
      'deep object literal',
      `mutation { applyNetworkPolicy(clusterId: ${id}, input: {name: "h-netpol", spec: ${'{a: '.repeat(5000)}1${'}'.repeat(5000)}}) { name } }`,
    ),
    raw(
      'proto keys in literal',
      `mutation { applyService(clusterId: ${id}, input: {name: "h-svc", selector: {__proto__: {polluted: "yes"}, constructor: {prototype: {polluted: "yes"}}}}) { name } }`,
    ),
    raw(
      'huge string literal',
      `{ cluster(id: ${id}) { dns(name: "${'a'.repeat(500_000)}") { rcode } } }`,
    ),
    raw('NUL in string literal', `{ cluster(id: ${id}) { dns(name: "a\\u0000b") { rcode } } }`),
    raw('lone surrogate literal', `{ cluster(id: ${id}) { dns(name: "\\ud800") { rcode } } }`),
    raw(
      'Int literal overflow',
      `mutation { scaleDeployment(clusterId: ${id}, name: "h-deploy", replicas: 99999999999999999999) { name } }`,
    ),
    raw(
      'Int literal max',
      `mutation { scaleDeployment(clusterId: ${id}, name: "h-deploy", replicas: 2147483647) { name } }`,
    ),
    raw(
      'Int literal negative',
      `mutation { scaleDeployment(clusterId: ${id}, name: "h-deploy", replicas: -1) { name } }`,
    ),
    raw('syntax error', '{ clusters { id '),
    raw('unterminated string', '{ cluster(id: "abc) { id } }'),
    raw('empty document', ''),
    raw('query not a string', { query: 1 }),
    raw('query null', null),
    raw('query array', ['{ clusters { id } }']),
    raw('unknown operation name', '{ clusters { id } }', { operationName: 'Nope' }),
    raw('operationName object', '{ clusters { id } }', { operationName: { a: 1 } }),
    raw('two operations, no name', 'query A { clusters { id } } query B { clusters { id } }'),
    raw('variables string', 'query($id: ID!) { cluster(id: $id) { id } }', { variables: 'id=1' }),
    raw('variables array', 'query($id: ID!) { cluster(id: $id) { id } }', { variables: [1] }),
    raw('variables proto', 'query($id: ID!) { cluster(id: $id) { id } }', {
      variables: JSON.parse('{"__proto__":{"id":"x"}}'),
    }),
    raw('persisted query extension', '{ clusters { id } }', {
      extensions: { persistedQuery: { version: 1, sha256Hash: 'x' } },
    }),
    raw('extensions junk', '{ clusters { id } }', { extensions: 'junk' }),
    raw('subscription', 'subscription { clusters { id } }'),
    raw('directives junk', '{ clusters @skip(if: "yes") @include { id } }'),
    raw('10000 directives', `{ clusters ${'@skip(if: false) '.repeat(10_000)} { id } }`),
    raw(
      'deep selection on JSON',
      `{ cluster(id: ${id}) { explainPolicy(namespace: "default", name: "allow-frontend") { a } } }`,
    ),
    raw(
      'mutation 1000 aliases',
      `mutation { ${Array.from({ length: 1000 }, (_, i) => `m${i}: deleteService(clusterId: ${id}, name: "h-missing")`).join(' ')} }`,
    ),
    post(
      ctx,
      'POST /graphql (document)',
      'batch of 2',
      Buffer.from(
        JSON.stringify([{ query: '{ clusters { id } }' }, { query: '{ clusters { id } }' }]),
      ),
    ),
    post(
      ctx,
      'POST /graphql (document)',
      'batch of 1000',
      Buffer.from(
        JSON.stringify(Array.from({ length: 1000 }, () => ({ query: '{ clusters { id } }' }))),
      ),
    ),
    post(
      ctx,
      'POST /graphql (document)',
      'body invalid utf-8',
      Buffer.concat([
        Buffer.from('{"query":"{ clusters { id'),
        Buffer.from([0xff, 0xc0]),
        Buffer.from('} }"}'),
      ]),
    ),
    post(
      ctx,
      'POST /graphql (document)',
      'body deep JSON',
      Buffer.from(
        '{"query":"{ clusters { id } }","variables":' +
          '{"a":'.repeat(50_000) +
          '1' +
          '}'.repeat(50_000) +
          '}',
      ),
    ),
    post(
      ctx,
      'POST /graphql (document)',
      'text/plain (CSRF)',
      Buffer.from('{"query":"{ clusters { id } }"}'),
      'text/plain',
    ),
    post(
      ctx,
      'POST /graphql (document)',
      'form-urlencoded',
      Buffer.from('query=%7B%20clusters%20%7B%20id%20%7D%20%7D'),
      'application/x-www-form-urlencoded',
    ),
    post(
      ctx,
      'POST /graphql (document)',
      'application/graphql',
      Buffer.from('{ clusters { id } }'),
      'application/graphql',
    ),
  ];
}
