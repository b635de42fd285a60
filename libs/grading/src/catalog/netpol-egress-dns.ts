import type { BuiltInExerciseSource } from './built-in-exercise';

export const netpolEgressDns: BuiltInExerciseSource = {
  slug: 'netpol-egress-dns',
  spec: String.raw`apiVersion: sandbox.kns.dev/v1
kind: Exercise
slug: netpol-egress-dns
title: Egress default deny breaks DNS
difficulty: advanced
tags: [networkpolicy, egress, dns]
instructions: |
  Namespace **app** has a default-deny **egress** policy. Since it was applied, **client**
  cannot reach **api** — not even by name: DNS queries to kube-dns (port 53 in namespace
  **kube-system**) are egress traffic too, and they are dropped.

  Add egress policies to **app** (leave **deny-all-egress** in place) so that **client** can

  - send DNS queries to the kube-dns Pods (**k8s-app: kube-dns** in **kube-system**) on
    **UDP 53** and **TCP 53** (large answers fall back to TCP),
  - connect to **api** on TCP **8080**,

  and nothing else: the internet stays blocked.
setup:
  manifests: |
    apiVersion: v1
    kind: Namespace
    metadata: { name: app }
    ---
    apiVersion: v1
    kind: Pod
    metadata: { name: client, namespace: app, labels: { app: client } }
    spec: { containers: [{ name: main, image: curl }] }
    ---
    apiVersion: v1
    kind: Pod
    metadata: { name: api, namespace: app, labels: { app: api } }
    spec: { containers: [{ name: api, image: api:3, ports: [{ name: http, containerPort: 8080 }] }] }
    ---
    apiVersion: v1
    kind: Service
    metadata: { name: api, namespace: app }
    spec:
      selector: { app: api }
      ports: [{ name: http, port: 8080, targetPort: http }]
    ---
    apiVersion: networking.k8s.io/v1
    kind: NetworkPolicy
    metadata: { name: deny-all-egress, namespace: app }
    spec:
      podSelector: {}
      policyTypes: [Egress]
checks:
  - id: dns-udp
    description: client reaches kube-dns on UDP 53
    points: 2
    hint: An egress rule to namespaceSelector kubernetes.io/metadata.name=kube-system AND podSelector k8s-app=kube-dns (in the same peer), ports UDP 53.
    kind: reachability
    from: app/client
    to: { service: kube-system/kube-dns }
    port: 53
    protocol: UDP
    expect: { allowed: true }
  - id: dns-tcp
    description: client reaches kube-dns on TCP 53
    points: 1
    hint: List TCP 53 next to UDP 53 in the same rule.
    kind: reachability
    from: app/client
    to: { service: kube-system/kube-dns }
    port: 53
    protocol: TCP
    expect: { allowed: true }
  - id: api-by-name
    description: client reaches api by its name on TCP 8080
    points: 3
    hint: Allow egress to the api Pods (podSelector app=api) on port 8080 — policies see the Pod after kube-proxy's DNAT, not the Service IP.
    kind: reachability
    from: app/client
    to: { host: api }
    port: 8080
    expect: { allowed: true }
  - id: internet-blocked
    guard: true
    description: client still cannot reach the internet
    points: 1
    hint: Do not add a rule without "to" (it would allow every destination).
    kind: reachability
    from: app/client
    to: { ip: 93.184.216.34 }
    port: 443
    expect: { allowed: false }
  - id: metrics-port-blocked
    guard: true
    description: client cannot reach kube-dns's metrics port 9153
    points: 1
    hint: Restrict the DNS rule to port 53.
    kind: reachability
    from: app/client
    to: { service: kube-system/kube-dns }
    port: 9153
    expect: { allowed: false }
`,
  solution: String.raw`apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: { name: allow-dns-egress, namespace: app }
spec:
  podSelector: {}
  policyTypes: [Egress]
  egress:
    - to:
        - namespaceSelector: { matchLabels: { kubernetes.io/metadata.name: kube-system } }
          podSelector: { matchLabels: { k8s-app: kube-dns } }
      ports:
        - { protocol: UDP, port: 53 }
        - { protocol: TCP, port: 53 }
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: { name: client-to-api, namespace: app }
spec:
  podSelector: { matchLabels: { app: client } }
  policyTypes: [Egress]
  egress:
    - to: [{ podSelector: { matchLabels: { app: api } } }]
      ports: [{ protocol: TCP, port: 8080 }]
`,
};
