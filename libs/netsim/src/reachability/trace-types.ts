/** The question "can A reach B?" and its traced answer (docs/architecture.md "Reachability"). */
import type { Protocol } from '@app/kube';
import type { Hop } from '../explain/explain-hops';
import type { PacketEvidence } from '../cni/packet';

export interface PodName {
  namespace: string;
  name: string;
}

/** A Pod (its node, its IP), or a client outside the cluster with this IPv4 address. */
export type ReachabilitySource = { pod: PodName } | { external: string };

export type ReachabilityTarget =
  | { pod: PodName }
  | { service: PodName }
  /** A DNS name, resolved from the source Pod's resolv.conf. */
  | { host: string }
  | { ip: string }
  | { node: string; nodePort: number }
  | { url: string };

export interface ReachabilityRequest {
  from: ReachabilitySource;
  to: ReachabilityTarget;
  /** A number, or the destination's container port name / Service port name. */
  port?: number | string;
  protocol?: Protocol;
}

export type ReachabilityVerdict =
  | 'allowed'
  | 'denied-by-policy'
  | 'no-endpoints'
  | 'nxdomain'
  | 'no-such-port'
  | 'not-enforced'
  | 'no-such-target'
  | 'unreachable'
  | 'no-route'
  | 'dropped'
  | 'ingress-no-match'
  | 'ingress-no-controller';

/** One candidate destination (after kube-proxy's DNAT, or the Pod itself) and its verdict. */
export interface EndpointReachability {
  /** "ns/name" of the Pod behind the address; null for an address no Pod owns. */
  pod: string | null;
  ip: string;
  port: number;
  /** The endpoint's node ('' when unknown). */
  node: string;
  /** Traffic passes: the policy verdict allows it, or the plugin does not enforce policies. */
  allowed: boolean;
  /** One phrase: why it passes or not. */
  reason: string;
  /** Policies isolating the source (egress) and the destination (ingress) for this connection. */
  policies: { egress: string[]; ingress: string[] };
  /** explainVerdict's sentences, plus SNAT notes. */
  explanation: string[];
  /** The CNI path: same node, or the plugin's overlay between node IPs. */
  path: string;
  /** The packet, its rewrites, route, encapsulation and MTU (absent when no node sends it). */
  packet?: PacketEvidence;
}

export interface HttpOutcome {
  /** 200 a backend answers; 404 the controller's default backend; 503 no endpoints; 308 https redirect. */
  status: number;
  backend?: { service: string; port: number | string };
  /** "ns/name" of the Ingress whose rule (or defaultBackend) answered. */
  ingress?: string;
  rule?: { host: string | null; path: string | null; pathType: string | null };
  tls?: {
    /** The Secret whose certificate is presented; absent: the controller's default certificate. */
    secret?: string;
    hosts: string[];
    defaultCertificate: boolean;
    problems: string[];
  };
}

export interface ReachabilityAnswer {
  allowed: boolean;
  verdict: ReachabilityVerdict;
  summary: string;
  networkPlugin: { name: string; enforcesNetworkPolicy: boolean };
  hops: Hop[];
  endpoints: EndpointReachability[];
  http?: HttpOutcome;
}
