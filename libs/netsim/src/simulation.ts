import type { EndpointSlice } from '@app/kube';
import { ClusterIndex } from './cluster-index';
import { modelOf, type ClusterModel } from './model/cluster-model';
import type { ServiceEndpoint } from './model/endpoint-view';
import type { ClusterSnapshot } from './snapshot';
import { resolveDns } from './dns/resolver';
import type { DnsAnswer, DnsQuery } from './dns/types';
import { podEnvironment, type PodEnvironment } from './envvars/pod-environment';
import { decideProxy, type ProxyQuery } from './proxy/select-backend';
import { explainedProxyDecision, type ExplainedProxyDecision } from './explain/explain-proxy';
import { renderIptables } from './proxy/render-iptables';
import type { CompiledPolicies } from './netpol/types';
import type { PolicyExplanation } from './explain/explain-policy';
import {
  traceReachability,
  type ReachabilityAnswer,
  type ReachabilityRequest,
} from './reachability/trace';
import {
  clusterMatrix,
  compileClusterPolicies,
  explainClusterPolicy,
  type ClusterMatrix,
  type ClusterMatrixQuery,
  type TraceContext,
} from './reachability/trace-context';
import type { Datapath } from './cni/datapath';
import { datapathOf } from './cni/packet';
import { nodeInterfaces, nodeRoutes, type NodeInterface, type NodeRoutes } from './cni/node-view';
import { podCniResult, type PodCni } from './cni/cni-result';
import {
  ingressRouteOf,
  type IngressRouteAnswer,
  type IngressRouteQuery,
} from './reachability/trace-ingress';

/**
 * One cluster at one revision, ready to answer networking questions. Built once per snapshot
 * (the app caches it per cluster revision); it holds the revision's derived read model
 * (model/cluster-model.ts), and every question is a pure module reading through it.
 */
export class Simulation {
  /** Index → endpoint view → Service-port table → address classifier → compiled policies. */
  readonly model: ClusterModel;

  private constructor(
    readonly snapshot: ClusterSnapshot,
    readonly index: ClusterIndex,
  ) {
    this.model = modelOf(index);
  }

  static build(snapshot: ClusterSnapshot): Simulation {
    return new Simulation(snapshot, new ClusterIndex(snapshot));
  }

  /** This revision's NetworkPolicies, compiled once on first use. See reachability/trace-context.ts. */
  compiledPolicies(): CompiledPolicies {
    return compileClusterPolicies(this.index, this.snapshot.objects);
  }

  /** "Can A reach B, and if not, why?", hop by hop. See reachability/trace.ts. */
  reachability(request: ReachabilityRequest): ReachabilityAnswer {
    return traceReachability(this.traceContext(), request);
  }

  /** The pod-to-pod NetworkPolicy truth table for one port. See reachability/trace-context.ts. */
  matrix(query: ClusterMatrixQuery): ClusterMatrix {
    return clusterMatrix(this.compiledPolicies(), query);
  }

  /** A stored NetworkPolicy in plain words; NotFound when it does not exist. */
  explainPolicy(namespace: string, name: string): PolicyExplanation {
    return explainClusterPolicy(this.snapshot.objects, this.compiledPolicies(), namespace, name);
  }

  /** Which Ingress rule answers a URL for one IngressClass. See reachability/trace-ingress.ts. */
  ingressRoute(query: IngressRouteQuery): IngressRouteAnswer {
    return ingressRouteOf(this.traceContext(), query);
  }

  private traceContext(): TraceContext {
    return { index: this.index, compiled: this.compiledPolicies(), objects: this.snapshot.objects };
  }

  /** DNS lookup, optionally from a Pod (its resolv.conf applies). See dns/resolver.ts. */
  dns(query: DnsQuery): DnsAnswer {
    return resolveDns(this.index, query);
  }

  /** The environment the kubelet gives a container of the Pod. See envvars/pod-environment.ts. */
  env(namespace: string, podName: string, containerName?: string): PodEnvironment {
    return podEnvironment(this.index, namespace, podName, containerName);
  }

  /** What kube-proxy does with a packet to a Service address. See proxy/select-backend.ts. */
  proxy(query: ProxyQuery): ExplainedProxyDecision {
    return explainedProxyDecision(decideProxy(this.index, query));
  }

  /** kube-proxy's iptables rules on one node, iptables-save style. See proxy/render-iptables.ts. */
  iptables(nodeName: string): string {
    if (this.datapath().kubeProxyReplaced) {
      // Cilium's kube-proxy replacement: kube-proxy is not deployed and Services live in eBPF maps.
      return `# ${nodeName}: no kube-proxy rules. Cilium runs with kubeProxyReplacement, so kube-proxy is not deployed and Services are handled by eBPF programs and maps (cilium-dbg service list), not iptables.\n`;
    }
    return renderIptables(this, nodeName);
  }

  /** The Service's endpoint addresses with their conditions, from the model's one endpoint view. */
  serviceEndpoints(namespace: string, serviceName: string): ServiceEndpoint[] {
    return this.model.endpoints.serviceEndpoints(namespace, serviceName);
  }

  /** The network plugin's datapath (encapsulation, routes, MTU), shared with the trace. */
  datapath(): Datapath {
    return datapathOf(this.index).dp;
  }

  /** The node's `ip route` as its plugin programs it; undefined for an unknown node. */
  nodeRoutes(nodeName: string): NodeRoutes | undefined {
    return nodeRoutes(this.index, this.datapath(), nodeName);
  }

  /** The node's `ip addr`: eth0, tunnel devices, bridges, Pod veths; undefined for an unknown node. */
  nodeInterfaces(nodeName: string): NodeInterface[] | undefined {
    return nodeInterfaces(this.index, this.datapath(), nodeName);
  }

  /** The CNI ADD result for a Pod and its node's conflist; undefined for an unknown Pod. */
  podCni(namespace: string, name: string): PodCni | undefined {
    return podCniResult(this.index, this.datapath(), namespace, name);
  }

  /** The EndpointSlices labelled with the Service's name (empty when there are none). */
  endpoints(namespace: string, serviceName: string): EndpointSlice[] {
    return this.index.endpointSlices(namespace, serviceName);
  }
}
