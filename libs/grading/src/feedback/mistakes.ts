/**
 * The typical NetworkPolicy mistakes, recognised in the learner's own policies (those the setup
 * did not bring) from their compiled form and, where the exercise has one, the reference
 * solution: peers ORed where AND was meant, policyTypes that leave rules without effect, a policy
 * or peer in the wrong namespace, ports missing or named wrong, DNS egress forgotten, selectors
 * that match nothing. Each comes with the hint for that kind of mistake.
 */
import {
  defaultObject,
  matchesLabelSelector,
  type LabelSelector,
  type NetworkPolicy,
  type NetworkPolicyPeer,
} from '@app/kube';
import {
  compilePolicies,
  describeSelector,
  evaluate,
  isEmpty,
  members,
  policyInputOf,
  type CompiledPolicies,
  type CompiledPolicy,
  type Simulation,
} from '@app/netsim';
import { canonicalJson } from '../canonical-json';

export const MISTAKE_KINDS = [
  'or-instead-of-and',
  'missing-policy-types',
  'wrong-namespace',
  'port-missing-or-wrong',
  'dns-egress-forgotten',
  'selector-matches-nothing',
] as const;
export type MistakeKind = (typeof MISTAKE_KINDS)[number];

export interface Mistake {
  kind: MistakeKind;
  /** "namespace/name" of the learner's policy it is in. */
  policy: string;
  /** Where in the policy ("spec.ingress[0].from"). */
  field: string;
  /** What is wrong, in this cluster's terms. */
  message: string;
  /** What to do about this kind of mistake. */
  hint: string;
  /** Pods whose connections it affects ("ns/name"); empty: it may affect any check. */
  pods: string[];
}

/** What the learner was given and, when known, what a correct answer looks like. */
export interface MistakeContext {
  /** The NetworkPolicies of the untouched setup (not the learner's to fix). */
  setupPolicies: readonly NetworkPolicy[];
  /** The reference solution's NetworkPolicies (setup's included), when the exercise has one. */
  referencePolicies?: readonly NetworkPolicy[];
}

const HINTS: Record<MistakeKind, string> = {
  'or-instead-of-and':
    'Two entries under from/to are ORed: each admits traffic on its own. To require a namespace AND a Pod label, put namespaceSelector and podSelector in the same entry (no dash before podSelector).',
  'missing-policy-types':
    'spec.policyTypes decides which directions a policy isolates: list Egress for egress rules (and a default-deny egress) and Ingress for ingress rules, or those rules have no effect.',
  'wrong-namespace':
    'A NetworkPolicy selects Pods of its own namespace only (metadata.namespace), and a podSelector peer without namespaceSelector only matches Pods of that namespace: create the policy in the namespace of the Pods, or add a namespaceSelector to the peer.',
  'port-missing-or-wrong':
    'Check the rule’s ports: without ports a rule allows every port; a named port must be the name of a containerPort of the destination Pods; the protocol defaults to TCP.',
  'dns-egress-forgotten':
    'Egress isolation also drops DNS: allow egress to the kube-dns Pods (k8s-app=kube-dns in namespace kube-system) on UDP port 53 and TCP port 53, or names stop resolving.',
  'selector-matches-nothing':
    'The selector matches no Pods: compare it with the Pods’ labels (kubectl get pods --show-labels); matchLabels must match every label exactly.',
};

export const mistakeHint = (kind: MistakeKind): string => HINTS[kind];

const podKeyOf = (c: CompiledPolicies, i: number): string =>
  `${c.pods[i].namespace}/${c.pods[i].name}`;

const specOf = (p: NetworkPolicy): string => canonicalJson(defaultObject(p).spec);
const keyOf = (p: NetworkPolicy): string =>
  `${p.metadata.namespace ?? 'default'}/${p.metadata.name}`;

/** Namespaces (other than `namespace`) holding Pods the selector matches. */
function otherNamespacesMatching(
  c: CompiledPolicies,
  selector: LabelSelector | undefined,
  namespace: string,
): string[] {
  const out = new Set<string>();
  for (const pod of c.pods) {
    if (pod.namespace === namespace) continue;
    if (matchesLabelSelector(selector ?? {}, pod.labels as Record<string, string>))
      out.add(pod.namespace);
  }
  return [...out];
}

/**
 * The mistakes in the learner's policies, most telling first. The learner's policies are the
 * cluster's NetworkPolicies minus those the setup brought unchanged.
 */
