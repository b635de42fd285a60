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
import { explainCniResult } from '../explain/explain-cni';

export type { CniInterface, CniResult, PodCni } from './cni-result-types';
import type { CniInterface, CniResult, PodCni } from './cni-result-types';

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
      explanation: explainCniResult({ ...base, plugin: dp.plugin, podCIDR, hostNetwork: true }),
    };
  if (!ip || !podCIDR)
    return {
      ...base,
      result: empty,
      explanation: explainCniResult({ ...base, plugin: dp.plugin, podCIDR }),
    };
  const sandbox = `/var/run/netns/cni-${sandboxId(pod)}`;
  const hostVeth = hostVethName(dp.plugin, pod);
  const eth0: CniInterface = { name: 'eth0', mac: podMac(ip), sandbox };
  const prefix = (cidr: string): string => cidr.split('/')[1] ?? '32';
  let result: CniResult;
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
      break;
    }
  }
  const facts = { plugin: dp.plugin, pod: base.pod, node, podCIDR, podMTU: dp.podMTU };
  return { ...base, result, explanation: explainCniResult({ ...facts, result }) };
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
