/**
 * The datapath a cluster's network plugin is configured with (`datapath` in POST /v1/clusters):
 * which encapsulation, routing and encryption each plugin uses between nodes, with the defaults
 * of each plugin's own manifest. Facts and their sources are in docs/cni-datapath.md:
 * - Calico IPPool `ipipMode` / `vxlanMode` (Always, CrossSubnet, Never; calico.yaml sets
 *   CALICO_IPV4POOL_IPIP=Always and CALICO_IPV4POOL_VXLAN=Never), FelixConfiguration
 *   `wireguardEnabled` (docs.tigera.io "Overlay networking", "Encrypt in-cluster pod traffic").
 * - Flannel net-conf.json `Backend.Type` vxlan (VNI 1, the kernel's UDP port 8472) or host-gw
 *   (flannel Documentation/backends.md).
 * - Cilium `routingMode` tunnel (default, `tunnelProtocol` vxlan or geneve) or native,
 *   `kubeProxyReplacement`, `encryption.type=wireguard` (docs.cilium.io "Routing").
 * - Weave Net fast datapath unless WEAVE_NO_FASTDP, encryption when WEAVE_PASSWORD is set.
 */
import { field, type FieldCause } from '@app/kube';
import type { NetworkPlugin } from '../cluster-config';
import {
  ENCAP_MODES,
  NODE_SUBNETS,
  type CalicoDatapath,
  type CiliumDatapath,
  type DatapathOptions,
  type FlannelDatapath,
  type NodeSubnets,
  type WeaveDatapath,
} from './datapath-types';

export * from './datapath-types';

const DEFAULTS = {
  calico: { ipipMode: 'Always', vxlanMode: 'Never', wireguard: false } as CalicoDatapath,
  flannel: { backend: 'vxlan', vni: 1, port: 8472 } as FlannelDatapath,
  cilium: {
    routingMode: 'tunnel',
    tunnelProtocol: 'vxlan',
    kubeProxyReplacement: false,
    wireguard: false,
  } as CiliumDatapath,
  weave: { fastDatapath: true, encryption: false } as WeaveDatapath,
} satisfies Record<NetworkPlugin, object>;

/** The datapath a cluster gets when it asks for nothing (also for clusters stored before it). */
export function defaultDatapath(plugin: NetworkPlugin): DatapathOptions {
  return { nodeSubnets: 'single', hostMTU: 1500, [plugin]: { ...DEFAULTS[plugin] } };
}

/** The stored datapath with every default filled in (older clusters have none stored). */
export function resolveDatapath(
  plugin: NetworkPlugin,
  stored: DatapathOptions | undefined,
): Required<Pick<DatapathOptions, 'nodeSubnets' | 'hostMTU'>> & DatapathOptions {
  const base = defaultDatapath(plugin);
  if (!stored) return base as ReturnType<typeof resolveDatapath>;
  return {
    ...base,
    ...stored,
    [plugin]: { ...DEFAULTS[plugin], ...(stored[plugin] ?? {}) },
  } as ReturnType<typeof resolveDatapath>;
}

type Shape = Record<string, 'boolean' | 'string' | 'number' | readonly string[]>;

const SHAPES: Record<NetworkPlugin, Shape> = {
  calico: { ipipMode: ENCAP_MODES, vxlanMode: ENCAP_MODES, wireguard: 'boolean' },
  flannel: { backend: ['vxlan', 'host-gw'], vni: 'number', port: 'number' },
  cilium: {
    routingMode: ['tunnel', 'native'],
    tunnelProtocol: ['vxlan', 'geneve'],
    kubeProxyReplacement: 'boolean',
    wireguard: 'boolean',
  },
  weave: { fastDatapath: 'boolean', encryption: 'boolean', password: 'string' },
};

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Validates `datapath` of POST /v1/clusters for `plugin`; causes carry paths like
 * `datapath.calico.ipipMode`. A section for another plugin is Forbidden; unknown fields are
 * refused as strict decoding refuses them. Calico refuses ipipMode and vxlanMode both enabled
 * (one IPPool uses one encapsulation); the VXLAN VNI is 1..16777215 (24 bits).
 */
