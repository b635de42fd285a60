/**
 * Test and benchmark support: a deterministic synthetic cluster (seeded PRNG) with varied
 * NetworkPolicies — selectors with every operator, namespace/pod/both/ipBlock peers, numeric,
 * named, ranged and UDP ports, deny-all and allow-all rules, omitted policyTypes.
 */
import type {
  LabelSelector,
  NetworkPolicy,
  NetworkPolicyPeer,
  NetworkPolicyPort,
  PolicyType,
} from '@app/kube';
import type { NamespaceRef, PodRef } from '../types';

/** mulberry32: a small, well-distributed 32-bit PRNG; same seed, same cluster. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SyntheticCluster {
  pods: PodRef[];
  namespaces: NamespaceRef[];
  policies: NetworkPolicy[];
}

const TIERS = ['web', 'api', 'db'];
const ENVS = ['prod', 'staging', 'dev'];

export function syntheticCluster(options: {
  pods: number;
  namespaces: number;
  policies: number;
  seed: number;
}): SyntheticCluster {
  const rnd = seededRandom(options.seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rnd() * items.length)];
  const namespaces: NamespaceRef[] = Array.from({ length: options.namespaces }, (_, i) => {
    const name = `ns-${String(i).padStart(2, '0')}`;
    return {
      name,
      labels: { 'kubernetes.io/metadata.name': name, team: `team-${i % 5}`, env: ENVS[i % 3] },
    };
  });
  const pods: PodRef[] = Array.from({ length: options.pods }, (_, k) => {
    const ns = namespaces[k % options.namespaces].name;
    const j = Math.floor(k / options.namespaces);
    const tier = TIERS[j % 3];
    const labels: Record<string, string> = { app: `app-${j % 10}`, tier };
    if (j % 4 === 0) labels.version = 'v2';
    return {
      namespace: ns,
      name: `pod-${j}`,
      labels,
      ip: `10.244.${1 + (k % 8)}.${10 + Math.floor(k / 8)}`,
      node: `node-${1 + (k % 8)}`,
      ports: [
        { name: 'http', containerPort: tier === 'web' ? 80 : 8080, protocol: 'TCP' as const },
        { name: 'metrics', containerPort: 9090, protocol: 'TCP' as const },
        ...(tier === 'api' ? [{ name: 'dns', containerPort: 53, protocol: 'UDP' as const }] : []),
      ],
    };
  });

  const podSelector = (): LabelSelector => {
    const r = rnd();
    if (r < 0.15) return {};
    if (r < 0.55) return { matchLabels: { app: `app-${Math.floor(rnd() * 10)}` } };
    if (r < 0.7)
      return {
        matchExpressions: [{ key: 'tier', operator: 'In', values: [pick(TIERS), pick(TIERS)] }],
      };
    if (r < 0.85)
      return { matchExpressions: [{ key: 'tier', operator: 'NotIn', values: [pick(TIERS)] }] };
    if (r < 0.93) return { matchExpressions: [{ key: 'version', operator: 'Exists' }] };
    return {
      matchExpressions: [{ key: 'version', operator: 'DoesNotExist' }],
      matchLabels: { tier: pick(TIERS) },
    };
  };
  const namespaceSelector = (): LabelSelector => {
    const r = rnd();
    if (r < 0.2) return {};
    if (r < 0.5) return { matchLabels: { team: `team-${Math.floor(rnd() * 5)}` } };
    if (r < 0.75)
      return { matchExpressions: [{ key: 'env', operator: 'NotIn', values: ['prod'] }] };
    return { matchLabels: { 'kubernetes.io/metadata.name': pick(namespaces).name } };
  };
  const peer = (): NetworkPolicyPeer => {
    const r = rnd();
    if (r < 0.35) return { podSelector: podSelector() };
    if (r < 0.6) return { namespaceSelector: namespaceSelector() };
    if (r < 0.85) return { namespaceSelector: namespaceSelector(), podSelector: podSelector() };
    const third = 1 + Math.floor(rnd() * 8);
    return {
      ipBlock: {
        cidr: `10.244.${third}.0/24`,
        except: rnd() < 0.5 ? [`10.244.${third}.16/28`] : [],
      },
    };
  };
  const ports = (): NetworkPolicyPort[] | undefined => {
    const r = rnd();
    if (r < 0.3) return undefined;
    if (r < 0.5) return [{ port: 80 }];
    if (r < 0.6) return [{ port: 'http' }];
    if (r < 0.7) return [{ port: 8000, endPort: 9100, protocol: 'TCP' }];
    if (r < 0.8) return [{ port: 53, protocol: 'UDP' }];
    if (r < 0.9) return [{ port: 80 }, { port: 'metrics' }];
    return [{ protocol: 'TCP' }];
  };
  const rules = <K extends 'from' | 'to'>(key: K) =>
    Array.from({ length: Math.floor(rnd() * 4) }, () => {
      const peers =
        rnd() < 0.15 ? undefined : Array.from({ length: 1 + Math.floor(rnd() * 3) }, peer);
      const p = ports();
      return { ...(peers && { [key]: peers }), ...(p && { ports: p }) } as Record<
        K,
        NetworkPolicyPeer[]
      > & { ports?: NetworkPolicyPort[] };
    });

  const policies: NetworkPolicy[] = Array.from({ length: options.policies }, (_, i) => {
    const r = rnd();
    const types: PolicyType[] =
      r < 0.5 ? ['Ingress'] : r < 0.7 ? ['Egress'] : ['Ingress', 'Egress'];
    const spec: NetworkPolicy['spec'] = { podSelector: podSelector() };
    if (types.includes('Ingress')) spec.ingress = rules('from');
    if (types.includes('Egress')) spec.egress = rules('to');
    // Omitted policyTypes exercise the API server's inference.
    if (rnd() < 0.6 || (types.includes('Egress') && (spec.egress ?? []).length === 0))
      spec.policyTypes = types;
    return {
      apiVersion: 'networking.k8s.io/v1',
      kind: 'NetworkPolicy',
      metadata: { name: `policy-${i}`, namespace: pick(namespaces).name },
      spec,
    };
  });
  return { pods, namespaces, policies };
}
