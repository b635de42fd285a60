import type { BuiltInExerciseSource } from './built-in-exercise';

export const headlessDnsDiscovery: BuiltInExerciseSource = {
  slug: 'headless-dns-discovery',
  spec: String.raw`apiVersion: sandbox.kns.dev/v1
kind: Exercise
slug: headless-dns-discovery
title: Discover every replica through DNS with a headless Service
difficulty: intermediate
tags: [services, dns, headless, discovery]
instructions: |
  The **db** Service gives clients one virtual IP: DNS answers **db** with the ClusterIP and
  kube-proxy picks a replica per connection. The database driver in **client**, however, wants
  the address of **every** replica so it can pick the primary itself.

  Keep **db** as it is and add a **headless** Service named **db-peers** (no ClusterIP) that
  selects the same Pods on port 5432, with the port named **postgres**. A lookup of
  **db-peers** then returns one A record per ready Pod, and the named port is published as an
  SRV record. Note that headless Services get no environment variables: DNS is the only way to
  discover them.
setup:
  manifests: |
    apiVersion: v1
    kind: Pod
    metadata: { name: db-0, labels: { app: db } }
    spec: { containers: [{ name: postgres, image: postgres:16, ports: [{ name: postgres, containerPort: 5432 }] }] }
    status: { podIP: 10.244.1.31 }
    ---
    apiVersion: v1
    kind: Pod
    metadata: { name: db-1, labels: { app: db } }
    spec: { containers: [{ name: postgres, image: postgres:16, ports: [{ name: postgres, containerPort: 5432 }] }] }
    status: { podIP: 10.244.2.32 }
    ---
    apiVersion: v1
    kind: Pod
    metadata: { name: db-2, labels: { app: db } }
    spec: { containers: [{ name: postgres, image: postgres:16, ports: [{ name: postgres, containerPort: 5432 }] }] }
    status: { podIP: 10.244.1.33 }
    ---
    apiVersion: v1
    kind: Service
    metadata: { name: db }
    spec:
      clusterIP: 10.96.0.40
      selector: { app: db }
      ports: [{ name: postgres, port: 5432 }]
    ---
    apiVersion: v1
    kind: Pod
    metadata: { name: client, labels: { app: client } }
    spec: { containers: [{ name: main, image: busybox }] }
    status: { podIP: 10.244.2.40 }
checks:
  - id: db-is-one-address
    guard: true
    description: db still resolves to its single ClusterIP
    points: 1
    hint: Leave the db Service unchanged; its clients rely on the virtual IP.
    kind: dns
    from: default/client
    name: db
    expect: { answers: [10.96.0.40] }
  - id: peers-resolve-to-pods
    description: db-peers resolves to the three Pod IPs
    points: 4
    hint: A Service with clusterIP None is headless; DNS then answers with the ready Pods' IPs instead of a virtual IP.
    kind: dns
    from: default/client
    name: db-peers
    expect: { answers: [10.244.1.31, 10.244.2.32, 10.244.1.33] }
  - id: srv-record
    description: The named port is published as _postgres._tcp.db-peers
    points: 2
    hint: SRV records exist for named Service ports; name the port postgres (protocol TCP).
    kind: dns
    from: default/client
    name: _postgres._tcp.db-peers.default.svc.cluster.local
    type: SRV
    expect: { rcode: NOERROR }
  - id: peers-no-cluster-ip
    description: db-peers has no ClusterIP
    points: 1
    hint: Set spec.clusterIP to None when you create the Service (it cannot be changed afterwards).
    kind: field
    object: { kind: Service, namespace: default, name: db-peers }
    path: spec.clusterIP
    expect: { equals: None }
  - id: headless-has-no-env
    guard: true
    description: client gets no DB_PEERS_SERVICE_HOST variable
    points: 1
    hint: The kubelet only writes variables for Services with a ClusterIP.
    kind: env
    pod: default/client
    name: DB_PEERS_SERVICE_HOST
    expect: { present: false }
`,
  solution: String.raw`apiVersion: v1
kind: Service
metadata: { name: db-peers, namespace: default }
spec:
  clusterIP: None
  selector: { app: db }
  ports: [{ name: postgres, port: 5432, protocol: TCP }]
`,
};
