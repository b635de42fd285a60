/**
 * A Pod's /etc/resolv.conf as the kubelet writes it (pkg/kubelet/network/dns/dns.go GetPodDNS,
 * getPodDNSType, generateSearchesForDNSClusterFirst, appendDNSConfig, mergeDNSOptions,
 * formDNSConfigFitsLimits) and the glibc search-list walk over it (resolv/res_query.c res_nsearch).
 */
import { formatIPv4, parseCIDR, type Pod } from '@app/kube';
import { ClusterIndex, serviceClusterIPs } from '../cluster-index';

export interface ResolvConf {
  nameservers: string[];
  searches: string[];
  /** "ndots:5", "edns0", … in resolv.conf spelling. */
  options: string[];
  /** Which base the kubelet started from: 'cluster' (ClusterFirst), 'host' (Default) or 'none'. */
  source: 'cluster' | 'host' | 'none';
}

/**
 * The sandbox's node /etc/resolv.conf (what dnsPolicy Default inherits): the node network's gateway
 * as nameserver, no search domains, no options. It knows nothing about the cluster domain.
 */
export const NODE_RESOLV_CONF: Readonly<Pick<ResolvConf, 'nameservers' | 'searches' | 'options'>> =
  {
    nameservers: ['172.18.0.1'],
    searches: [],
    options: [],
  };

/** validation.MaxDNSNameservers and MaxDNSSearchPaths, applied by formDNSConfigFitsLimits. */
const MAX_NAMESERVERS = 3;
const MAX_SEARCH_PATHS = 32;

/**
 * The kubelet's `--cluster-dns`: the kube-dns Service's ClusterIP, or the 10th address of the
 * service CIDR (kubeadm's choice) when that Service is missing.
 */
export function clusterDnsIP(index: ClusterIndex): string {
  const svc = index.service('kube-system', 'kube-dns');
  const ip = svc ? serviceClusterIPs(svc)[0] : undefined;
  if (ip) return ip;
  const cidr = parseCIDR(index.config.serviceCIDR);
  return cidr ? formatIPv4(cidr.base + 10) : '10.96.0.10';
}

/**
 * GetPodDNS: the resolv.conf the kubelet gives the Pod.
 * - ClusterFirst (default), ClusterFirstWithHostNet: nameserver = cluster DNS, search
 *   `<ns>.svc.<domain> svc.<domain> <domain>` + the node's searches, options ndots:5.
 * - ClusterFirst on a hostNetwork Pod falls back to Default (getPodDNSType).
 * - Default: the node's resolv.conf (NODE_RESOLV_CONF).
 * - None: empty; only spec.dnsConfig applies.
 * Then spec.dnsConfig is appended (nameservers and searches deduplicated, options merged by name
 * with the Pod's value winning), and the lists are cut to 3 nameservers and 32 search paths.
 */
export function podResolvConf(index: ClusterIndex, pod: Pod): ResolvConf {
  const policy = pod.spec.dnsPolicy ?? 'ClusterFirst';
  const domain = index.config.clusterDomain;
  let conf: ResolvConf;
  const cluster =
    policy === 'ClusterFirstWithHostNet' || (policy === 'ClusterFirst' && !pod.spec.hostNetwork);
  if (policy === 'None') {
    conf = { nameservers: [], searches: [], options: [], source: 'none' };
  } else if (cluster) {
    const ns = pod.metadata.namespace ?? 'default';
    conf = {
      nameservers: [clusterDnsIP(index)],
      searches: omitDuplicates([
        `${ns}.svc.${domain}`,
        `svc.${domain}`,
        domain,
        ...NODE_RESOLV_CONF.searches,
      ]),
      options: ['ndots:5'],
      source: 'cluster',
    };
  } else {
    conf = {
      nameservers: [...NODE_RESOLV_CONF.nameservers],
      searches: [...NODE_RESOLV_CONF.searches],
      options: [...NODE_RESOLV_CONF.options],
      source: 'host',
    };
  }
  const extra = pod.spec.dnsConfig;
  if (extra) {
    conf.nameservers = omitDuplicates([...conf.nameservers, ...(extra.nameservers ?? [])]);
    conf.searches = omitDuplicates([...conf.searches, ...(extra.searches ?? [])]);
    conf.options = mergeOptions(conf.options, extra.options ?? []);
  }
  conf.nameservers = conf.nameservers.slice(0, MAX_NAMESERVERS);
  conf.searches = conf.searches.slice(0, MAX_SEARCH_PATHS);
  return conf;
}

/** glibc's ndots: the `ndots:n` option (capped at 15), 1 when absent. */
export function ndotsOf(options: string[]): number {
  let ndots = 1;
  for (const op of options) {
    const m = /^ndots:(\d+)$/.exec(op);
    if (m) ndots = Math.min(Number(m[1]), 15);
  }
  return ndots;
}

export interface SearchStep {
  /** The name sent to the nameserver, without the trailing dot. */
  name: string;
  /** 'as-is' for the name itself, else the search domain appended. */
  via: 'as-is' | 'search';
}

/**
 * The names glibc's res_nsearch tries, in order:
 * - a trailing dot makes the name absolute: only the name itself;
 * - fewer dots than ndots: each search domain appended, then the name as-is;
 * - otherwise: the name as-is first, then each search domain appended.
 * The resolver keeps going after NXDOMAIN and after an empty answer (NODATA) — see `finalOutcome`.
 */
export function searchSteps(name: string, searches: string[], ndots: number): SearchStep[] {
  if (name.endsWith('.')) return [{ name: name.slice(0, -1), via: 'as-is' }];
  const dots = (name.match(/\./g) ?? []).length;
  const search = searches.map((d) => ({
    name: `${name}.${d.replace(/\.$/, '')}`,
    via: 'search' as const,
  }));
  const asIs = { name, via: 'as-is' as const };
  return dots >= ndots ? [asIs, ...search] : [...search, asIs];
}

function omitDuplicates(list: string[]): string[] {
  return [...new Set(list)];
}

function mergeOptions(
  existing: string[],
  extra: Array<{ name: string; value?: string }>,
): string[] {
  const map = new Map<string, string>();
  for (const op of existing) {
    const i = op.indexOf(':');
    if (i === -1) map.set(op, '');
    else map.set(op.slice(0, i), op.slice(i + 1));
  }
  for (const op of extra) map.set(op.name, op.value ?? '');
  return [...map].map(([k, v]) => (v ? `${k}:${v}` : k));
}
