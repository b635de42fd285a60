/**
 * kube-proxy's iptables chain names (pkg/proxy/iptables/proxier.go portProtoHash,
 * servicePortPolicyClusterChain, servicePortEndpointChainName): a prefix and the first 16 base32
 * characters of sha256(servicePortName + protocol [+ endpoint]).
 * `servicePortName` is "ns/name:portName" ("ns/name" for an unnamed port); protocol is lower case.
 */
import { base32, sha256 } from './sha256';

const hash16 = (text: string): string => base32(sha256(text)).slice(0, 16);

export const portProtoHash = (servicePortName: string, protocol: string): string =>
  hash16(servicePortName + protocol.toLowerCase());

/** KUBE-SVC-…: the Cluster traffic policy chain. */
export const serviceChain = (spn: string, protocol: string): string =>
  `KUBE-SVC-${portProtoHash(spn, protocol)}`;
/** KUBE-SVL-…: the Local traffic policy chain. */
export const serviceLocalChain = (spn: string, protocol: string): string =>
  `KUBE-SVL-${portProtoHash(spn, protocol)}`;
/** KUBE-EXT-…: where NodePort, LoadBalancer and external IP traffic enters. */
export const externalChain = (spn: string, protocol: string): string =>
  `KUBE-EXT-${portProtoHash(spn, protocol)}`;
/** KUBE-FW-…: loadBalancerSourceRanges firewall chain. */
export const firewallChain = (spn: string, protocol: string): string =>
  `KUBE-FW-${portProtoHash(spn, protocol)}`;
/** KUBE-SEP-…: one endpoint ("ip:port") of one service port. */
export const endpointChain = (spn: string, protocol: string, endpoint: string): string =>
  `KUBE-SEP-${hash16(spn + protocol.toLowerCase() + endpoint)}`;
