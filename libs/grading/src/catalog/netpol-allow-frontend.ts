import type { BuiltInExerciseSource } from './built-in-exercise';

export const netpolAllowFrontend: BuiltInExerciseSource = {
  slug: 'netpol-allow-frontend',
  spec: String.raw`apiVersion: sandbox.kns.dev/v1
kind: Exercise
slug: netpol-allow-frontend
title: Only the frontend may call the backend
difficulty: beginner
tags: [networkpolicy, ingress-rules]
instructions: |
  Every Pod can reach every other Pod until a NetworkPolicy selects it. Write a NetworkPolicy
  named **allow-frontend** in namespace **default** that

  - selects the Pods labelled **role: backend**,
  - allows incoming TCP connections on port **80** from Pods labelled **role: frontend** only.

  Once the policy selects **backend**, it is isolated for ingress: everything the policy does
  not allow is dropped — the **reporting** Pod and the metrics port 9090 included. The policy
  says nothing about **frontend**, which stays reachable from anyone.
setup:
  cluster: { networkPlugin: calico }
  manifests: |
    apiVersion: v1
    kind: Pod
    metadata: { name: frontend, labels: { role: frontend } }
    spec: { containers: [{ name: web, image: nginx, ports: [{ name: http, containerPort: 80 }] }] }
    ---
    apiVersion: v1
    kind: Pod
    metadata: { name: backend, labels: { role: backend } }
    spec:
      containers:
        - name: api
          image: api:2
          ports: [{ name: http, containerPort: 80 }, { name: metrics, containerPort: 9090 }]
    ---
    apiVersion: v1
    kind: Pod
    metadata: { name: reporting, labels: { role: reporting } }
    spec: { containers: [{ name: cron, image: reports:1 }] }
checks:
  - id: frontend-to-backend
    guard: true
    description: frontend reaches backend on TCP 80
    points: 2
    hint: The ingress rule needs from.podSelector role=frontend and ports TCP 80.
    kind: reachability
    from: default/frontend
    to: { pod: default/backend }
    port: 80
    expect: { allowed: true }
  - id: reporting-blocked
    description: reporting cannot reach backend on TCP 80
    points: 3
    hint: A Pod is isolated only once a policy selects it; select role=backend with spec.podSelector.
    kind: reachability
    from: default/reporting
    to: { pod: default/backend }
    port: 80
    expect: { allowed: false, verdict: denied-by-policy }
  - id: metrics-port-closed
    description: frontend cannot reach backend's metrics port 9090
    points: 2
    hint: List only port 80 in the rule's ports; other ports of an isolated Pod stay closed.
    kind: reachability
    from: default/frontend
    to: { pod: default/backend }
    port: 9090
    expect: { allowed: false }
  - id: frontend-not-isolated
    guard: true
    description: backend can still open connections to frontend on port 80
    points: 1
    hint: The policy must not select frontend; policies only isolate the Pods they select.
    kind: reachability
    from: default/backend
    to: { pod: default/frontend }
    port: 80
    expect: { allowed: true }
`,
  solution: String.raw`apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: { name: allow-frontend, namespace: default }
spec:
  podSelector: { matchLabels: { role: backend } }
  ingress:
    - from: [{ podSelector: { matchLabels: { role: frontend } } }]
      ports: [{ protocol: TCP, port: 80 }]
`,
};
