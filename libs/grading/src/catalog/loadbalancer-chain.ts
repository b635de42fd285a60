import type { BuiltInExerciseSource } from './built-in-exercise';

export const loadBalancerChain: BuiltInExerciseSource = {
  slug: 'loadbalancer-chain',
  spec: String.raw`apiVersion: sandbox.kns.dev/v1
kind: Exercise
slug: loadbalancer-chain
title: LoadBalancer — external IP, node port, ClusterIP, Pod
difficulty: intermediate
tags: [services, loadbalancer, nodeport, external-traffic]
instructions: |
  Expose the **api** Service to the internet through the cloud provider's load balancer: make it
  a **LoadBalancer** Service (keep port 80).

  A LoadBalancer Service builds on the other types: it keeps its ClusterIP, gets a nodePort
  on every node, and the provider's load balancer (here: an address from 203.0.113.0/24) sends
  traffic to that node port, where kube-proxy forwards it to a Pod. Trace a request from
  outside to the load balancer address and look at every hop.
setup:
  manifests: |
    apiVersion: v1
    kind: Pod
    metadata: { name: api-1, labels: { app: api } }
    spec: { containers: [{ name: api, image: api:7, ports: [{ name: http, containerPort: 8080 }] }] }
    status: { podIP: 10.244.2.71 }
    ---
    apiVersion: v1
    kind: Service
    metadata: { name: api }
    spec:
      selector: { app: api }
      ports: [{ name: http, port: 80, targetPort: http }]
checks:
  - id: type-loadbalancer
    description: api is a LoadBalancer Service on port 80
    points: 1
    hint: Set spec.type to LoadBalancer.
    kind: service
    service: default/api
    expect: { type: LoadBalancer, ports: [{ port: 80 }] }
  - id: has-external-ip
    description: The load balancer published an ingress IP in the Service status
    points: 1
    hint: The cloud controller writes status.loadBalancer.ingress once the Service is a LoadBalancer.
    kind: field
    object: { kind: Service, namespace: default, name: api }
    path: "{.status.loadBalancer.ingress[0].ip}"
    expect: { matches: "^203\\.0\\.113\\.[0-9]+$" }
  - id: has-node-port
    description: api got a nodePort (the hop between the load balancer and kube-proxy)
    points: 1
    hint: LoadBalancer Services allocate a nodePort unless allocateLoadBalancerNodePorts is false.
    kind: field
    object: { kind: Service, namespace: default, name: api }
    path: spec.ports[0].nodePort
    expect: { exists: true }
  - id: internet-reaches-api
    description: A client on the internet reaches api through the load balancer IP
    points: 3
    hint: The load balancer forwards to a node port and kube-proxy sends the packet on to an api Pod.
    kind: reachability
    from: { external: 198.51.100.50 }
    to: { ip: 203.0.113.1 }
    port: 80
    expect: { allowed: true }
  - id: cluster-ip-stays-internal
    guard: true
    description: The ClusterIP is still not reachable from outside the cluster
    points: 1
    hint: The ClusterIP is a virtual address that exists inside the cluster only, whatever the Service type.
    kind: reachability
    from: { external: 198.51.100.50 }
    to: { service: default/api }
    port: 80
    expect: { allowed: false }
`,
  solution: String.raw`apiVersion: v1
kind: Service
metadata: { name: api, namespace: default }
spec:
  type: LoadBalancer
  selector: { app: api }
  ports: [{ name: http, port: 80, targetPort: http }]
`,
};
