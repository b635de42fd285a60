import type { BuiltInExerciseSource } from './built-in-exercise';

export const ingressPathRouting: BuiltInExerciseSource = {
  slug: 'ingress-path-routing',
  spec: String.raw`apiVersion: sandbox.kns.dev/v1
kind: Exercise
slug: ingress-path-routing
title: Ingress — one host, two paths, two Services
difficulty: intermediate
tags: [ingress, routing, ingress-nginx]
instructions: |
  The cluster runs the **ingress-nginx** controller (IngressClass **nginx**, the default).
  Publish two Services under one host name, as the Kubernetes documentation's "simple fanout"
  example does:

  - **http://foo.bar.com/foo** (and everything below **/foo/**) → Service **service1**, port **4200**
  - **http://foo.bar.com/bar** (and everything below **/bar/**) → Service **service2**, port **8080**

  Use **pathType: Prefix**. Prefix matching works element by element: **/foo** matches
  **/foo** and **/foo/x**, but not **/foobar**. Requests for other hosts must not be routed.
setup:
  cluster: { ingressController: ingress-nginx }
  manifests: |
    apiVersion: v1
    kind: Pod
    metadata: { name: service1-pod, labels: { app: service1 } }
    spec: { containers: [{ name: app, image: app1:1, ports: [{ containerPort: 4200 }] }] }
    ---
    apiVersion: v1
    kind: Service
    metadata: { name: service1 }
    spec:
      selector: { app: service1 }
      ports: [{ port: 4200 }]
    ---
    apiVersion: v1
    kind: Pod
    metadata: { name: service2-pod, labels: { app: service2 } }
    spec: { containers: [{ name: app, image: app2:1, ports: [{ containerPort: 8080 }] }] }
    ---
    apiVersion: v1
    kind: Service
    metadata: { name: service2 }
    spec:
      selector: { app: service2 }
      ports: [{ port: 8080 }]
checks:
  - id: foo-to-service1
    description: http://foo.bar.com/foo goes to service1:4200
    points: 2
    hint: A rule with host foo.bar.com and a path /foo (Prefix) whose backend is service1, port number 4200.
    kind: ingressRoute
    url: http://foo.bar.com/foo
    expect: { matched: true, service: default/service1, port: 4200 }
  - id: bar-subpath-to-service2
    description: http://foo.bar.com/bar/baz goes to service2:8080
    points: 2
    hint: A second path /bar (Prefix) under the same host, backend service2 port 8080.
    kind: ingressRoute
    url: http://foo.bar.com/bar/baz
    expect: { matched: true, service: default/service2, port: 8080 }
  - id: prefix-is-per-element
    guard: true
    description: http://foo.bar.com/foobar is not routed to service1
    points: 1
    hint: Use pathType Prefix (element-wise), not ImplementationSpecific regular expressions.
    kind: ingressRoute
    url: http://foo.bar.com/foobar
    negate: true
    expect: { matched: true, service: default/service1 }
  - id: other-hosts-not-routed
    guard: true
    description: http://other.example.com/foo is not routed
    points: 1
    hint: Set host foo.bar.com on the rule; a rule without host matches every host.
    kind: ingressRoute
    url: http://other.example.com/foo
    expect: { matched: false }
  - id: end-to-end
    description: A client on the internet reaches service1 through the controller
    points: 2
    hint: The Ingress needs a class whose controller runs (ingressClassName nginx, or the default class).
    kind: reachability
    from: { external: 198.51.100.99 }
    to: { url: http://foo.bar.com/foo }
    expect: { allowed: true }
`,
  solution: String.raw`apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: { name: simple-fanout-example, namespace: default }
spec:
  ingressClassName: nginx
  rules:
    - host: foo.bar.com
      http:
        paths:
          - path: /foo
            pathType: Prefix
            backend: { service: { name: service1, port: { number: 4200 } } }
          - path: /bar
            pathType: Prefix
            backend: { service: { name: service2, port: { number: 8080 } } }
`,
};
