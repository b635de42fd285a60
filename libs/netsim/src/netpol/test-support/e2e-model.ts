/**
 * Test support (not exported by the lib): the upstream e2e netpol model and truth tables
 * (kubernetes test/e2e/network/netpol/model.go, reachability.go, policies.go) in TypeScript.
 * Namespaces x, y, z carry `kubernetes.io/metadata.name`; pod "a" carries `pod=a`; every pod
 * serves each port × protocol on a container port named `serve-<port>-<protocol>`.
 */
import type {
  LabelSelector,
  NetworkPolicy,
  NetworkPolicyEgressRule,
  NetworkPolicyIngressRule,
  PolicyType,
  Protocol,
} from '@app/kube';
import { compilePolicies } from '../compile';
import { evaluate } from '../evaluate';
import { reachabilityMatrix } from '../../reachability/matrix';
import type { CompiledPolicies, NamespaceRef, PodRef } from '../types';

export const NS_LABEL = 'kubernetes.io/metadata.name';

export interface ModelOptions {
  ports?: number[];
  protocols?: Protocol[];
  namespaceLabels?: Record<string, Record<string, string>>;
  podLabels?: Record<string, Record<string, string>>;
}

/** `initializeResources(…, "x/a", "x/b", …)`: only the listed pods exist. */
export class Model {
  readonly pods: PodRef[];
  readonly namespaces: NamespaceRef[];

  constructor(
    readonly podStrings: string[],
    readonly options: ModelOptions = {},
  ) {
    const ports = options.ports ?? [80, 81];
    const protocols = options.protocols ?? ['TCP'];
    this.namespaces = ['x', 'y', 'z'].map((name) => ({
      name,
      labels: { [NS_LABEL]: name, ...(options.namespaceLabels?.[name] ?? {}) },
    }));
    this.pods = podStrings.map((ps) => {
      const [namespace, name] = ps.split('/');
      const nsIndex = ['x', 'y', 'z'].indexOf(namespace);
      const podIndex = name.charCodeAt(0) - 'a'.charCodeAt(0);
      return {
        namespace,
        name,
        labels: options.podLabels?.[ps] ?? { pod: name },
        ip: `10.244.${nsIndex + 1}.${podIndex + 10}`,
        node: `node-${(podIndex % 2) + 1}`,
        ports: ports.flatMap((port) =>
          protocols.map((protocol) => ({
            name: `serve-${port}-${protocol.toLowerCase()}`,
            containerPort: port,
            protocol,
          })),
        ),
      };
    });
  }

  ip(podString: string): string {
    return this.pods[this.podStrings.indexOf(podString)].ip;
  }

  with(options: ModelOptions): Model {
    return new Model(this.podStrings, { ...this.options, ...options });
  }

  compile(policies: NetworkPolicy[]): CompiledPolicies {
    return compilePolicies({ pods: this.pods, namespaces: this.namespaces, policies });
  }
}

type SetFunc = (policy: NetworkPolicy) => void;

/** GenNetworkPolicyWithNameAndPodSelector */
export function genPolicy(
  name: string,
  namespace: string,
  podSelector: LabelSelector,
  ...setters: SetFunc[]
): NetworkPolicy {
  const policy: NetworkPolicy = {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'NetworkPolicy',
    metadata: { name, namespace },
    spec: { podSelector },
  };
  for (const set of setters) set(policy);
  return policy;
}

/** GenNetworkPolicyWithNameAndPodMatchLabel */
export const genPolicyMatchLabel = (
  name: string,
  namespace: string,
  labels: Record<string, string>,
  ...setters: SetFunc[]
): NetworkPolicy => genPolicy(name, namespace, { matchLabels: labels }, ...setters);

/** SetSpecIngressRules: creates the list (adding policyType Ingress) then appends. */
export const ingressRules =
  (...rules: NetworkPolicyIngressRule[]): SetFunc =>
  (policy) => {
    if (!policy.spec.ingress) {
      policy.spec.ingress = [];
      policy.spec.policyTypes = [...(policy.spec.policyTypes ?? []), 'Ingress' as PolicyType];
    }
    policy.spec.ingress.push(...rules);
  };

/** SetSpecEgressRules */
export const egressRules =
  (...rules: NetworkPolicyEgressRule[]): SetFunc =>
  (policy) => {
    if (!policy.spec.egress) {
      policy.spec.egress = [];
      policy.spec.policyTypes = [...(policy.spec.policyTypes ?? []), 'Egress' as PolicyType];
    }
    policy.spec.egress.push(...rules);
  };

export interface Peer {
  namespace?: string;
  pod?: string;
}

/** reachability.go's Reachability: expected connectivity, default for every pair, then exceptions. */
export class Reachability {
  private readonly expected = new Map<string, boolean>();

  constructor(
    readonly pods: string[],
    defaultExpectation: boolean,
  ) {
    for (const from of pods)
      for (const to of pods) this.expected.set(`${from}>${to}`, defaultExpectation);
  }

  expect(from: string, to: string, connected: boolean): this {
    this.expected.set(`${from}>${to}`, connected);
    return this;
  }

  expectPeer(from: Peer, to: Peer, connected: boolean): this {
    for (const f of this.pods.filter((p) => matchesPeer(p, from))) {
      for (const t of this.pods.filter((p) => matchesPeer(p, to))) this.expect(f, t, connected);
    }
    return this;
  }

  expectAllIngress(pod: string, connected: boolean): this {
    for (const from of this.pods) this.expect(from, pod, connected);
    return this;
  }

  expectAllEgress(pod: string, connected: boolean): this {
    for (const to of this.pods) this.expect(pod, to, connected);
    return this;
  }

  get(from: string, to: string): boolean {
    return this.expected.get(`${from}>${to}`)!;
  }
}

const matchesPeer = (podString: string, peer: Peer): boolean => {
  const [ns, pod] = podString.split('/');
  return (!peer.namespace || peer.namespace === ns) && (!peer.pod || peer.pod === pod);
};

/**
 * ValidateOrFail: the mismatches between the expectation and the engine, loopback ignored as
 * upstream does (ignoreLoopback) — the engine's diagonal is checked separately to be all true.
 * Every cell of the matrix is also cross-checked against `evaluate`, so both paths agree.
 */
export function probeMismatches(
  compiled: CompiledPolicies,
  reachability: Reachability,
  port: number | string,
  protocol: Protocol = 'TCP',
): string[] {
  const matrix = reachabilityMatrix(compiled, { port, protocol });
  const wrong: string[] = [];
  matrix.pods.forEach((from, s) =>
    matrix.pods.forEach((to, d) => {
      const got = matrix.allowed[s][d];
      const single = evaluate(compiled, { from: s, to: d, port, protocol }).allowed;
      if (single !== got) wrong.push(`${from} -> ${to}: matrix ${got} but evaluate ${single}`);
      if (s === d) {
        if (!got) wrong.push(`${from} -> itself: loopback must be allowed`);
        return;
      }
      const want = reachability.get(from, to);
      if (want !== got) wrong.push(`${from} -> ${to}: expected ${want}, engine says ${got}`);
    }),
  );
  return wrong;
}
