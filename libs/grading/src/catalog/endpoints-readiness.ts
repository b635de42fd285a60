import type { BuiltInExerciseSource } from './built-in-exercise';

export const endpointsReadiness: BuiltInExerciseSource = {
  slug: 'endpoints-readiness',
  spec: String.raw`apiVersion: sandbox.kns.dev/v1
kind: Exercise
slug: endpoints-readiness
title: Not-ready Pods leave the load-balancing rotation
difficulty: intermediate
tags: [endpointslices, readiness, services]
instructions: |
  **checkout-2** fails its readiness probe (its Ready condition is False), yet it still receives
  a third of the traffic sent to the **checkout** Service.

  Normally the EndpointSlice controller keeps a not-ready Pod **in** the slice but marks it
  **ready: false**, and kube-proxy sends it nothing. Something in the **checkout** Service
  overrides that. Find it and fix the Service so that only ready Pods receive traffic, while the
  not-ready Pod stays listed in the EndpointSlice.

  Useful: **kubectl get endpointslices -l kubernetes.io/service-name=checkout -o yaml**.
setup:
  manifests: |
    apiVersion: v1
    kind: Pod
    metadata: { name: checkout-1, labels: { app: checkout } }
    spec: { containers: [{ name: app, image: checkout:3, ports: [{ name: http, containerPort: 8080 }] }] }
    status: { podIP: 10.244.1.51 }
    ---
    apiVersion: v1
    kind: Pod
    metadata: { name: checkout-2, labels: { app: checkout } }
    spec: { containers: [{ name: app, image: checkout:3, ports: [{ name: http, containerPort: 8080 }] }] }
    status:
      podIP: 10.244.2.52
      conditions: [{ type: Ready, status: "False" }, { type: ContainersReady, status: "False" }]
    ---
    apiVersion: v1
    kind: Pod
    metadata: { name: checkout-3, labels: { app: checkout } }
    spec: { containers: [{ name: app, image: checkout:3, ports: [{ name: http, containerPort: 8080 }] }] }
    status: { podIP: 10.244.1.53 }
    ---
    apiVersion: v1
    kind: Service
    metadata: { name: checkout }
    spec:
      selector: { app: checkout }
      publishNotReadyAddresses: true
      ports: [{ name: http, port: 80, targetPort: http }]
    ---
    apiVersion: v1
    kind: Pod
    metadata: { name: shopper, labels: { app: shopper } }
    spec: { containers: [{ name: main, image: busybox }] }
    status: { podIP: 10.244.2.60 }
checks:
  - id: only-ready-pods-serve
    description: checkout's ready endpoints are checkout-1 and checkout-3
    points: 4
    hint: publishNotReadyAddresses makes every selected Pod count as ready (it exists for peer discovery, e.g. StatefulSets). Remove it or set it to false.
    kind: endpoints
    service: default/checkout
    expect: { ready: 2, addresses: [10.244.1.51, 10.244.1.53] }
  - id: not-ready-pod-still-listed
    guard: true
    description: checkout-2 is still listed in the EndpointSlice (as not ready)
    points: 1
    hint: Do not remove the Pod or change its labels; readiness, not the selector, decides who gets traffic.
    kind: endpoints
    service: default/checkout
    expect: { count: 3 }
  - id: shopper-reaches-checkout
    guard: true
    description: shopper still reaches checkout on port 80
    points: 1
    hint: Keep the Service's selector and port.
    kind: reachability
    from: default/shopper
    to: { service: default/checkout }
    port: 80
    expect: { allowed: true }
`,
  solution: String.raw`apiVersion: v1
kind: Service
metadata: { name: checkout, namespace: default }
spec:
  selector: { app: checkout }
  publishNotReadyAddresses: false
  ports: [{ name: http, port: 80, targetPort: http }]
`,
};
