/** Inputs and compiled form of the NetworkPolicy engine (compile → evaluate → explain). */
import type {
  Cidr,
  NetworkPolicy,
  NetworkPolicyPeer,
  NetworkPolicyPort,
  Protocol,
} from '@app/kube';
import type { NetworkPlugin } from '../cluster-config';
import type { Bitset } from './bitset';

/** Position of a pod in `CompilePoliciesInput.pods`; every bitset is indexed by it. */
export type PodIndex = number;

export interface PodPortRef {
  name?: string;
  containerPort: number;
  /** Defaults to TCP, as on a container port. */
  protocol?: Protocol;
}

/** What the policy engine needs to know about a pod. */
export interface PodRef {
  namespace: string;
  name: string;
  labels: Readonly<Record<string, string>>;
  /** Pod IP ('' when the pod has none yet; ipBlock peers never match it then). */
  ip: string;
  node: string;
  /** Container ports of all containers; named policy ports resolve against them. */
  ports: readonly PodPortRef[];
}

export interface NamespaceRef {
  name: string;
  labels: Readonly<Record<string, string>>;
}

export interface CompilePoliciesInput {
  pods: readonly PodRef[];
  namespaces: readonly NamespaceRef[];
  policies: readonly NetworkPolicy[];
  /** Decides `enforced` on every verdict; calico when omitted. */
  networkPlugin?: NetworkPlugin;
}

/** One end of a connection: a pod, or an address that belongs to no pod (outside the cluster). */
export type PolicyEndpoint = PodIndex | { ip: string };

export interface CompiledIpBlock {
  cidr: Cidr;
  except: Cidr[];
}

export interface CompiledPeer {
  /** The peer as written (after defaulting). */
  peer: NetworkPolicyPeer;
  /** Pods this peer admits: selector matches, or pod IPs inside the ipBlock. */
  pods: Bitset;
  ipBlock?: CompiledIpBlock;
}

export interface CompiledPort {
  port: NetworkPolicyPort;
  protocol: Protocol;
  /** Numeric port; with `endPort`, the inclusive range start. */
  number?: number;
  endPort?: number;
  /** Named port, resolved on the destination pod's container ports at evaluation time. */
  name?: string;
}

export interface CompiledRule {
  direction: 'Ingress' | 'Egress';
  index: number;
  /** `from`/`to` absent or empty: every source/destination, inside or outside the cluster. */
  allPeers: boolean;
  peers: CompiledPeer[];
  /** Union of the peers' pod sets (all pods when `allPeers`). */
  peerPods: Bitset;
  /** undefined: `ports` absent or empty, every port and protocol. */
  ports?: CompiledPort[];
}

export interface CompiledPolicy {
  /** "namespace/name" */
  key: string;
  namespace: string;
  name: string;
  /** The policy after API-server defaulting (policyTypes inferred, protocols TCP). */
  policy: NetworkPolicy;
  /** Pods of the policy's namespace matched by `spec.podSelector`. */
  selected: Bitset;
  /** Present iff policyTypes contains Ingress: the pods in `selected` are isolated for ingress. */
  ingress?: CompiledRule[];
  /** Present iff policyTypes contains Egress. */
  egress?: CompiledRule[];
}

export interface CompiledPolicies {
  pods: readonly PodRef[];
  /** Labels per namespace name (namespaces only seen on pods get the default name label). */
  namespaceLabels: ReadonlyMap<string, Readonly<Record<string, string>>>;
  policies: readonly CompiledPolicy[];
  /** Per pod: indexes into `policies` that isolate it for ingress / egress. */
  ingressPoliciesOf: readonly (readonly number[])[];
  egressPoliciesOf: readonly (readonly number[])[];
  /** Parsed pod IPs (NaN when absent or not IPv4). */
  podIps: Float64Array;
  /** Pod index by IP, for addresses that belong to exactly one pod. */
  podByIp: ReadonlyMap<string, PodIndex>;
  networkPlugin: NetworkPlugin;
  /** False on plugins that do not implement NetworkPolicy (flannel). */
  enforced: boolean;
}

/** A rule of a policy, as verdict evidence. */
export interface RuleRef {
  /** "namespace/name" */
  policy: string;
  /** Index into spec.ingress or spec.egress. */
  ruleIndex: number;
}

export type RuleMismatch = 'peer' | 'port' | 'protocol';

/**
 * Tiers in the order their effects are resolved. NetworkPolicy v1 is one tier; the
 * ClusterNetworkPolicy tiers of sigs.k8s.io/network-policy-api (Admin before it, Baseline after)
 * slot in around it without changing how a direction is decided.
 */
export const POLICY_TIERS = ['Admin', 'NetworkPolicy', 'Baseline'] as const;
export type PolicyTier = (typeof POLICY_TIERS)[number];

/** Allow and Deny end the resolution; Pass skips the rest of its tier. */
export type PolicyAction = 'Allow' | 'Deny' | 'Pass';

/** One policy's say on one direction of one connection. */
export interface PolicyEffect {
  kind: 'NetworkPolicy';
  tier: PolicyTier;
  /** Lower first within a tier. NetworkPolicy: its rules' Allow are 0, its isolation's Deny 1. */
  priority: number;
  action: PolicyAction;
  /** "namespace/name" */
  policy: string;
  /** The rule behind the effect; absent for a NetworkPolicy's isolation (deny what no rule allows). */
  ruleIndex?: number;
}

/** What the closest rule was matched against, for explain/ to say what it lacks. */
export interface ClosestRuleEvidence {
  /** The policy's namespace (podSelector-only peers stay inside it). */
  namespace: string;
  /** The rule's peers and ports as written (after defaulting). */
  peers: NetworkPolicyPeer[];
  ports?: NetworkPolicyPort[];
  /** The other end of the connection: a pod ("ns/name") or an address outside every pod. */
  other: { pod: string } | { address: string };
  traffic: { protocol: Protocol; port?: number };
  /** A peer mismatch where the ports do not match either. */
  portsAlsoFail: boolean;
}

export interface DirectionVerdict {
  direction: 'Ingress' | 'Egress';
  /** The pod whose policies decide this direction ("ns/name"), or undefined for an outside address. */
  subject?: string;
  /** Some policy selects the subject with this policy type. */
  isolated: boolean;
  /** "namespace/name" of every policy that isolates the subject for this direction. */
  isolatingPolicies: string[];
  /** Rules that admit this peer, port and protocol (empty when not isolated). */
  allowedBy: RuleRef[];
  /** When isolated and nothing allows it: the rule that came closest, and what it lacks. */
  closest?: RuleRef & { mismatch: RuleMismatch; evidence: ClosestRuleEvidence };
  /** Every policy's effect, in resolution order (tier, then priority). */
  effects: PolicyEffect[];
  /** The effect that decided `allowed`; absent when no policy has a say (allowed). */
  decidedBy?: PolicyEffect;
  allowed: boolean;
}

export interface PolicyVerdict {
  /** The NetworkPolicy verdict: egress of the source AND ingress of the destination (or loopback). */
  allowed: boolean;
  /** Whether the cluster's plugin enforces the verdict; when false traffic passes regardless. */
  enforced: boolean;
  networkPlugin: NetworkPlugin;
  /** "ns/name" for a pod, the IP otherwise. */
  from: string;
  to: string;
  port: number | string;
  /** The numeric port after resolving a named port on the destination, when it resolves. */
  resolvedPort?: number;
  protocol: Protocol;
  /** Source and destination are the same pod: never blocked. */
  loopback: boolean;
  egress: DirectionVerdict;
  ingress: DirectionVerdict;
}
