import type { EndpointSlice } from '@app/kube';
import { ClusterIndex } from './cluster-index';
import type { ClusterSnapshot } from './snapshot';
import { resolveDns } from './dns/resolver';
import type { DnsAnswer, DnsQuery } from './dns/types';
import { podEnvironment, type PodEnvironment } from './envvars/pod-environment';
import { decideProxy, type ProxyDecision, type ProxyQuery } from './proxy/select-backend';
import { renderIptables } from './proxy/render-iptables';

/**
 * One cluster at one revision, ready to answer networking questions. Built once per snapshot
 * (the app caches it per cluster revision); every question delegates to a pure module.
 */
export class Simulation {
  private constructor(
    readonly snapshot: ClusterSnapshot,
    readonly index: ClusterIndex,
  ) {}

  static build(snapshot: ClusterSnapshot): Simulation {
    return new Simulation(snapshot, new ClusterIndex(snapshot));
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
  proxy(query: ProxyQuery): ProxyDecision {
    return decideProxy(this.index, query);
  }

  /** kube-proxy's iptables rules on one node, iptables-save style. See proxy/render-iptables.ts. */
  iptables(nodeName: string): string {
    return renderIptables(this, nodeName);
  }

  /** The EndpointSlices labelled with the Service's name (empty when there are none). */
  endpoints(namespace: string, serviceName: string): EndpointSlice[] {
    return this.index.endpointSlices(namespace, serviceName);
  }
}
