/**
 * What the node's CNI plugin returned when the kubelet's runtime called ADD for a Pod, in the
 * CNI specification's result format (containernetworking/cni SPEC.md "Success": cniVersion,
 * interfaces [{name, mac, sandbox}], ips [{address, gateway, interface}], routes [{dst, gw}],
 * dns), plus the network configuration list the node holds in /etc/cni/net.d — the file each
 * plugin's install manifest writes (calico.yaml's 10-calico.conflist, kube-flannel.yml's
 * 10-flannel.conflist, Cilium's 05-cilium.conflist, weave-daemonset's 10-weave.conflist).
 */
import { formatIPv4, parseIPv4, type Pod } from '@app/kube';
import { podIPs } from '../cluster-index';
import type { ClusterIndex } from '../cluster-index';
import { ciliumHostIP, Datapath, firstAddress } from './datapath';
import { hostVethName } from './node-view';

export interface CniInterface {
  name: string;
  mac: string;
  /** Set for interfaces inside the Pod's network namespace. */
  sandbox?: string;
}

export interface CniResult {
  cniVersion: string;
  interfaces: CniInterface[];
  ips: Array<{ address: string; gateway?: string; interface: number }>;
  routes: Array<{ dst: string; gw?: string }>;
  dns: { nameservers?: string[]; domain?: string; search?: string[]; options?: string[] };
}

export interface PodCni {
  pod: string;
  node: string;
  networkPlugin: string;
  /** The file name under /etc/cni/net.d and its content. */
  conflist: { file: string; content: Record<string, unknown> };
  result: CniResult;
  /** Sentences: what the plugin did, and why `dns` is empty. */
  explanation: string[];
}

export const CNI_VERSION = '1.0.0';

/** eth0's MAC inside the Pod: 0a:58 then the IPv4 address, so it is stable and readable. */
function podMac(ip: string): string {
  const n = parseIPv4(ip) ?? 0;
  const bytes = [0x0a, 0x58, n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];
  return bytes.map((b) => b.toString(16).padStart(2, '0')).join(':');
}

/** The node's conflist, as the plugin's manifest writes it. */
export function conflist(dp: Datapath, node: string): PodCni['conflist'] {
  const portmap = { type: 'portmap', snat: true, capabilities: { portMappings: true } };
  switch (dp.plugin) {
    case 'calico':
      return {
        file: '10-calico.conflist',
        content: {
          name: 'k8s-pod-network',
          cniVersion: '0.3.1',
          plugins: [
            {
              type: 'calico',
              log_level: 'info',
              datastore_type: 'kubernetes',
              nodename: node,
              mtu: dp.podMTU,
              ipam: { type: 'calico-ipam' },
              policy: { type: 'k8s' },
              kubernetes: { kubeconfig: '/etc/cni/net.d/calico-kubeconfig' },
            },
            portmap,
            { type: 'bandwidth', capabilities: { bandwidth: true } },
          ],
        },
      };
    case 'flannel':
      return {
        file: '10-flannel.conflist',
        content: {
          name: 'cbr0',
          cniVersion: '0.3.1',
          plugins: [
            { type: 'flannel', delegate: { hairpinMode: true, isDefaultGateway: true } },
            { type: 'portmap', capabilities: { portMappings: true } },
          ],
        },
      };
    case 'cilium':
      return {
        file: '05-cilium.conflist',
        content: {
          cniVersion: '0.3.1',
          name: 'cilium',
          plugins: [
            {
              type: 'cilium-cni',
              'enable-debug': false,
              'log-file': '/var/run/cilium/cilium-cni.log',
            },
          ],
        },
      };
    case 'weave':
      return {
        file: '10-weave.conflist',
        content: {
          cniVersion: '0.3.0',
          name: 'weave',
          plugins: [{ name: 'weave', type: 'weave-net', hairpinMode: true }, portmap],
        },
      };
  }
}

/**
 * The CNI ADD result for the Pod `namespace/name`; undefined when the Pod does not exist.
 * A Pod without an IP (not scheduled, or hostNetwork) gets a result with no interfaces and the
 * reason in `explanation`: the runtime never calls CNI for hostNetwork Pods.
 */