export function findMistakes(sim: Simulation, context: MistakeContext): Mistake[] {
  const compiled = sim.compiledPolicies();
  const setup = new Map(context.setupPolicies.map((p) => [keyOf(p), specOf(p)]));
  const own = compiled.policies.filter((p) => setup.get(p.key) !== specOf(p.policy));
  const reference = context.referencePolicies;
  const refCompiled = reference
    ? compilePolicies({ ...policyInputOf(sim.index, []), policies: reference })
    : undefined;
  const out: Mistake[] = [];
  for (const p of own) out.push(...policyMistakes(compiled, p, refCompiled));
  out.push(...dnsMistakes(compiled, own, refCompiled));
  const order = (m: Mistake): number => MISTAKE_KINDS.indexOf(m.kind);
  return out.sort((a, b) => order(a) - order(b));
}

function policyMistakes(
  c: CompiledPolicies,
  p: CompiledPolicy,
  ref: CompiledPolicies | undefined,
): Mistake[] {
  const out: Mistake[] = [];
  const selected = members(p.selected).map((i) => podKeyOf(c, i));
  const add = (kind: MistakeKind, field: string, message: string, pods = selected): void => {
    out.push({ kind, policy: p.key, field, message, hint: HINTS[kind], pods });
  };
  const spec = p.policy.spec;
  const counterpart = ref?.policies.find((r) => r.name === p.name);

  if (isEmpty(p.selected)) {
    const elsewhere = otherNamespacesMatching(c, spec.podSelector, p.namespace);
    const sel = describeSelector(spec.podSelector) || 'every Pod';
    if (elsewhere.length > 0) {
      const pods = c.pods
        .map((_, i) => i)
        .filter((i) => elsewhere.includes(c.pods[i].namespace))
        .filter((i) =>
          matchesLabelSelector(spec.podSelector ?? {}, c.pods[i].labels as Record<string, string>),
        )
        .map((i) => podKeyOf(c, i));
      add(
        'wrong-namespace',
        'metadata.namespace',
        `${p.key} is in namespace ${p.namespace}, but the Pods its podSelector (${sel}) matches are in namespace ${elsewhere.join(', ')}`,
        pods,
      );
    } else {
      add(
        'selector-matches-nothing',
        'spec.podSelector',
        `spec.podSelector of ${p.key} (${sel}) matches no Pod in namespace ${p.namespace}`,
        [],
      );
    }
  } else if (counterpart && counterpart.namespace !== p.namespace) {
    add(
      'wrong-namespace',
      'metadata.namespace',
      `${p.key} is in namespace ${p.namespace}; the Pods it should protect are in namespace ${counterpart.namespace}`,
      members(counterpart.selected).map((i) => podKeyOf(c, i)),
    );
  }

  // Rules the policyTypes switch off.
  if ((spec.egress?.length ?? 0) > 0 && !p.egress)
    add(
      'missing-policy-types',
      'spec.policyTypes',
      `${p.key} has egress rules, but spec.policyTypes does not list Egress: they have no effect`,
    );
  if ((spec.ingress?.length ?? 0) > 0 && !p.ingress)
    add(
      'missing-policy-types',
      'spec.policyTypes',
      `${p.key} has ingress rules, but spec.policyTypes does not list Ingress: they have no effect`,
    );
  if (counterpart?.egress && !p.egress && counterpart.namespace === p.namespace)
    add(
      'missing-policy-types',
      'spec.policyTypes',
      `${p.key} does not isolate egress: without Egress in spec.policyTypes (and without egress rules) it only isolates ingress`,
    );

  for (const [direction, rules] of [
    ['ingress', p.ingress ?? []],
    ['egress', p.egress ?? []],
  ] as const) {
    rules.forEach((rule, r) => {
      const side = direction === 'ingress' ? 'from' : 'to';
      const at = `spec.${direction}[${r}]`;
      const peers = rule.peers.map((x) => x.peer);
      const nsOnly = peers.findIndex((x) => x.namespaceSelector && !x.podSelector);
      const podOnly = peers.findIndex((x) => x.podSelector && !x.namespaceSelector);
      if (nsOnly >= 0 && podOnly >= 0) {
        add(
          'or-instead-of-and',
          `${at}.${side}`,
          `${at}.${side} lists a namespaceSelector (${side}[${nsOnly}]) and a podSelector (${side}[${podOnly}]) as separate peers, which are ORed: every Pod of ${describeNamespaces(peers[nsOnly])} is admitted, whatever its labels`,
        );
      }
      rule.peers.forEach((peer, k) => {
        if (peer.ipBlock || !isEmpty(peer.pods)) return;
        const field = `${at}.${side}[${k}]`;
        const elsewhere =
          peer.peer.podSelector && !peer.peer.namespaceSelector
            ? otherNamespacesMatching(c, peer.peer.podSelector, p.namespace)
            : [];
        if (elsewhere.length > 0)
          add(
            'wrong-namespace',
            field,
            `${field} (podSelector ${describeSelector(peer.peer.podSelector)}) only looks in namespace ${p.namespace}; the Pods it names are in namespace ${elsewhere.join(', ')}`,
          );
        else add('selector-matches-nothing', field, `${field} matches no Pod`);
      });
      for (const [e, entry] of (rule.ports ?? []).entries()) {
        if (entry.name === undefined) continue;
        const targets = direction === 'ingress' ? members(p.selected) : members(rule.peerPods);
        const resolves = targets.some((i) =>
          c.pods[i].ports.some(
            (cp) => cp.name === entry.name && (cp.protocol ?? 'TCP') === entry.protocol,
          ),
        );
        if (targets.length > 0 && !resolves)
          add(
            'port-missing-or-wrong',
            `${at}.ports[${e}].port`,
            `${at}.ports[${e}] names port "${entry.name}", which no destination Pod has as a ${entry.protocol} containerPort name`,
          );
      }
      const refRule =
        counterpart && (direction === 'ingress' ? counterpart.ingress : counterpart.egress)?.[r];
      if (refRule?.ports && !rule.ports)
        add(
          'port-missing-or-wrong',
          `${at}.ports`,
          `${at} has no ports, so it allows every port and protocol`,
        );
    });
  }
  return out;
}

