import type { BuiltInExerciseSource } from './built-in-exercise';

export const netpolDefaultDeny: BuiltInExerciseSource = {
  slug: 'netpol-default-deny',
  spec: String.raw`apiVersion: sandbox.kns.dev/v1
kind: Exercise
slug: netpol-default-deny
title: Default deny, then allow the three-tier path
difficulty: intermediate
tags: [networkpolicy, default-deny, namespaces]
instructions: |
  Namespace **prod** runs a three-tier application: **web** (port 80) calls **api** (port 8080),
  which calls **db** (port 5432). Right now anything can talk to anything, including the
  **intruder** Pod in namespace **default**.

  1. Add a **default-deny** ingress policy to **prod**: an empty podSelector selects every Pod
     of the namespace, and no ingress rule allows nothing.
  2. Then allow, with further policies (they add up):
     - anyone → **web** on TCP 80,
     - **web** → **api** on TCP 8080,
     - **api** → **db** on TCP 5432.

  Everything else into **prod** must be dropped.
setup:
  manifests: |
    apiVersion: v1
    kind: Namespace
    metadata: { name: prod }
    ---
    apiVersion: v1
    kind: Pod
    metadata: { name: web, namespace: prod, labels: { tier: web } }
    spec: { containers: [{ name: web, image: web:1, ports: [{ name: http, containerPort: 80 }] }] }
    ---
    apiVersion: v1
    kind: Pod
    metadata: { name: api, namespace: prod, labels: { tier: api } }
    spec: { containers: [{ name: api, image: api:1, ports: [{ name: http, containerPort: 8080 }] }] }
    ---
    apiVersion: v1
    kind: Pod
    metadata: { name: db, namespace: prod, labels: { tier: db } }
    spec: { containers: [{ name: db, image: postgres:16, ports: [{ name: postgres, containerPort: 5432 }] }] }
    ---
    apiVersion: v1
    kind: Pod
    metadata: { name: intruder, namespace: default, labels: { app: intruder } }
    spec: { containers: [{ name: shell, image: busybox }] }
checks:
  - id: public-web
    guard: true
    description: intruder (any client) still reaches web on TCP 80
    points: 1
    hint: Allow ingress to tier=web on port 80 from everywhere (an ingress rule with ports and no from).
    kind: reachability
    from: default/intruder
    to: { pod: prod/web }
    port: 80
    expect: { allowed: true }
  - id: web-to-api
    guard: true
    description: web reaches api on TCP 8080
    points: 2
    hint: A policy selecting tier=api with from.podSelector tier=web on port 8080.
    kind: reachability
    from: prod/web
    to: { pod: prod/api }
    port: 8080
    expect: { allowed: true }
  - id: api-to-db
    guard: true
    description: api reaches db on TCP 5432
    points: 2
    hint: A policy selecting tier=db with from.podSelector tier=api on port 5432.
    kind: reachability
    from: prod/api
    to: { pod: prod/db }
    port: 5432
    expect: { allowed: true }
  - id: intruder-to-api-denied
    description: intruder cannot reach api
    points: 2
    hint: Without a default-deny policy, Pods not selected by any policy accept everything.
    kind: reachability
    from: default/intruder
    to: { pod: prod/api }
    port: 8080
    expect: { allowed: false, verdict: denied-by-policy }
  - id: web-to-db-denied
    description: web cannot skip the api and reach db directly
    points: 2
    hint: Allow only tier=api into db; the rules of different policies add up, so check none of them admits web.
    kind: reachability
    from: prod/web
    to: { pod: prod/db }
    port: 5432
    expect: { allowed: false }
  - id: intruder-to-db-denied
    description: intruder cannot reach db
    points: 1
    hint: A podSelector peer without namespaceSelector only matches Pods of the policy's namespace.
    kind: reachability
    from: default/intruder
    to: { pod: prod/db }
    port: 5432
    expect: { allowed: false }
`,
  solution: String.raw`apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: { name: default-deny, namespace: prod }
spec:
  podSelector: {}
  policyTypes: [Ingress]
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: { name: allow-web, namespace: prod }
spec:
  podSelector: { matchLabels: { tier: web } }
  ingress:
    - ports: [{ protocol: TCP, port: 80 }]
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: { name: allow-web-to-api, namespace: prod }
spec:
  podSelector: { matchLabels: { tier: api } }
  ingress:
    - from: [{ podSelector: { matchLabels: { tier: web } } }]
      ports: [{ protocol: TCP, port: 8080 }]
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: { name: allow-api-to-db, namespace: prod }
spec:
  podSelector: { matchLabels: { tier: db } }
  ingress:
    - from: [{ podSelector: { matchLabels: { tier: api } } }]
      ports: [{ protocol: TCP, port: 5432 }]
`,
};
