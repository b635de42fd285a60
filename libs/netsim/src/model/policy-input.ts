/** The policy engine's input drawn from one snapshot's index (see netpol/compile.ts). */
import type { KubeObject, NetworkPolicy, Pod } from '@app/kube';
import { podIPs, type ClusterIndex } from '../cluster-index';
import type { CompilePoliciesInput, PodRef } from '../netpol/types';

/**
 * The policy engine's input for a snapshot: every Pod (creation order) with its first IP, node,
 * labels and the container ports of all its containers; every Namespace with its labels; every
 * NetworkPolicy; the cluster's plugin. hostNetwork Pods get no IP here: their address is the
 * node's, and NetworkPolicy does not apply to host-network traffic (the docs leave it to the
 * plugin; calico, cilium and weave treat it as node traffic).
 */
export function policyInputOf(
  index: ClusterIndex,
  objects: readonly KubeObject[],
): CompilePoliciesInput {
  return {
    pods: index.pods.map(podRefOf),
    namespaces: index.namespaces.map((ns) => ({
      name: ns.metadata.name ?? '',
      labels: ns.metadata.labels ?? {},
    })),
    policies: objects.filter((o): o is NetworkPolicy => o.kind === 'NetworkPolicy'),
    networkPlugin: index.config.networkPlugin,
  };
}

function podRefOf(pod: Pod): PodRef {
  return {
    namespace: pod.metadata.namespace ?? 'default',
    name: pod.metadata.name ?? '',
    labels: pod.metadata.labels ?? {},
    ip: pod.spec.hostNetwork ? '' : (podIPs(pod)[0] ?? ''),
    node: pod.spec.nodeName ?? '',
    ports: pod.spec.containers.flatMap((c) =>
      (c.ports ?? []).map((p) => ({
        ...(p.name ? { name: p.name } : {}),
        containerPort: p.containerPort,
        protocol: p.protocol ?? 'TCP',
      })),
    ),
  };
}
