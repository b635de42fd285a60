export * from './cluster-config';
export * from './snapshot';
export * from './ports/context';
export * from './ports/seeded-random';
export * from './admission/write-op';
export * from './netpol/types';
export * from './netpol/compile';
export * from './netpol/evaluate';
export * from './cni/plugins';
export * from './cni/datapath-options';
export * from './cni/datapath';
export * from './cni/node-view';
export * from './cni/cni-result';
export * from './cni/packet';
export * from './explain/explain-packet';
export * from './explain/explain-policy';
export * from './explain/explain-verdict';
export * from './reachability/matrix';
export * from './ingress/ingress-class';
export * from './ingress/match-route';
export * from './ingress/request-url';
export * from './ingress/tls';
export * from './cluster-index';
export * from './simulation';
export * from './dns/types';
export * from './dns/resolver';
export * from './dns/search-path';
export {
  serveQuery,
  reverseName,
  addressFromReverse,
  DNS_TTL,
  DNS_SCHEMA_VERSION,
} from './dns/coredns';
export type { ServerReply } from './dns/coredns';
export * from './envvars/service-env';
export * from './envvars/expansion';
export * from './envvars/pod-environment';
export * from './proxy/service-ports';
export * from './proxy/categorize-endpoints';
export * from './proxy/select-backend';
export * from './proxy/render-iptables';
export * from './proxy/chain-names';
export * from './admission/object-key';
export * from './admission/cluster-state';
export * from './admission/validate-cluster-config';
export * from './admission/admit';
export * from './bootstrap/bootstrap-cluster';
export * from './ipam/node-network';
export * from './ipam/port-range';
export * from './controllers/endpoint-slice-controller';
export * from './controllers/names';
export * from './explain/explain-hops';
export * from './reachability/trace';
export * from './reachability/trace-context';
export * from './reachability/trace-ingress';
export * from './model/cluster-model';
export * from './model/address-classifier';
export * from './model/endpoint-view';
export * from './explain/explain-proxy';
export * from './proxy/proxy-evidence';
export { tracePacket, parseIptables } from './proxy/iptables-tracer';
export type { TracedPacket, TraceResult } from './proxy/iptables-tracer';
export * from './netpol-diff/connection-set';
export * from './netpol-diff/describe-endpoints';
export * from './netpol-diff/policy-connections';
export * from './netpol-diff/diff';
export { describeSelector } from './explain/describe';
export { hasBit, isEmpty, members, type Bitset } from './netpol/bitset';
