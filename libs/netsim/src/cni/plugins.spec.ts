import { NETWORK_PLUGINS } from '../cluster-config';
import { crossNodePath, describePlugin } from './plugins';

const nodeIPs = { 'node-1': '172.18.0.2', 'node-2': '172.18.0.3' };

describe('describePlugin', () => {
  it('calico, cilium and weave enforce NetworkPolicy; flannel does not', () => {
    expect(NETWORK_PLUGINS.map((p) => [p, describePlugin(p).enforcesNetworkPolicy])).toEqual([
      ['calico', true],
      ['cilium', true],
      ['weave', true],
      ['flannel', false],
    ]);
  });

  it('names each overlay as the plugin does it', () => {
    expect(describePlugin('calico').overlay).toMatch(/IP-in-IP.*VXLAN.*BGP/);
    expect(describePlugin('cilium').overlay).toMatch(/VXLAN.*eBPF/);
    expect(describePlugin('weave').overlay).toMatch(/fast datapath.*sleeve/);
    expect(describePlugin('flannel').overlay).toMatch(/VXLAN.*flannel\.1/);
  });
});

describe('crossNodePath', () => {
  it('stays on the node for pods of one node', () => {
    const hop = crossNodePath('node-1', 'node-1', 'flannel', nodeIPs);
    expect(hop).toMatchObject({ sameNode: true, srcNodeIP: '172.18.0.2' });
    expect(hop.description).toContain('cni0 bridge');
  });

  it('crosses the overlay between node IPs', () => {
    const hop = crossNodePath('node-1', 'node-2', 'calico', new Map(Object.entries(nodeIPs)));
    expect(hop).toMatchObject({
      sameNode: false,
      srcNodeIP: '172.18.0.2',
      dstNodeIP: '172.18.0.3',
    });
    expect(hop.description).toContain('node-1 (172.18.0.2) for node-2 (172.18.0.3) through tunl0');
    expect(crossNodePath('node-1', 'node-2', 'flannel', nodeIPs).description).toContain(
      'flannel.1',
    );
  });

  it('names a node without a known IP by name only', () => {
    expect(crossNodePath('node-1', 'node-9', 'cilium', nodeIPs).description).toContain(
      'for node-9 through cilium_vxlan',
    );
  });
});
