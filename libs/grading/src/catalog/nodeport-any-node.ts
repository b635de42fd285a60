import type { BuiltInExerciseSource } from './built-in-exercise';

export const nodePortAnyNode: BuiltInExerciseSource = {
  slug: 'nodeport-any-node',
  spec: String.raw`apiVersion: sandbox.kns.dev/v1
kind: Exercise
slug: nodeport-any-node
title: NodePort — one port on every node
difficulty: beginner
tags: [services, nodeport, external-traffic]
instructions: |
  The **shop** Service is a ClusterIP Service: reachable inside the cluster only. Customers
  outside the cluster must reach it on port **30080** of **any** node.

  Change **shop** into a **NodePort** Service with nodePort **30080** for its port 80. This
  cluster's API server runs with **--service-node-port-range=30000-30999**: a nodePort outside
  that range (say 8080 or 31080) is refused.

  The single shop Pod runs on **node-1**, but kube-proxy opens the node port on every node: a
  request to **node-3:30080** is forwarded to the Pod on node-1.
setup:
  cluster: { nodes: 3, nodePortRange: 30000-30999 }
  manifests: |
    apiVersion: v1
    kind: Pod
    metadata: { name: shop-1, labels: { app: shop } }
    spec:
      nodeName: node-1
      containers: [{ name: shop, image: shop:2, ports: [{ name: http, containerPort: 8080 }] }]
    ---
    apiVersion: v1
    kind: Service
    metadata: { name: shop }
    spec:
      selector: { app: shop }
      ports: [{ name: http, port: 80, targetPort: http }]
checks:
  - id: nodeport-30080
    description: shop is a NodePort Service with nodePort 30080 for port 80
    points: 2
    hint: Set spec.type to NodePort and spec.ports[0].nodePort to 30080 (inside the cluster's 30000-30999 range).
    kind: service
    service: default/shop
    expect: { type: NodePort, ports: [{ port: 80, nodePort: 30080 }] }
  - id: reachable-on-node-with-pod
    description: A client outside the cluster reaches shop at node-1:30080
    points: 2
    hint: kube-proxy listens on the nodePort of every node's IP.
    kind: reachability
    from: { external: 198.51.100.23 }
    to: { node: node-1, nodePort: 30080 }
    expect: { allowed: true }
  - id: reachable-on-node-without-pod
    description: The same client reaches shop at node-3:30080, where no shop Pod runs
    points: 3
    hint: With externalTrafficPolicy Cluster (the default) any node forwards to a Pod on another node.
    kind: reachability
    from: { external: 198.51.100.23 }
    to: { node: node-3, nodePort: 30080 }
    expect: { allowed: true }
  - id: cluster-ip-stays-internal
    guard: true
    description: The ClusterIP itself is still not reachable from outside the cluster
    points: 1
    hint: Only the node port is exposed; the ClusterIP is a virtual address that exists inside the cluster only.
    kind: reachability
    from: { external: 198.51.100.23 }
    to: { service: default/shop }
    port: 80
    expect: { allowed: false }
`,
  solution: String.raw`apiVersion: v1
kind: Service
metadata: { name: shop, namespace: default }
spec:
  type: NodePort
  selector: { app: shop }
  ports: [{ name: http, port: 80, targetPort: http, nodePort: 30080 }]
`,
};