export function podCniResult(
  index: ClusterIndex,
  dp: Datapath,
  namespace: string,
  name: string,
): PodCni | undefined {
  const pod = index.pod(namespace, name);
  if (!pod) return undefined;
  const node = pod.spec.nodeName ?? '';
  const nodeObj = index.node(node);
  const podCIDR = nodeObj?.spec?.podCIDR ?? '';
  const ip = podIPs(pod)[0];
  const base = {
    pod: `${namespace}/${name}`,
    node,
    networkPlugin: dp.plugin,
    conflist: conflist(dp, node),
  };
  const empty: CniResult = {
    cniVersion: CNI_VERSION,
    interfaces: [],
    ips: [],
    routes: [],
    dns: {},
  };
  if (pod.spec.hostNetwork)
    return {
      ...base,
      result: empty,
      explanation: [
        `${base.pod} uses hostNetwork: it shares ${node}'s network namespace, so the runtime never calls the CNI plugin for it.`,
      ],
    };
  if (!ip || !podCIDR)
    return {
      ...base,
      result: empty,
      explanation: [
        `${base.pod} has no IP yet: CNI ADD runs when the Pod's sandbox starts on its node.`,
      ],
    };
  const sandbox = `/var/run/netns/cni-${sandboxId(pod)}`;
  const hostVeth = hostVethName(dp.plugin, pod);
  const eth0: CniInterface = { name: 'eth0', mac: podMac(ip), sandbox };
  const prefix = (cidr: string): string => cidr.split('/')[1] ?? '32';
  const dnsNote = `dns is empty, as ${dp.plugin} returns it: the kubelet writes the Pod's /etc/resolv.conf itself (the kube-dns Service, the search list for its namespace, ndots:5).`;
  let result: CniResult;
  let what: string;
  switch (dp.plugin) {
    case 'calico':
      // Calico: a /32 and a default route via the link-local 169.254.1.1, answered by proxy ARP
      // on the cali veth, whose MAC is always ee:ee:ee:ee:ee:ee (Calico FAQ).
      result = {
        cniVersion: CNI_VERSION,
        interfaces: [{ name: hostVeth, mac: 'ee:ee:ee:ee:ee:ee' }, eth0],
        ips: [{ address: `${ip}/32`, interface: 1 }],
        routes: [{ dst: '0.0.0.0/0', gw: '169.254.1.1' }],
        dns: {},
      };
      what = `calico-ipam gave ${ip}/32 from ${node}'s block ${podCIDR}; the Pod's default route goes via 169.254.1.1 (proxy ARP on ${hostVeth}), and ${node} routes ${ip} to ${hostVeth}.`;
      break;
    case 'flannel': {
      const gw = firstAddress(podCIDR, 1);
      result = {
        cniVersion: CNI_VERSION,
        interfaces: [
          { name: 'cni0', mac: podMac(gw) },
          { name: hostVeth, mac: podMac(ip).replace('0a:58', '0e:58') },
          eth0,
        ],
        ips: [{ address: `${ip}/${prefix(podCIDR)}`, gateway: gw, interface: 2 }],
        routes: [
          { dst: dp.podCIDR, gw },
          { dst: '0.0.0.0/0', gw },
        ],
        dns: {},
      };
      what = `flannel delegated to the bridge plugin: ${hostVeth} joins the cni0 bridge (${gw}), and host-local IPAM gave ${ip} from ${node}'s subnet ${podCIDR}.`;
      break;
    }
    case 'cilium': {
      const gw = ciliumHostIP(podCIDR);
      result = {
        cniVersion: CNI_VERSION,
        interfaces: [{ name: hostVeth, mac: podMac(ip).replace('0a:58', '0e:58') }, eth0],
        ips: [{ address: `${ip}/32`, gateway: gw, interface: 1 }],
        routes: [{ dst: '0.0.0.0/0', gw }],
        dns: {},
      };
      what = `cilium-cni gave ${ip}/32 from ${node}'s pod CIDR ${podCIDR} and attached eBPF programs to ${hostVeth}; the Pod's default route goes via cilium_host (${gw}).`;
      break;
    }
    case 'weave': {
      const gw = firstAddress(podCIDR, 1);
      result = {
        cniVersion: CNI_VERSION,
        interfaces: [{ name: hostVeth, mac: podMac(ip).replace('0a:58', '0e:58') }, eth0],
        ips: [{ address: `${ip}/${prefix(dp.podCIDR)}`, gateway: gw, interface: 1 }],
        routes: [{ dst: '0.0.0.0/0', gw }],
        dns: {},
      };
      what = `weave-net attached ${hostVeth} to the weave bridge and gave ${ip} with the whole Pod network's prefix (/${prefix(dp.podCIDR)}): every Pod is on one flat L2 network.`;
      break;
    }
  }
  return { ...base, result, explanation: [what, `The Pod's eth0 MTU is ${dp.podMTU}.`, dnsNote] };
}

function sandboxId(pod: Pod): string {
  const uid = pod.metadata.uid ?? `${pod.metadata.namespace}/${pod.metadata.name}`;
  let h = 0;
  for (let i = 0; i < uid.length; i++) h = (Math.imul(h, 31) + uid.charCodeAt(i)) >>> 0;
  const a = formatIPv4(h)
    .split('.')
    .map((x) => Number(x).toString(16).padStart(2, '0'))
    .join('');
  return `${a}-${uid
    .replace(/[^0-9a-f]/gi, '')
    .slice(0, 12)
    .padEnd(12, '0')}`;
}
