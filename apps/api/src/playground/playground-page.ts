/**
 * The GraphQL playground: GraphiQL 3 with React 18 from our own node_modules, so it works with
 * no internet access (Apollo's landing pages load from a CDN). Every URL here is same-origin.
 */
export const PLAYGROUND_ASSETS: Record<string, { pkg: string; file: string; type: string }> = {
  'react.js': { pkg: 'react', file: 'umd/react.production.min.js', type: 'application/javascript' },
  'react-dom.js': {
    pkg: 'react-dom',
    file: 'umd/react-dom.production.min.js',
    type: 'application/javascript',
  },
  'graphiql.js': { pkg: 'graphiql', file: 'graphiql.min.js', type: 'application/javascript' },
  'graphiql.css': { pkg: 'graphiql', file: 'graphiql.min.css', type: 'text/css' },
};

const EXAMPLE_QUERY = `# Kube Network Sandbox. Put your API key in the Headers tab below:
#   {"Authorization": "Bearer kns_..."}
# (npm start prints the demo tenant's key and writes it to .data/demo-api-key)

mutation CreateCluster {
  createCluster(input: { name: "playground" }) { id name config { serviceCIDR podCIDR networkPlugin } }
}

query Clusters {
  clusters { id name revision objects(kind: "Service") { namespace name object } }
}
`;

export const PLAYGROUND_INIT_JS = `(function () {
  var fetcher = GraphiQL.createFetcher({ url: window.location.pathname });
  var root = ReactDOM.createRoot(document.getElementById('graphiql'));
  root.render(React.createElement(GraphiQL, {
    fetcher: fetcher,
    defaultQuery: ${JSON.stringify(EXAMPLE_QUERY)},
    defaultHeaders: '{"Authorization": "Bearer <your API key>"}',
    shouldPersistHeaders: true,
    isHeadersEditorEnabled: true
  }));
})();
`;

export const PLAYGROUND_HTML = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Kube Network Sandbox — GraphQL playground</title>
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <link rel="stylesheet" href="/graphql-playground/graphiql.css" />
    <style>html, body, #graphiql { height: 100%; margin: 0; }</style>
  </head>
  <body>
    <div id="graphiql">Loading the playground…</div>
    <script src="/graphql-playground/react.js"></script>
    <script src="/graphql-playground/react-dom.js"></script>
    <script src="/graphql-playground/graphiql.js"></script>
    <script src="/graphql-playground/init.js"></script>
  </body>
</html>
`;