export function validateDatapath(
  plugin: NetworkPlugin,
  input: unknown,
): { datapath?: DatapathOptions; causes: FieldCause[] } {
  const causes: FieldCause[] = [];
  if (input === undefined || input === null) return { datapath: defaultDatapath(plugin), causes };
  if (!isObject(input)) {
    return { causes: [field.invalid('datapath', input, 'must be an object')] };
  }
  const out: DatapathOptions = defaultDatapath(plugin);
  for (const [k, v] of Object.entries(input)) {
    const path = `datapath.${k}`;
    if (v === undefined || v === null) continue;
    if (k === 'nodeSubnets') {
      if (typeof v === 'string' && (NODE_SUBNETS as readonly string[]).includes(v))
        out.nodeSubnets = v as NodeSubnets;
      else causes.push(field.notSupported(path, v, NODE_SUBNETS));
    } else if (k === 'hostMTU' || k === 'podMTU') {
      if (typeof v === 'number' && Number.isInteger(v) && v >= 576 && v <= 9000) out[k] = v;
      else
        causes.push(field.invalid(path, v, 'must be an integer between 576 and 9000, inclusive'));
    } else if (k in SHAPES) {
      if (k !== plugin) {
        causes.push(field.forbidden(path, `only allowed when networkPlugin is "${k}"`));
        continue;
      }
      const section = validateSection(plugin, v, path, causes);
      if (section) (out as unknown as Record<string, unknown>)[plugin] = section;
    } else
      causes.push({
        reason: 'FieldValueNotSupported',
        field: path,
        message: `unknown field "${path}"`,
      });
  }
  const calico = out.calico;
  if (calico && calico.ipipMode !== 'Never' && calico.vxlanMode !== 'Never') {
    causes.push(
      field.invalid(
        'datapath.calico.vxlanMode',
        calico.vxlanMode,
        'ipipMode and vxlanMode cannot both be enabled: set one of them to Never',
      ),
    );
  }
  if (out.podMTU !== undefined && out.podMTU > out.hostMTU) {
    causes.push(
      field.invalid('datapath.podMTU', out.podMTU, `must not exceed hostMTU (${out.hostMTU})`),
    );
  }
  return causes.length ? { causes } : { datapath: out, causes };
}

function validateSection(
  plugin: NetworkPlugin,
  input: unknown,
  path: string,
  causes: FieldCause[],
): object | undefined {
  if (!isObject(input)) {
    causes.push(field.invalid(path, input, 'must be an object'));
    return undefined;
  }
  const shape = SHAPES[plugin];
  const section: Record<string, unknown> = { ...DEFAULTS[plugin] };
  for (const [k, v] of Object.entries(input)) {
    const p = `${path}.${k}`;
    const want = shape[k];
    if (v === undefined || v === null) continue;
    if (!want) {
      causes.push({ reason: 'FieldValueNotSupported', field: p, message: `unknown field "${p}"` });
    } else if (Array.isArray(want)) {
      if (typeof v === 'string' && want.includes(v)) section[k] = v;
      else causes.push(field.notSupported(p, v, want));
    } else if (typeof v !== want) {
      causes.push(field.invalid(p, v, `must be a ${want as string}`));
    } else section[k] = v;
  }
  if (plugin === 'flannel') {
    const vni = section.vni as number;
    if (!Number.isInteger(vni) || vni < 1 || vni > 16777215)
      causes.push(field.invalid(`${path}.vni`, vni, 'must be an integer between 1 and 16777215'));
    const port = section.port as number;
    if (!Number.isInteger(port) || port < 1 || port > 65535)
      causes.push(field.invalid(`${path}.port`, port, 'must be an integer between 1 and 65535'));
  }
  if (plugin === 'weave') {
    const password = section.password;
    if (typeof password === 'string') {
      if (password.length === 0 || password.length > 256)
        causes.push(field.invalid(`${path}.password`, '(redacted)', 'must be 1 to 256 characters'));
      // Only the fact that traffic is encrypted is kept: the sandbox never stores secrets.
      section.encryption = true;
      delete section.password;
    }
  }
  return section;
}
