import type { BuiltInExerciseSource } from './built-in-exercise';

export const netpolFlannelNotEnforced: BuiltInExerciseSource = {
  slug: 'netpol-flannel-not-enforced',
  spec: String.raw`apiVersion: sandbox.kns.dev/v1
kind: Exercise
slug: netpol-flannel-not-enforced
title: A policy the network plugin ignores
difficulty: intermediate
tags: [networkpolicy, cni, flannel]
instructions: |
  NetworkPolicy is enforced by the cluster's network plugin, not by the API server. This
  cluster runs **flannel**, which implements Pod networking but **not** NetworkPolicy: policies
  are accepted and stored, and have no effect.

  Write the policy **db-allow-backend** that *would* protect **db**: it selects **role: db**
  and allows ingress on TCP **5432** only from **role: backend**. Then trace **frontend → db**:
  the trace still lets the connection through and says the policy is **not enforced**. On a
  calico, cilium or weave cluster the same policy would drop it.
setup:
  cluster: { networkPlugin: flannel }
  manifests: |
    apiVersion: v1
    kind: Pod
    metadata: { name: db, labels: { role: db } }
    spec: { containers: [{ name: db, image: postgres:16, ports: [{ name: postgres, containerPort: 5432 }] }] }
    ---
    apiVersion: v1
    kind: Pod
    metadata: { name: backend, labels: { role: backend } }
    spec: { containers: [{ name: api, image: api:2 }] }
    ---
    apiVersion: v1
    kind: Pod
    metadata: { name: frontend, labels: { role: frontend } }
    spec: { containers: [{ name: web, image: web:2 }] }
checks:
  - id: backend-allowed
    guard: true
    description: backend reaches db on TCP 5432, and the policy allows it
    points: 1
    hint: The ingress rule needs from.podSelector role=backend and port 5432.
    kind: reachability
    from: default/backend
    to: { pod: default/db }
    port: 5432
    expect: { allowed: true, verdict: allowed }
  - id: frontend-would-be-denied
    description: frontend → db is one the policy denies, but flannel lets it through
    points: 3
    hint: Write the policy first (select role=db); the trace then reports the verdict as not enforced because flannel ignores NetworkPolicy.
    kind: reachability
    from: default/frontend
    to: { pod: default/db }
    port: 5432
    expect: { allowed: true, verdict: not-enforced }
  - id: policy-selects-db
    description: The policy db-allow-backend selects the db Pod
    points: 1
    hint: spec.podSelector.matchLabels must be role=db.
    kind: field
    object: { kind: NetworkPolicy, namespace: default, name: db-allow-backend }
    path: spec.podSelector.matchLabels.role
    expect: { equals: db }
`,
  solution: String.raw`apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: { name: db-allow-backend, namespace: default }
spec:
  podSelector: { matchLabels: { role: db } }
  policyTypes: [Ingress]
  ingress:
    - from: [{ podSelector: { matchLabels: { role: backend } } }]
      ports: [{ protocol: TCP, port: 5432 }]
`,
};
