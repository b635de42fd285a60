import {
  defaultObject,
  labelSelectorAsRequirements,
  matchesRequirements,
  parseCIDR,
  parseIPv4,
} from '@app/kube';
import type { LabelSelector, NetworkPolicyPeer, NetworkPolicyPort, Protocol } from '@app/kube';
import { describePlugin } from '../cni/plugins';
import { emptyBitset, fullBitset, orInto, setBit, type Bitset } from './bitset';
import type {
  CompiledIpBlock,
  CompiledPeer,
  CompiledPolicies,
  CompiledPolicy,
  CompiledPort,
  CompiledRule,
  CompilePoliciesInput,
  PodIndex,
} from './types';

/** The label the API server puts on every namespace (NamespaceDefaultLabelName). */
export const NAMESPACE_NAME_LABEL = 'kubernetes.io/metadata.name';

/**
 * Compiles a cluster's NetworkPolicies once per revision, in the spirit of
 * network-policy-api policy-assistant `pkg/matcher` (BuildNetworkPolicies): every policy is
 * defaulted as the API server does (`defaultObject`: policyTypes inferred — Ingress, plus Egress
 * when egress rules exist — and port protocol TCP), then reduced to bitsets over pod indexes.
 * Selectors follow apimachinery (`NotIn`/`DoesNotExist` match pods lacking the key).
 *
 * Output, per policy: the selected pods (podSelector within the policy's namespace), and per
 * rule the admitted peer pods: podSelector alone → pods of the policy's namespace;
 * namespaceSelector alone → every pod of the matching namespaces; both in one peer → the AND;
 * ipBlock → pods whose IP lies in the CIDR and in none of the excepts (CIDRs with host bits set
 * are masked). Ports keep their protocol (TCP by default), number or name, and endPort.
 * Per pod: the policies that isolate it for ingress and for egress.
 *
 * Edge cases: `from`/`to` absent or empty → every peer; `ports` absent or empty → every port;
 * a peer with no selector and no ipBlock, or an unparsable CIDR, admits nothing (validation
 * rejects both); a policy or pod in a namespace not listed gets that namespace with only the
 * `kubernetes.io/metadata.name` label.
 */
