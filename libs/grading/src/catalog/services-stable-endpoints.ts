import type { BuiltInExerciseSource } from './built-in-exercise';

export const servicesStableEndpoints: BuiltInExerciseSource = {
  slug: 'services-stable-endpoints',
  spec: String.raw`apiVersion: sandbox.kns.dev/v1
kind: Exercise
slug: services-stable-endpoints
title: Give the web Pods one stable address
difficulty: beginner
tags: [services, endpoints, dns]
instructions: |
  Three **web** Pods serve HTTP on container port 8080, named **http**. Pod IPs change every time
  a Pod is replaced, so the **client** Pod should not talk to them directly: it needs one stable
  name and one stable address.

  Create a Service named **web** in namespace **default** that

  - selects the Pods labelled **app: web**,
  - listens on port **80** and forwards to the container port named **http**.

  Then look at its EndpointSlice: it lists the three Pod IPs and follows the Pods as they come
  and go. From **client**, the name **web** resolves to the Service's ClusterIP and port 80
  reaches one of the Pods.
setup:
  manifests: |
    apiVersion: v1
    kind: Pod
    metadata: { name: web-1, labels: { app: web } }
    spec: { containers: [{ name: main, image: nginx, ports: [{ name: http, containerPort: 8080 }] }] }
    status: { podIP: 10.244.1.11 }
    ---
    apiVersion: v1
    kind: Pod
    metadata: { name: web-2, labels: { app: web } }
    spec: { containers: [{ name: main, image: nginx, ports: [{ name: http, containerPort: 8080 }] }] }
    status: { podIP: 10.244.2.12 }
    ---
    apiVersion: v1
    kind: Pod
    metadata: { name: web-3, labels: { app: web } }
    spec: { containers: [{ name: main, image: nginx, ports: [{ name: http, containerPort: 8080 }] }] }
    status: { podIP: 10.244.1.13 }
    ---
    apiVersion: v1
    kind: Pod
    metadata: { name: client, labels: { app: client } }
    spec: { containers: [{ name: main, image: busybox }] }
    status: { podIP: 10.244.2.20 }
checks:
  - id: endpoints-list-the-pods
    description: The Service web has the three web Pods as ready endpoints
    points: 3
    hint: A Service's endpoints are the Pods its selector matches. Check that spec.selector is app=web.
    kind: endpoints
    service: default/web
    expect: { ready: 3, addresses: [10.244.1.11, 10.244.2.12, 10.244.1.13] }
  - id: port-80
    description: The Service is a ClusterIP Service listening on port 80
    points: 1
    hint: spec.ports[0].port is the port clients use; set it to 80.
    kind: service
    service: default/web
    expect: { type: ClusterIP, ports: [{ port: 80 }] }
  - id: name-resolves
    description: The name web resolves from the client Pod
    points: 2
    hint: Cluster DNS publishes every Service as <name>.<namespace>.svc.cluster.local; the Pod's search list completes the short name.
    kind: dns
    from: default/client
    name: web
    expect: { rcode: NOERROR }
  - id: client-reaches-web
    description: The client Pod reaches web on port 80, which lands on a Pod's port 8080
    points: 3
    hint: The Service port (80) is what clients dial; targetPort (the name http, i.e. 8080) is where kube-proxy sends the packets.
    kind: reachability
    from: default/client
    to: { service: default/web }
    port: 80
    expect: { allowed: true }
`,
  solution: String.raw`apiVersion: v1
kind: Service
metadata: { name: web, namespace: default }
spec:
  selector: { app: web }
  ports:
    - { name: http, port: 80, targetPort: http }
`,
};
