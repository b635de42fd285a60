import type { BuiltInExerciseSource } from './built-in-exercise';

const eggsDeployment = (annotations: string): string => String.raw`apiVersion: apps/v1
kind: Deployment
metadata: { name: eggs, namespace: default }
spec:
  replicas: 1
  selector: { matchLabels: { app: eggs } }
  template:
    metadata: { labels: { app: eggs }${annotations} }
    spec: { containers: [{ name: eggs, image: eggs:1.0, ports: [{ name: http, containerPort: 80 }] }] }
`;

const indent = (text: string): string =>
  text
    .split('\n')
    .map((l) => (l ? `    ${l}` : l))
    .join('\n');

export const envVarsHamAndEggs: BuiltInExerciseSource = {
  slug: 'env-vars-ham-and-eggs',
  spec: String.raw`apiVersion: sandbox.kns.dev/v1
kind: Exercise
slug: env-vars-ham-and-eggs
title: Ham and eggs — environment variables versus DNS
difficulty: intermediate
tags: [services, discovery, env, dns]
instructions: |
  Pods find Services in two ways:

  - **environment variables** the kubelet writes when it starts a container:
    **EGGS_SVC_SERVICE_HOST**, **EGGS_SVC_SERVICE_PORT**, **EGGS_SVC_PORT_80_TCP**… — one set
    per Service of the Pod's namespace that **already existed when the Pod was created**;
  - **DNS**: **eggs-svc** resolves from any Pod of the namespace, whenever it was created.

  In this cluster the **eggs** Deployment was rolled out first, then the Services **eggs-svc**
  and **ham-svc**, then the **ham** Deployment. So **ham** has variables for both Services, but
  **eggs** has none for **ham-svc**, although it resolves **ham-svc** through DNS perfectly well.

  Make the **eggs** Pods get the **HAM_SVC_*** variables, without touching the Services.
  (On a real cluster: **kubectl rollout restart deployment/eggs**.)
setup:
  manifests: |
${indent(eggsDeployment(''))}  then:
    - |
      apiVersion: v1
      kind: Service
      metadata: { name: eggs-svc }
      spec:
        clusterIP: 10.96.0.20
        selector: { app: eggs }
        ports: [{ name: http, port: 80, targetPort: http }]
      ---
      apiVersion: v1
      kind: Service
      metadata: { name: ham-svc }
      spec:
        clusterIP: 10.96.0.21
        selector: { app: ham }
        ports: [{ name: http, port: 80, targetPort: http }]
      ---
      apiVersion: apps/v1
      kind: Deployment
      metadata: { name: ham }
      spec:
        replicas: 1
        selector: { matchLabels: { app: ham } }
        template:
          metadata: { labels: { app: ham } }
          spec: { containers: [{ name: ham, image: ham:1.0, ports: [{ name: http, containerPort: 80 }] }] }
checks:
  - id: ham-sees-eggs-env
    guard: true
    description: ham's Pods have EGGS_SVC_SERVICE_HOST=10.96.0.20
    points: 1
    hint: ham was created after eggs-svc, so the kubelet injected its variables.
    kind: env
    pod: { namespace: default, selector: app=ham }
    name: EGGS_SVC_SERVICE_HOST
    expect: { present: true, value: 10.96.0.20 }
  - id: eggs-resolves-ham
    guard: true
    description: eggs resolves ham-svc through DNS
    points: 1
    hint: DNS has no ordering requirement — the name exists as long as the Service does.
    kind: dns
    from: { namespace: default, selector: app=eggs }
    name: ham-svc
    expect: { answers: [10.96.0.21] }
  - id: eggs-sees-ham-env
    description: eggs's Pods have HAM_SVC_SERVICE_HOST=10.96.0.21
    points: 3
    hint: Variables are written only when a container starts, for Services that exist at that moment. Replace the eggs Pods (change the Deployment's Pod template, e.g. a restartedAt annotation) so new Pods start after ham-svc exists.
    kind: env
    pod: { namespace: default, selector: app=eggs }
    name: HAM_SVC_SERVICE_HOST
    expect: { present: true, value: 10.96.0.21 }
  - id: eggs-sees-ham-port
    description: eggs's Pods have the named-port variable HAM_SVC_SERVICE_PORT_HTTP=80
    points: 1
    hint: A named Service port adds {SVC}_SERVICE_PORT_{NAME}; it appears with the other variables once the Pods are recreated.
    kind: env
    pod: { namespace: default, selector: app=eggs }
    name: HAM_SVC_SERVICE_PORT_HTTP
    expect: { present: true, value: "80" }
  - id: eggs-still-served
    guard: true
    description: eggs-svc still has one ready endpoint after the restart
    points: 1
    hint: Recreate the Pods through the Deployment so they keep the app=eggs label.
    kind: endpoints
    service: default/eggs-svc
    expect: { ready: 1 }
`,
  solution: eggsDeployment(
    `, annotations: { kubectl.kubernetes.io/restartedAt: "2025-01-01T00:10:00Z" }`,
  ),
};