export function compilePolicies(input: CompilePoliciesInput): CompiledPolicies {
  const { pods } = input;
  const size = pods.length;
  const plugin = input.networkPlugin ?? 'calico';

  const namespaceLabels = new Map<string, Readonly<Record<string, string>>>();
  for (const ns of input.namespaces) namespaceLabels.set(ns.name, ns.labels);
  const podsByNamespace = new Map<string, PodIndex[]>();
  for (let i = 0; i < size; i++) {
    const ns = pods[i].namespace;
    let list = podsByNamespace.get(ns);
    if (!list) podsByNamespace.set(ns, (list = []));
    list.push(i);
  }
  const ensureNamespace = (name: string): void => {
    if (!namespaceLabels.has(name)) namespaceLabels.set(name, { [NAMESPACE_NAME_LABEL]: name });
  };
  podsByNamespace.forEach((_, ns) => ensureNamespace(ns));
  for (const policy of input.policies) ensureNamespace(policy.metadata.namespace ?? 'default');

  const podIps = new Float64Array(size);
  const ipCount = new Map<string, number>();
  const podByIp = new Map<string, PodIndex>();
  for (let i = 0; i < size; i++) {
    const ip = pods[i].ip ? parseIPv4(pods[i].ip) : undefined;
    podIps[i] = ip ?? NaN;
    if (ip !== undefined) {
      ipCount.set(pods[i].ip, (ipCount.get(pods[i].ip) ?? 0) + 1);
      podByIp.set(pods[i].ip, i);
    }
  }
  // hostNetwork pods share their node's IP: such an address names no single pod.
  ipCount.forEach((count, ip) => count > 1 && podByIp.delete(ip));

  // Selectors repeat across policies (`{}`, app=...): compute each pod set once.
  const cache = new Map<string, Bitset>();
  const cached = (key: string, build: () => Bitset): Bitset => {
    let set = cache.get(key);
    if (!set) cache.set(key, (set = build()));
    return set;
  };
  const namespacesMatching = (selector: LabelSelector): string[] => {
    const matches = selectorMatcher(selector);
    return [...namespaceLabels.keys()].filter((ns) => matches(namespaceLabels.get(ns)!));
  };
  // An absent podSelector next to a namespaceSelector means every pod of those namespaces.
  const podsMatching = (
    namespaces: readonly string[],
    selector: LabelSelector | undefined,
  ): Bitset => {
    const matches = selectorMatcher(selector ?? {});
    const set = emptyBitset(size);
    for (const ns of namespaces) {
      for (const i of podsByNamespace.get(ns) ?? []) {
        if (matches(pods[i].labels)) setBit(set, i);
      }
    }
    return set;
  };
  const key = (selector: LabelSelector | undefined): string => JSON.stringify(selector ?? {});

  const compilePeer = (peer: NetworkPolicyPeer, namespace: string): CompiledPeer => {
    if (peer.ipBlock) {
      const ipBlock = compileIpBlock(peer.ipBlock.cidr, peer.ipBlock.except ?? []);
      const podSet = ipBlock
        ? cached(`ip|${peer.ipBlock.cidr}|${(peer.ipBlock.except ?? []).join(',')}`, () => {
            const set = emptyBitset(size);
            for (let i = 0; i < size; i++) if (ipBlockContains(ipBlock, podIps[i])) setBit(set, i);
            return set;
          })
        : emptyBitset(size);
      return { peer, pods: podSet, ...(ipBlock && { ipBlock }) };
    }
    if (peer.namespaceSelector) {
      const nsSelector = peer.namespaceSelector;
      const podSet = cached(`ns|${key(nsSelector)}|${key(peer.podSelector)}`, () =>
        podsMatching(namespacesMatching(nsSelector), peer.podSelector),
      );
      return { peer, pods: podSet };
    }
    if (peer.podSelector) {
      const podSelector = peer.podSelector;
      const podSet = cached(`pod|${namespace}|${key(podSelector)}`, () =>
        podsMatching([namespace], podSelector),
      );
      return { peer, pods: podSet };
    }
    return { peer, pods: emptyBitset(size) };
  };

  const compileRule = (
    direction: 'Ingress' | 'Egress',
    index: number,
    peers: NetworkPolicyPeer[] | undefined,
    ports: NetworkPolicyPort[] | undefined,
    namespace: string,
  ): CompiledRule => {
    const allPeers = !peers || peers.length === 0;
    const compiledPeers = allPeers ? [] : peers.map((p) => compilePeer(p, namespace));
    let peerPods: Bitset;
    if (allPeers) peerPods = fullBitset(size);
    else if (compiledPeers.length === 1) peerPods = compiledPeers[0].pods;
    else {
      peerPods = emptyBitset(size);
      for (const p of compiledPeers) orInto(peerPods, p.pods);
    }
    const compiledPorts = ports && ports.length > 0 ? ports.map(compilePort) : undefined;
    return {
      direction,
      index,
      allPeers,
      peers: compiledPeers,
      peerPods,
      ...(compiledPorts && { ports: compiledPorts }),
    };
  };

  const ingressPoliciesOf: number[][] = pods.map(() => []);
  const egressPoliciesOf: number[][] = pods.map(() => []);
  const policies: CompiledPolicy[] = input.policies.map((raw, policyIndex) => {
    const policy = defaultObject(raw);
    const namespace = policy.metadata.namespace ?? 'default';
    const name = policy.metadata.name ?? '';
    const types = policy.spec.policyTypes ?? [];
    const selected = cached(`pod|${namespace}|${key(policy.spec.podSelector)}`, () =>
      podsMatching([namespace], policy.spec.podSelector),
    );
    const compiled: CompiledPolicy = {
      key: `${namespace}/${name}`,
      namespace,
      name,
      policy,
      selected,
    };
    if (types.includes('Ingress')) {
      compiled.ingress = (policy.spec.ingress ?? []).map((rule, i) =>
        compileRule('Ingress', i, rule.from, rule.ports, namespace),
      );
    }
    if (types.includes('Egress')) {
      compiled.egress = (policy.spec.egress ?? []).map((rule, i) =>
        compileRule('Egress', i, rule.to, rule.ports, namespace),
      );
    }
    for (const i of podsByNamespace.get(namespace) ?? []) {
      if ((selected[i >>> 5] & (1 << (i & 31))) === 0) continue;
      if (compiled.ingress) ingressPoliciesOf[i].push(policyIndex);
      if (compiled.egress) egressPoliciesOf[i].push(policyIndex);
    }
    return compiled;
  });

  return {
    pods,
    namespaceLabels,
    policies,
    ingressPoliciesOf,
    egressPoliciesOf,
    podIps,
    podByIp,
    networkPlugin: plugin,
    enforced: describePlugin(plugin).enforcesNetworkPolicy,
  };
}

/** Converts once, matches many; a selector upstream cannot convert selects nothing. */
function selectorMatcher(
  selector: LabelSelector,
): (labels: Readonly<Record<string, string>>) => boolean {
  let requirements: ReturnType<typeof labelSelectorAsRequirements>;
  try {
    requirements = labelSelectorAsRequirements(selector);
  } catch {
    return () => false;
  }
  if (!requirements) return () => false;
  const reqs = requirements;
  return (labels) => matchesRequirements(reqs, labels as Record<string, string>);
}

function compileIpBlock(cidr: string, except: readonly string[]): CompiledIpBlock | undefined {
  const parsed = parseCIDR(cidr);
  if (!parsed) return undefined;
  const excepts = except.map((e) => parseCIDR(e)).filter((e) => e !== undefined);
  return { cidr: parsed, except: excepts };
}

const maskOf = (prefix: number): number => (prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0);

/** An address inside the block's CIDR and outside every except range; NaN never matches. */
export function ipBlockContains(block: CompiledIpBlock, ip: number): boolean {
  if (Number.isNaN(ip)) return false;
  if ((ip & maskOf(block.cidr.prefix)) >>> 0 !== block.cidr.base) return false;
  for (const e of block.except) if ((ip & maskOf(e.prefix)) >>> 0 === e.base) return false;
  return true;
}

function compilePort(port: NetworkPolicyPort): CompiledPort {
  const protocol: Protocol = port.protocol ?? 'TCP';
  if (typeof port.port === 'number') {
    return {
      port,
      protocol,
      number: port.port,
      ...(port.endPort !== undefined && { endPort: port.endPort }),
    };
  }
  if (typeof port.port === 'string') return { port, protocol, name: port.port };
  return { port, protocol };
}

/** Convenience for callers holding whole objects: the compiled policy by "ns/name". */
export function findCompiledPolicy(
  compiled: CompiledPolicies,
  key: string,
): CompiledPolicy | undefined {
  return compiled.policies.find((p) => p.key === key);
}
