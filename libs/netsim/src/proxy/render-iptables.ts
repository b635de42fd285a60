/**
 * The rules kube-proxy (iptables mode) programs on one node, as the iptables-restore input that
 * pkg/proxy/iptables/proxier.go syncProxyRules writes: a filter table (REJECT/DROP for Services
 * without usable endpoints, KUBE-FORWARD) and a nat table (KUBE-SERVICES → KUBE-SVC/SVL/EXT/FW →
 * KUBE-SEP DNAT, KUBE-NODEPORTS, KUBE-MARK-MASQ, KUBE-POSTROUTING).
 */
import { ClusterIndex } from '../cluster-index';
import { categorizeEndpoints } from './categorize-endpoints';
import {
  endpointChain,
  externalChain,
  firewallChain,
  serviceChain,
  serviceLocalChain,
} from './chain-names';
import { ruleProbability } from './select-backend';
import { proxyServicePorts } from '../model/cluster-model';
import type { ProxyEndpoint, ProxyServicePort } from './service-ports';

/** kube-proxy's default --iptables-masquerade-bit 14. */
const MASQ_MARK = '0x4000';

/**
 * Renders kube-proxy's iptables rules for `nodeName` (the `sim.iptables(node)` text).
 * Upstream choices kept: rule order as syncProxyRules writes it (per service port: KUBE-SERVICES
 * entries, NodePort entry, then the service's own chains), endpoints sorted by "ip:port",
 * `--probability` 1/n, 1/(n-1), … with "%0.10f", the local-traffic detector by cluster CIDR
 * (the pod CIDR), NodePorts on every local address (`--dst-type LOCAL`), MASQUERADE without
 * --random-fully. Services are visited in namespace/name order (upstream iterates a Go map).
 * In ipvs mode a leading comment says so: the rules shown are those iptables mode would write.
 * An unknown node renders the rules with no local endpoints and no node IP.
 */
