/**
 * The facts a kube-proxy decision rests on (select-backend.ts), in the order they were taken.
 * Plain data: explain/explain-proxy.ts turns each into a sentence for every renderer.
 */
import type { ServiceAddressKind } from '../model/address-classifier';

export type ProxyFact =
  /** The unmatched address is something else: a ClusterIP on another port, a Pod, a node. */
  | { fact: 'address-is'; ip: string; what: 'cluster-ip-other-port' | 'pod' | 'node'; name: string }
  | { fact: 'no-rule'; destination: string }
  | { fact: 'cluster-ip-from-outside'; source: string }
  | {
      fact: 'matched';
      destination: string;
      kind: ServiceAddressKind;
      service: string;
      portName: string;
    }
  /** node undefined: a load balancer or the network picks the node. */
  | { fact: 'handled-by'; node: string | undefined; kind: ServiceAddressKind; source: string }
  /** How many endpoints the slices list for the port (none usable). */
  | { fact: 'endpoints'; service: string; servicePort: string; listed: number }
  | { fact: 'no-endpoints'; servicePort: string }
  | {
      fact: 'no-local-endpoints';
      policy: 'internal' | 'external';
      servicePort: string;
      node: string | undefined;
    }
  | { fact: 'no-healthy-node'; servicePort: string }
  | { fact: 'internal-local'; node: string | undefined }
  | { fact: 'masquerade-outside-pod-cidr'; sourceIP: string; podCIDR: string }
  | { fact: 'external-cluster' }
  | { fact: 'external-local-short-circuit'; from: 'pod' | 'node' }
  | { fact: 'external-local-any-node'; loadBalancer: boolean }
  | { fact: 'external-local'; node: string }
  | { fact: 'terminating-fallback' }
  | {
      fact: 'balance';
      mode: 'iptables' | 'ipvs';
      endpoints: string[];
      /** iptables mode: the --probability of every rule but the last. */
      ruleProbabilities: string[];
    }
  | { fact: 'hairpin' }
  | { fact: 'session-affinity'; timeoutSeconds: number }
  | { fact: 'dnat'; destination: string; endpoints: string[] };
