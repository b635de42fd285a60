/** POST /v1/clusters body validation (kube-apiserver flag checks for --service-cluster-ip-range etc.). */
import { DEFAULT_CLUSTER_CONFIG } from '../cluster-config';
import { defaultDatapath } from '../cni/datapath-options';
import { validateClusterConfig } from './validate-cluster-config';

const fields = (input: unknown): string[] =>
  validateClusterConfig(input).causes.map((c) => `${c.field}: ${c.message}`);

describe('validateClusterConfig', () => {
  it('fills every default from an empty body', () => {
    // The datapath is spelled out with the plugin's defaults (cni/datapath-options.ts).
    const config = { ...DEFAULT_CLUSTER_CONFIG, datapath: defaultDatapath('calico') };
    expect(validateClusterConfig({})).toEqual({ causes: [], config });
    expect(validateClusterConfig(undefined).config).toEqual(config);
  });

  it('accepts a full custom body and ignores name', () => {
    const { config, causes } = validateClusterConfig({
      name: 'lab',
      nodes: 3,
      networkPlugin: 'flannel',
      proxyMode: 'ipvs',
      serviceCIDR: '10.100.0.0/16',
      podCIDR: '192.168.0.0/16',
      clusterDomain: 'lab.internal',
      nodePortRange: '31000-31999',
      loadBalancerCIDR: '198.51.100.0/24',
      ingressController: 'ingress-nginx',
    });
    expect(causes).toEqual([]);
    expect(config).toMatchObject({
      nodes: 3,
      networkPlugin: 'flannel',
      serviceCIDR: '10.100.0.0/16',
      nodePortRange: '31000-31999',
    });
  });

  it('bounds nodes to integers 1..50', () => {
    expect(fields({ nodes: 0 })).toEqual([
      'nodes: Invalid value: 0: must be an integer between 1 and 50, inclusive',
    ]);
    expect(fields({ nodes: 51 })).toHaveLength(1);
    expect(fields({ nodes: 1.5 })).toHaveLength(1);
    expect(fields({ nodes: '2' })).toHaveLength(1);
  });

  it('refuses unknown enum values with upstream NotSupported wording', () => {
    expect(fields({ networkPlugin: 'canal' })).toEqual([
      'networkPlugin: Unsupported value: "canal": supported values: "calico", "cilium", "weave", "flannel"',
    ]);
    expect(fields({ proxyMode: 'nftables' })).toEqual([
      'proxyMode: Unsupported value: "nftables": supported values: "iptables", "ipvs"',
    ]);
    expect(fields({ ingressController: 'traefik' })).toHaveLength(1);
  });

  it('refuses malformed CIDRs and a service CIDR wider than /12 or narrower than /28', () => {
    expect(fields({ serviceCIDR: '10.96.0.0' })).toEqual([
      'serviceCIDR: Invalid value: "10.96.0.0": must be a valid CIDR value, (e.g. 10.9.8.0/24 or 2001:db8::/64)',
    ]);
    expect(fields({ serviceCIDR: '10.0.0.0/8' })[0]).toMatch(
      /^serviceCIDR: Invalid value: "10.0.0.0\/8": the prefix length must be between 12 and 28/,
    );
    expect(fields({ serviceCIDR: '10.96.0.0/29' })).toHaveLength(1);
    expect(fields({ serviceCIDR: '10.96.0.0/28' })).toEqual([]);
  });

  it('needs one /24 per node in the pod CIDR after the unused first one', () => {
    expect(fields({ podCIDR: '10.244.0.0/23', nodes: 1 })).toEqual([]);
    expect(fields({ podCIDR: '10.244.0.0/23', nodes: 2 })).toEqual([
      'podCIDR: Invalid value: "10.244.0.0/23": too small for 2 nodes: node-i takes the i-th /24, so at least 3 /24 subnets are needed',
    ]);
    expect(fields({ podCIDR: '10.244.0.0/25' })).toHaveLength(1);
  });

  it('refuses overlapping service, pod, load-balancer and node networks', () => {
    expect(fields({ podCIDR: '10.96.0.0/16' })).toEqual([
      'podCIDR: Invalid value: "10.96.0.0/16": must not overlap serviceCIDR 10.96.0.0/12',
    ]);
    expect(fields({ serviceCIDR: '172.18.0.0/16' })).toEqual([
      'serviceCIDR: Invalid value: "172.18.0.0/16": must not overlap the node network 172.18.0.0/16',
    ]);
    expect(fields({ loadBalancerCIDR: '10.244.5.0/24' })).toHaveLength(1);
  });

  it('checks the cluster domain and the node port range', () => {
    expect(fields({ clusterDomain: 'Cluster.Local' })[0]).toMatch(
      /^clusterDomain: Invalid value: "Cluster.Local": a lowercase RFC 1123 subdomain/,
    );
    for (const bad of ['30000', '32767-30000', '0-100', '30000-70000', 'a-b']) {
      expect(fields({ nodePortRange: bad })).toEqual([
        `nodePortRange: Invalid value: "${bad}": must be "min-max" with 1 <= min < max <= 65535`,
      ]);
    }
  });

  it('refuses unknown fields and non-object bodies', () => {
    expect(fields({ nodeCount: 3 })).toEqual(['nodeCount: unknown field "nodeCount"']);
    expect(validateClusterConfig([]).causes).toHaveLength(1);
    expect(validateClusterConfig('x').config).toBeUndefined();
  });
});
