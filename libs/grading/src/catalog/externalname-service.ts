import type { BuiltInExerciseSource } from './built-in-exercise';

export const externalNameService: BuiltInExerciseSource = {
  slug: 'externalname-service',
  spec: String.raw`apiVersion: sandbox.kns.dev/v1
kind: Exercise
slug: externalname-service
title: ExternalName — a cluster name for an outside database
difficulty: beginner
tags: [services, externalname, dns]
instructions: |
  The **orders** application connects to **db** (its configuration says **db:5432**). The
  database now runs outside the cluster as a managed service at **db.prod.example.com**.

  Create a Service **db** of type **ExternalName** pointing to **db.prod.example.com**, so the
  name **db** keeps working from **orders** without changing its configuration.

  An ExternalName Service is pure DNS: CoreDNS answers with a CNAME, there is no ClusterIP, no
  kube-proxy rule, no endpoints and no environment variables.
setup:
  manifests: |
    apiVersion: v1
    kind: Pod
    metadata: { name: orders, labels: { app: orders } }
    spec: { containers: [{ name: orders, image: orders:5 }] }
checks:
  - id: db-is-a-cname
    description: From orders, db resolves to a CNAME for db.prod.example.com
    points: 3
    hint: Create a Service named db with spec.type ExternalName and spec.externalName db.prod.example.com.
    kind: dns
    from: default/orders
    name: db
    expect: { rcode: NOERROR, contains: [db.prod.example.com] }
  - id: type-externalname
    description: db is an ExternalName Service
    points: 1
    hint: spec.type must be ExternalName (no selector, no ports needed).
    kind: service
    service: default/db
    expect: { type: ExternalName }
  - id: fqdn-also-works
    description: The fully qualified name db.default.svc.cluster.local is the same CNAME
    points: 1
    hint: Every Service gets <name>.<namespace>.svc.<cluster domain>.
    kind: dns
    name: db.default.svc.cluster.local
    expect: { contains: [db.prod.example.com] }
  - id: no-env-vars
    guard: true
    description: orders gets no DB_SERVICE_HOST variable
    points: 1
    hint: The kubelet writes variables only for Services with a ClusterIP; ExternalName has none.
    kind: env
    pod: default/orders
    name: DB_SERVICE_HOST
    expect: { present: false }
`,
  solution: String.raw`apiVersion: v1
kind: Service
metadata: { name: db, namespace: default }
spec:
  type: ExternalName
  externalName: db.prod.example.com
`,
};
