/**
 * A Pod's CNI ADD result (cni/cni-result.ts) in a learner's words: what the plugin set up, the
 * MTU, and why `dns` is empty.
 */
import type { CniResult } from '../cni/cni-result-types';

export interface CniFacts {
  plugin: string;
  pod: string;
  node: string;
  podCIDR: string;
  podMTU?: number;
  hostNetwork?: boolean;
  /** Absent: the plugin was not called (hostNetwork, or no IP yet). */
  result?: CniResult;
}

export function explainCniResult(f: CniFacts): string[] {
  if (f.hostNetwork)
    return [
      `${f.pod} uses hostNetwork: it shares ${f.node}'s network namespace, so the runtime never calls the CNI plugin for it.`,
    ];
  const r = f.result;
  if (!r || !r.ips.length)
    return [`${f.pod} has no IP yet: CNI ADD runs when the Pod's sandbox starts on its node.`];
  const address = r.ips[0].address;
  const ip = address.split('/')[0];
  const gw = r.ips[0].gateway ?? r.routes.find((x) => x.dst === '0.0.0.0/0')?.gw ?? '';
  const hostVeth = r.interfaces.find((i) => !i.sandbox && i.name !== 'cni0')?.name ?? '';
  let what: string;
  switch (f.plugin) {
    case 'calico':
      what = `calico-ipam gave ${address} from ${f.node}'s block ${f.podCIDR}; the Pod's default route goes via ${gw} (proxy ARP on ${hostVeth}), and ${f.node} routes ${ip} to ${hostVeth}.`;
      break;
    case 'flannel':
      what = `flannel delegated to the bridge plugin: ${hostVeth} joins the cni0 bridge (${gw}), and host-local IPAM gave ${ip} from ${f.node}'s subnet ${f.podCIDR}.`;
      break;
    case 'cilium':
      what = `cilium-cni gave ${address} from ${f.node}'s pod CIDR ${f.podCIDR} and attached eBPF programs to ${hostVeth}; the Pod's default route goes via cilium_host (${gw}).`;
      break;
    default:
      what = `weave-net attached ${hostVeth} to the weave bridge and gave ${address}, the whole Pod network's prefix: every Pod is on one flat L2 network.`;
  }
  return [
    what,
    `The Pod's eth0 MTU is ${f.podMTU}.`,
    `dns is empty, as ${f.plugin} returns it: the kubelet writes the Pod's /etc/resolv.conf itself (the kube-dns Service, the search list for its namespace, ndots:5).`,
  ];
}
