import type { BuiltInExerciseSource } from './built-in-exercise';

export const labelSelectorsAnd: BuiltInExerciseSource = {
  slug: 'label-selectors-and',
  spec: String.raw`apiVersion: sandbox.kns.dev/v1
kind: Exercise
slug: label-selectors-and
title: Selectors are an AND of labels
difficulty: beginner
tags: [services, labels, selectors, endpoints]
instructions: |
  The **api** Service sends traffic to every Pod labelled **app: api** — including **api-debug**,
  a troubleshooting Pod that must never receive production traffic.

  Production API Pods carry **both** **app: api** and **tier: backend**. Change the Service's
  selector so that only those Pods are its endpoints.

  Things to notice:

  - a selector matches a Pod only when **every** label of the selector is on the Pod (AND);
  - labels the selector does not mention do not matter: **api-2** also has **track: canary** and
    must stay an endpoint;
  - **cache** has **tier: backend** but not **app: api**, so it must not be selected either.
setup:
  manifests: |
    apiVersion: v1
    kind: Pod
    metadata: { name: api-1, labels: { app: api, tier: backend } }
    spec: { containers: [{ name: api, image: api:1.4, ports: [{ name: http, containerPort: 8080 }] }] }
    status: { podIP: 10.244.1.21 }
    ---
    apiVersion: v1
    kind: Pod
    metadata: { name: api-2, labels: { app: api, tier: backend, track: canary } }
    spec: { containers: [{ name: api, image: api:1.5, ports: [{ name: http, containerPort: 8080 }] }] }
    status: { podIP: 10.244.2.22 }
    ---
    apiVersion: v1
    kind: Pod
    metadata: { name: api-debug, labels: { app: api } }
    spec: { containers: [{ name: shell, image: busybox, ports: [{ name: http, containerPort: 8080 }] }] }
    status: { podIP: 10.244.1.23 }
    ---
    apiVersion: v1
    kind: Pod
    metadata: { name: cache, labels: { tier: backend } }
    spec: { containers: [{ name: redis, image: redis, ports: [{ name: redis, containerPort: 6379 }] }] }
    status: { podIP: 10.244.2.24 }
    ---
    apiVersion: v1
    kind: Service
    metadata: { name: api }
    spec:
      selector: { app: api }
      ports: [{ name: http, port: 80, targetPort: http }]
checks:
  - id: only-production-pods
    description: The api Service's ready endpoints are exactly api-1 and api-2
    points: 4
    hint: Put both labels in spec.selector (app=api and tier=backend); a Pod is selected only if it has all of them.
    kind: endpoints
    service: default/api
    expect: { ready: 2, addresses: [10.244.1.21, 10.244.2.22] }
  - id: debug-pod-excluded
    description: api-debug (10.244.1.23) is not an endpoint of api
    points: 2
    hint: api-debug only has app=api; a selector that also requires tier=backend leaves it out.
    kind: endpoints
    service: default/api
    negate: true
    expect: { addresses: [10.244.1.21, 10.244.2.22, 10.244.1.23] }
  - id: still-port-80
    guard: true
    description: api still listens on port 80 and forwards to the http container port
    points: 1
    hint: Only the selector needs to change; keep the port.
    kind: service
    service: default/api
    expect: { ports: [{ port: 80, targetPort: http }] }
`,
  solution: String.raw`apiVersion: v1
kind: Service
metadata: { name: api, namespace: default }
spec:
  selector: { app: api, tier: backend }
  ports: [{ name: http, port: 80, targetPort: http }]
`,
};
