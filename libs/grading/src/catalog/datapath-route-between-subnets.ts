import type { BuiltInExerciseSource } from './built-in-exercise';
import { apiDeployment, indent } from './datapath-fixtures';

/** Calico with encapsulation off across per-zone subnets: which route carries Pod traffic? */
export const datapathRouteBetweenSubnets: BuiltInExerciseSource = {
  slug: 'datapath-route-between-subnets',
  spec: String.raw`apiVersion: sandbox.kns.dev/v1
kind: Exercise
slug: datapath-route-between-subnets
title: Which route carries Pod traffic between these nodes?
difficulty: advanced
tags: [cni, calico, routing, datapath]
instructions: |
  This cluster runs **Calico** with encapsulation turned off (**ipipMode: Never**), and its four
  nodes sit in one subnet per zone: node-1 and node-4 on **172.18.0.0/24** (zone-a), node-2 on
  **172.18.1.0/24**, node-3 on **172.18.2.0/24**. Without IP-in-IP or VXLAN, BGP can only send a
  Pod packet to a node it reaches directly; the routers between the subnets know nothing about
  Pod CIDRs.

  **client** (on node-1) cannot reach the Service **api**. Look at node-1's routes
  (GET /v1/clusters/{id}/nodes/node-1/routes) and the packet in the trace, find the node whose
  Pod CIDR node-1 has a route for, and run **api** there so that client reaches it. (On a real
  cluster you would more likely set **ipipMode: CrossSubnet** on the IPPool.)
setup:
  cluster:
    nodes: 4
    datapath: { nodeSubnets: per-zone, calico: { ipipMode: Never } }
  manifests: |
    apiVersion: v1
    kind: Pod
    metadata: { name: client, labels: { app: client } }
    spec: { nodeName: node-1, containers: [{ name: c, image: busybox }] }
    ---
    apiVersion: v1
    kind: Service
    metadata: { name: api }
    spec:
      selector: { app: api }
      ports: [{ name: http, port: 80, targetPort: http }]
    ---
${indent(apiDeployment('node-2'))}checks:
  - id: client-reaches-api
    description: client reaches Service api on port 80
    points: 3
    hint: node-1 routes only the Pod CIDRs of nodes on its own subnet (172.18.0.0/24) — run api on the other node of zone-a.
    kind: reachability
    from: default/client
    to: { service: default/api }
    port: 80
    expect: { allowed: true, verdict: allowed }
`,
  solution: apiDeployment('node-4'),
};