function describeNamespaces(peer: NetworkPolicyPeer): string {
  const s = describeSelector(peer.namespaceSelector);
  return s ? `the namespaces labelled ${s}` : 'every namespace';
}

/** Pods the learner isolated for egress that can no longer ask kube-dns, where the reference lets them. */
function dnsMistakes(
  c: CompiledPolicies,
  own: readonly CompiledPolicy[],
  ref: CompiledPolicies | undefined,
): Mistake[] {
  const dns = c.pods
    .map((p, i) => ({ p, i }))
    .filter(({ p }) => p.namespace === 'kube-system' && p.labels['k8s-app'] === 'kube-dns')
    .map(({ i }) => i);
  if (dns.length === 0) return [];
  const out: Mistake[] = [];
  const byPolicy = new Map<string, { udp: string[]; tcp: string[] }>();
  for (let s = 0; s < c.pods.length; s++) {
    if (c.egressPoliciesOf[s].length === 0 || c.pods[s].namespace === 'kube-system') continue;
    const ownIsolation = c.egressPoliciesOf[s].some((i) => own.includes(c.policies[i]));
    if (!ref && !ownIsolation) continue;
    for (const protocol of ['UDP', 'TCP'] as const) {
      const blocked = dns.every(
        (d) => !evaluate(c, { from: s, to: d, port: 53, protocol }).allowed,
      );
      if (!blocked) continue;
      if (ref && dns.every((d) => !evaluate(ref, { from: s, to: d, port: 53, protocol }).allowed))
        continue;
      const policy = c.policies[c.egressPoliciesOf[s][0]].key;
      const entry = byPolicy.get(policy) ?? { udp: [], tcp: [] };
      (protocol === 'UDP' ? entry.udp : entry.tcp).push(podKeyOf(c, s));
      byPolicy.set(policy, entry);
    }
  }
  for (const [policy, { udp, tcp }] of byPolicy) {
    if (udp.length > 0)
      out.push({
        kind: 'dns-egress-forgotten',
        policy,
        field: 'spec.egress',
        message: `${udp.join(', ')} cannot send DNS queries: ${policy} isolates their egress and no rule allows UDP port 53 to kube-dns`,
        hint: HINTS['dns-egress-forgotten'],
        pods: udp,
      });
    const tcpOnly = tcp.filter((k) => !udp.includes(k));
    if (tcpOnly.length > 0)
      out.push({
        kind: 'port-missing-or-wrong',
        policy,
        field: 'spec.egress',
        message: `${tcpOnly.join(', ')} may ask kube-dns over UDP port 53 but not over TCP port 53 (large answers and retries use TCP)`,
        hint: `${HINTS['port-missing-or-wrong']} DNS needs TCP port 53 next to UDP port 53.`,
        pods: tcpOnly,
      });
  }
  return out;
}
