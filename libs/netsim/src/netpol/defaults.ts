import type { NetworkPolicy, NetworkPolicyPort, PolicyType, Protocol } from '@app/kube';

/**
 * The API server's defaulting of a NetworkPolicy before it is stored
 * (pkg/apis/networking/v1/defaults.go, `SetDefaults_NetworkPolicy` / `SetDefaults_NetworkPolicyPort`):
 * - no `policyTypes` → `["Ingress"]`, plus `"Egress"` when `spec.egress` has at least one rule
 *   (an empty `egress: []` does not add it);
 * - every port without `protocol` gets `TCP`.
 * Returns a new object; the input is not modified. Kept in netsim until `@app/kube` exports
 * `defaultObject`.
 */
export function defaultNetworkPolicy(policy: NetworkPolicy): NetworkPolicy {
  const spec = policy.spec ?? { podSelector: {} };
  const policyTypes: PolicyType[] =
    spec.policyTypes && spec.policyTypes.length > 0
      ? [...spec.policyTypes]
      : (spec.egress ?? []).length > 0
        ? ['Ingress', 'Egress']
        : ['Ingress'];
  return {
    ...policy,
    spec: {
      ...spec,
      podSelector: spec.podSelector ?? {},
      policyTypes,
      ...(spec.ingress && {
        ingress: spec.ingress.map((rule) => ({ ...rule, ...(rule.ports && { ports: rule.ports.map(defaultPort) }) })),
      }),
      ...(spec.egress && {
        egress: spec.egress.map((rule) => ({ ...rule, ...(rule.ports && { ports: rule.ports.map(defaultPort) }) })),
      }),
    },
  };
}

const defaultPort = (port: NetworkPolicyPort): NetworkPolicyPort => ({
  ...port,
  protocol: (port.protocol ?? 'TCP') as Protocol,
});
