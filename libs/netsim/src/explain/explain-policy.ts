import { defaultObject } from '@app/kube';
import type { NetworkPolicy } from '@app/kube';
import { members } from '../netpol/bitset';
import type { CompiledPolicies } from '../netpol/types';
import { describePodsInNamespace, describeRule } from './describe';

export interface DirectionExplanation {
  direction: 'Ingress' | 'Egress';
  /** The policy isolates the selected pods for this direction (it is in policyTypes). */
  isolates: boolean;
  /** Isolates without any rule: nothing is allowed by this policy. */
  denyAll: boolean;
  /** One clause per rule, in order ("allows TCP port 80 from …"). */
  rules: string[];
  sentence: string;
}

export interface PolicyExplanation {
  /** "namespace/name" */
  policy: string;
  /** "selects all pods in namespace x" / "selects pods labelled app=db in namespace x" */
  selects: string;
  /** "ns/name" of the selected pods, when compiled policies were given. */
  selectedPods?: string[];
  ingress: DirectionExplanation;
  egress: DirectionExplanation;
  /** The explanation as sentences, in reading order. */
  sentences: string[];
}

/**
 * A NetworkPolicy in plain words, per direction: which pods it selects, and what each rule
 * allows — the wording of the Kubernetes docs (concepts/services-networking/network-policies).
 * The policy is defaulted first (policyTypes inferred as the API server does), so a policy with
 * egress rules and no policyTypes reads as isolating both directions.
 *
 * Outputs: an empty rule list for a listed policy type reads as deny-all; a direction not in
 * policyTypes reads as "not affected"; `{}` as podSelector reads "all pods in namespace X".
 * With `compiled` (from the same revision), the selected pods are listed and a plugin that does
 * not enforce policies (flannel) adds a note.
 */
export function explainPolicy(
  policy: NetworkPolicy,
  compiled?: CompiledPolicies,
): PolicyExplanation {
  const defaulted = defaultObject(policy);
  const namespace = defaulted.metadata.namespace ?? 'default';
  const key = `${namespace}/${defaulted.metadata.name ?? ''}`;
  const types = defaulted.spec.policyTypes ?? [];
  const selects = `selects ${describePodsInNamespace(defaulted.spec.podSelector, namespace)}`;

  const direction = (dir: 'Ingress' | 'Egress'): DirectionExplanation => {
    const isolates = types.includes(dir);
    const raw =
      dir === 'Ingress'
        ? (defaulted.spec.ingress ?? []).map((r) => ({ peers: r.from, ports: r.ports }))
        : (defaulted.spec.egress ?? []).map((r) => ({ peers: r.to, ports: r.ports }));
    const rules = raw.map((r) => describeRule(dir, r.peers, r.ports, namespace));
    const lower = dir.toLowerCase();
    const field = `spec.${lower}`;
    let sentence: string;
    if (!isolates)
      sentence = `${dir}: not affected by this policy (policyTypes does not include ${dir}).`;
    else if (rules.length === 0) {
      sentence = `${dir}: denies all ${lower} traffic — the selected pods are isolated for ${lower} and this policy allows none (other policies selecting them may still allow some).`;
    } else if (rules.length === 1) sentence = `${dir}: ${rules[0]}.`;
    else sentence = `${dir}: ${rules.map((r, i) => `${field}[${i}] ${r}`).join('; ')}.`;
    return { direction: dir, isolates, denyAll: isolates && rules.length === 0, rules, sentence };
  };

  const ingress = direction('Ingress');
  const egress = direction('Egress');
  const explanation: PolicyExplanation = { policy: key, selects, ingress, egress, sentences: [] };

  let first = `NetworkPolicy ${key} ${selects}`;
  const found = compiled?.policies.find((p) => p.key === key);
  if (compiled && found) {
    const selectedPods = members(found.selected).map(
      (i) => `${compiled.pods[i].namespace}/${compiled.pods[i].name}`,
    );
    explanation.selectedPods = selectedPods;
    first +=
      selectedPods.length === 0
        ? ' (no pod matches it right now)'
        : ` (${selectedPods.length === 1 ? '1 pod' : `${selectedPods.length} pods`}: ${selectedPods.join(', ')})`;
  }
  explanation.sentences.push(`${first}.`, ingress.sentence, egress.sentence);
  if (compiled && !compiled.enforced) {
    explanation.sentences.push(
      `Note: the ${compiled.networkPlugin} network plugin does not enforce NetworkPolicy, so this policy is stored but blocks nothing.`,
    );
  }
  return explanation;
}
