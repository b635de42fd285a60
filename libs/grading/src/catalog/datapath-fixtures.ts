/** The `api` Deployment pinned to a node, shared by the datapath exercises' setups. */
export const apiDeployment = (node: string): string => String.raw`apiVersion: apps/v1
kind: Deployment
metadata: { name: api, namespace: default }
spec:
  replicas: 1
  selector: { matchLabels: { app: api } }
  template:
    metadata: { labels: { app: api } }
    spec:
      nodeName: ${node}
      containers: [{ name: api, image: api:1, ports: [{ name: http, containerPort: 8080 }] }]
`;

/** Indents a manifest to sit inside the exercise's YAML block. */
export const indent = (text: string): string =>
  text
    .split('\n')
    .map((l) => (l ? `    ${l}` : l))
    .join('\n');