export function renderIptables(sim: { index: ClusterIndex }, nodeName: string): string {
  const index = sim.index;
  const podCIDR = index.config.podCIDR;
  const filterChains = [
    'KUBE-SERVICES',
    'KUBE-EXTERNAL-SERVICES',
    'KUBE-FORWARD',
    'KUBE-NODEPORTS',
    'KUBE-PROXY-FIREWALL',
  ];
  const natChains = ['KUBE-SERVICES', 'KUBE-NODEPORTS', 'KUBE-POSTROUTING', 'KUBE-MARK-MASQ'];
  const filterRules: string[] = [];
  const natRules: string[] = [
    `-A KUBE-POSTROUTING -m mark ! --mark ${MASQ_MARK}/${MASQ_MARK} -j RETURN`,
    `-A KUBE-POSTROUTING -j MARK --xor-mark ${MASQ_MARK}`,
    '-A KUBE-POSTROUTING -m comment --comment "kubernetes service traffic requiring SNAT" -j MASQUERADE',
    `-A KUBE-MARK-MASQ -j MARK --or-mark ${MASQ_MARK}`,
  ];

  for (const sp of proxyServicePorts(index)) {
    const proto = sp.protocol.toLowerCase();
    const svcName = sp.name;
    const cat = categorizeEndpoints(sp, index.node(nodeName) ? nodeName : undefined);
    const clusterEndpoints = cat.clusterEndpoints ?? [];
    const localEndpoints = cat.localEndpoints ?? [];
    const clusterPolicyChain = serviceChain(svcName, proto);
    const localPolicyChain = serviceLocalChain(svcName, proto);
    const usesClusterPolicyChain = clusterEndpoints.length > 0 && cat.clusterEndpoints !== null;
    const usesLocalPolicyChain = localEndpoints.length > 0 && cat.localEndpoints !== null;
    const hasEndpoints = cat.hasAnyEndpoints;

    const internalTrafficChain = sp.internalPolicyLocal ? localPolicyChain : clusterPolicyChain;
    const hasInternalEndpoints =
      hasEndpoints && !(sp.internalPolicyLocal && !localEndpoints.length);
    const externalPolicyChain = sp.externalPolicyLocal ? localPolicyChain : clusterPolicyChain;
    const hasExternalEndpoints =
      hasEndpoints && !(sp.externalPolicyLocal && !localEndpoints.length);
    const extChain = externalChain(svcName, proto);
    const usesExternalTrafficChain = hasEndpoints && sp.externallyAccessible;
    const fwChain = firewallChain(svcName, proto);
    const usesFWChain =
      hasEndpoints && sp.loadBalancerIPs.length > 0 && sp.loadBalancerSourceRanges.length > 0;
    const lbChain = usesFWChain ? fwChain : extChain;

    const noEndpoints = `"${svcName} has no endpoints"`;
    const noLocal = `"${svcName} has no local endpoints"`;
    const internalFilter = !hasEndpoints
      ? { target: 'REJECT', comment: noEndpoints }
      : { target: 'DROP', comment: noLocal };
    const externalFilter = internalFilter;
    const match = `-m ${proto} -p ${proto}`;

    if (hasInternalEndpoints) {
      natRules.push(
        `-A KUBE-SERVICES -m comment --comment "${svcName} cluster IP" ${match} -d ${sp.clusterIP} --dport ${sp.port} -j ${internalTrafficChain}`,
      );
    } else {
      filterRules.push(
        `-A KUBE-SERVICES -m comment --comment ${internalFilter.comment} ${match} -d ${sp.clusterIP} --dport ${sp.port} -j ${internalFilter.target}`,
      );
    }
    for (const ip of sp.externalIPs) {
      if (hasEndpoints)
        natRules.push(
          `-A KUBE-SERVICES -m comment --comment "${svcName} external IP" ${match} -d ${ip} --dport ${sp.port} -j ${extChain}`,
        );
      if (!hasExternalEndpoints)
        filterRules.push(
          `-A KUBE-EXTERNAL-SERVICES -m comment --comment ${externalFilter.comment} ${match} -d ${ip} --dport ${sp.port} -j ${externalFilter.target}`,
        );
    }
    for (const ip of sp.loadBalancerIPs) {
      if (hasEndpoints)
        natRules.push(
          `-A KUBE-SERVICES -m comment --comment "${svcName} loadbalancer IP" ${match} -d ${ip} --dport ${sp.port} -j ${lbChain}`,
        );
      if (usesFWChain)
        filterRules.push(
          `-A KUBE-PROXY-FIREWALL -m comment --comment "${svcName} traffic not accepted by ${fwChain}" ${match} -d ${ip} --dport ${sp.port} -j DROP`,
        );
    }
    if (!hasExternalEndpoints) {
      for (const ip of sp.loadBalancerIPs) {
        filterRules.push(
          `-A KUBE-EXTERNAL-SERVICES -m comment --comment ${externalFilter.comment} ${match} -d ${ip} --dport ${sp.port} -j ${externalFilter.target}`,
        );
      }
    }
    if (sp.nodePort) {
      if (hasEndpoints)
        natRules.push(
          `-A KUBE-NODEPORTS -m comment --comment ${svcName} ${match} --dport ${sp.nodePort} -j ${extChain}`,
        );
      if (!hasExternalEndpoints) {
        filterRules.push(
          `-A KUBE-EXTERNAL-SERVICES -m comment --comment ${externalFilter.comment} -m addrtype --dst-type LOCAL ${match} --dport ${sp.nodePort} -j ${externalFilter.target}`,
        );
      }
    }
    if (sp.healthCheckNodePort) {
      filterRules.push(
        `-A KUBE-NODEPORTS -m comment --comment "${svcName} health check node port" -m tcp -p tcp --dport ${sp.healthCheckNodePort} -j ACCEPT`,
      );
    }

    if (hasInternalEndpoints) {
      natRules.push(
        `-A ${internalTrafficChain} -m comment --comment "${svcName} cluster IP" ${match} -d ${sp.clusterIP} --dport ${sp.port} ! -s ${podCIDR} -j KUBE-MARK-MASQ`,
      );
    }
    if (usesExternalTrafficChain) {
      natChains.push(extChain);
      if (!sp.externalPolicyLocal) {
        natRules.push(
          `-A ${extChain} -m comment --comment "masquerade traffic for ${svcName} external destinations" -j KUBE-MARK-MASQ`,
        );
      } else {
        natRules.push(
          `-A ${extChain} -m comment --comment "pod traffic for ${svcName} external destinations" -s ${podCIDR} -j ${clusterPolicyChain}`,
        );
        natRules.push(
          `-A ${extChain} -m comment --comment "masquerade LOCAL traffic for ${svcName} external destinations" -m addrtype --src-type LOCAL -j KUBE-MARK-MASQ`,
        );
        natRules.push(
          `-A ${extChain} -m comment --comment "route LOCAL traffic for ${svcName} external destinations" -m addrtype --src-type LOCAL -j ${clusterPolicyChain}`,
        );
      }
      if (hasExternalEndpoints) natRules.push(`-A ${extChain} -j ${externalPolicyChain}`);
    }
    if (usesFWChain) {
      natChains.push(fwChain);
      for (const src of sp.loadBalancerSourceRanges) {
        natRules.push(
          `-A ${fwChain} -m comment --comment "${svcName} loadbalancer IP" -s ${src} -j ${extChain}`,
        );
      }
      natRules.push(
        `-A ${fwChain} -m comment --comment "other traffic to ${svcName} will be dropped by KUBE-PROXY-FIREWALL"`,
      );
    }
    if (usesClusterPolicyChain) {
      natChains.push(clusterPolicyChain);
      natRules.push(...serviceToEndpointRules(sp, clusterPolicyChain, clusterEndpoints));
    }
    if (usesLocalPolicyChain) {
      natChains.push(localPolicyChain);
      natRules.push(...serviceToEndpointRules(sp, localPolicyChain, localEndpoints));
    }
    for (const ep of cat.allReachableEndpoints) {
      const sep = endpointChain(svcName, proto, ep.endpoint);
      natChains.push(sep);
      natRules.push(`-A ${sep} -m comment --comment ${svcName} -s ${ep.ip} -j KUBE-MARK-MASQ`);
      const affinity = sp.sessionAffinity ? ` -m recent --name ${sep} --set` : '';
      natRules.push(
        `-A ${sep} -m comment --comment ${svcName}${affinity} ${match} -j DNAT --to-destination ${ep.endpoint}`,
      );
    }
  }

  natRules.push(
    '-A KUBE-SERVICES -m comment --comment "kubernetes service nodeports; NOTE: this must be the last rule in this chain" -m addrtype --dst-type LOCAL -j KUBE-NODEPORTS',
  );
  filterRules.push(
    '-A KUBE-FORWARD -m conntrack --ctstate INVALID -j DROP',
    `-A KUBE-FORWARD -m comment --comment "kubernetes forwarding rules" -m mark --mark ${MASQ_MARK}/${MASQ_MARK} -j ACCEPT`,
    '-A KUBE-FORWARD -m comment --comment "kubernetes forwarding conntrack rule" -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT',
  );

  const header =
    index.config.proxyMode === 'ipvs'
      ? [
          '# kube-proxy runs in ipvs mode on this cluster; these are the rules iptables mode would program.',
        ]
      : [];
  return [
    ...header,
    '*filter',
    ...filterChains.map(chainLine),
    ...filterRules,
    'COMMIT',
    '*nat',
    ...[...new Set(natChains)].map(chainLine),
    ...natRules,
    'COMMIT',
    '',
  ].join('\n');
}

/** writeServiceToEndpointRules: affinity checks first, then the statistic-mode random ladder. */
function serviceToEndpointRules(
  sp: ProxyServicePort,
  chain: string,
  endpoints: ProxyEndpoint[],
): string[] {
  const proto = sp.protocol.toLowerCase();
  const rules: string[] = [];
  if (sp.sessionAffinity) {
    for (const ep of endpoints) {
      const sep = endpointChain(sp.name, proto, ep.endpoint);
      rules.push(
        `-A ${chain} -m comment --comment "${sp.name} -> ${ep.endpoint}" -m recent --name ${sep} --rcheck --seconds ${sp.sessionAffinity.timeoutSeconds} --reap -j ${sep}`,
      );
    }
  }
  endpoints.forEach((ep, i) => {
    const sep = endpointChain(sp.name, proto, ep.endpoint);
    const stat =
      i < endpoints.length - 1
        ? ` -m statistic --mode random --probability ${ruleProbability(endpoints.length - i)}`
        : '';
    rules.push(`-A ${chain} -m comment --comment "${sp.name} -> ${ep.endpoint}"${stat} -j ${sep}`);
  });
  return rules;
}

const chainLine = (chain: string): string => `:${chain} - [0:0]`;
