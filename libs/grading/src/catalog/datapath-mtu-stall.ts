import type { BuiltInExerciseSource } from './built-in-exercise';
import { apiDeployment, indent } from './datapath-fixtures';

/** flannel VXLAN with a hand-set Pod MTU of 1500: the classic "small requests work" stall. */
export const datapathMtuStall: BuiltInExerciseSource = {
  slug: 'datapath-mtu-stall',
  spec: String.raw`apiVersion: sandbox.kns.dev/v1
kind: Exercise
slug: datapath-mtu-stall
title: Why does a 1500-byte request stall across nodes?
difficulty: advanced
tags: [cni, flannel, mtu, datapath]
instructions: |
  This cluster runs **flannel** with the **vxlan** backend, and someone forced the Pods' MTU
  to **1500** — the same as the nodes' eth0. A health check from **client** to the Service
  **api** works, but every large response hangs.

  Trace client → api and read the packet: VXLAN adds **50 bytes** (outer IP, UDP, VXLAN and
  the inner Ethernet header) on the way between nodes, so a full 1500-byte Pod packet becomes
  1550 bytes on an eth0 that carries 1500 — and is dropped. flannel's own choice would have been
  1450. The cluster's MTU is fixed here, so prove the diagnosis the other way round: run **api**
  where nothing is encapsulated — on client's node — so that the trace lets it through.
setup:
  cluster:
    networkPlugin: flannel
    datapath: { podMTU: 1500 }
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
  - id: client-uses-api
    description: client gets full-size packets through to Service api
    points: 3
    hint: The trace says "dropped" because of the 50 bytes of VXLAN overhead between nodes; on one node nothing is encapsulated.
    kind: reachability
    from: default/client
    to: { service: default/api }
    port: 80
    expect: { allowed: true, verdict: allowed }
`,
  solution: apiDeployment('node-1'),
};
