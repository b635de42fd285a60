import {
  cidrsOverlap,
  formatCIDR,
  isDNS1123Subdomain,
  parseCIDR,
  type Cidr,
  type FieldCause,
} from '@app/kube';
import {
  DEFAULT_CLUSTER_CONFIG,
  GATEWAY_CONTROLLERS,
  INGRESS_CONTROLLERS,
  NETWORK_PLUGINS,
  PROXY_MODES,
  type ClusterConfig,
} from '../cluster-config';
import { maxNodesFor, NODE_NETWORK_CIDR } from '../ipam/node-network';
import { parsePortRange } from '../ipam/port-range';
import { invalidCause, notSupportedCause } from './causes';
import { validateDatapath } from '../cni/datapath-options';

const FIELDS = Object.keys(DEFAULT_CLUSTER_CONFIG) as Array<keyof ClusterConfig>;
const MAX_NODES = 50;
const CIDR_EXAMPLE = 'must be a valid CIDR value, (e.g. 10.9.8.0/24 or 2001:db8::/64)';

/**
 * Validates the body of POST /v1/clusters (without `name`) and fills defaults from
 * DEFAULT_CLUSTER_CONFIG. Returns `config` only when `causes` is empty; causes use the body's
 * field names as paths. Checks, with kube-apiserver's flag validation as the model:
 * - nodes: integer 1..50; networkPlugin, proxyMode, ingressController: one of the supported values.
 * - serviceCIDR, podCIDR, loadBalancerCIDR: IPv4 CIDRs (host bits are cleared in the result);
 *   serviceCIDR prefix 12..28 (kube-apiserver refuses a mask shorter than /12); podCIDR must hold one
 *   /24 per node after the unused 0th (node-i takes the i-th); loadBalancerCIDR at most /30.
 * - the service, pod and load-balancer CIDRs and the node network 172.18.0.0/16 must not overlap.
 * - clusterDomain: DNS-1123 subdomain; nodePortRange: "min-max", 1 <= min < max <= 65535.
 * - datapath: the plugin's datapath options (cni/datapath-options.ts), defaulted per plugin.
 * - controlPlaneTaint: a boolean.
 * - unknown fields are refused (`unknown field "x"`, as strict decoding says); `name` is ignored.
 */
export function validateClusterConfig(input: unknown): {
  config?: ClusterConfig;
  causes: FieldCause[];
} {
  const causes: FieldCause[] = [];
  if (input === undefined || input === null) input = {};
  if (typeof input !== 'object' || Array.isArray(input)) {
    return {
      causes: [
        {
          reason: 'FieldValueTypeInvalid',
          field: '',
          message: 'Invalid value: the body must be a JSON object',
        },
      ],
    };
  }
  const body = input as Record<string, unknown>;
  for (const k of Object.keys(body)) {
    if (k !== 'name' && k !== 'datapath' && !(FIELDS as string[]).includes(k)) {
      causes.push({ reason: 'FieldValueNotSupported', field: k, message: `unknown field "${k}"` });
    }
  }
  const pick = <K extends keyof ClusterConfig>(k: K): unknown =>
    body[k] === undefined || body[k] === null ? DEFAULT_CLUSTER_CONFIG[k] : body[k];
  const text = (k: keyof ClusterConfig): string | undefined => {
    const v = pick(k);
    if (typeof v === 'string') return v;
    causes.push({
      reason: 'FieldValueTypeInvalid',
      field: k,
      message: `Invalid value: ${JSON.stringify(v)}: must be a string`,
    });
    return undefined;
  };

  const nodes = pick('nodes');
  if (typeof nodes !== 'number' || !Number.isInteger(nodes) || nodes < 1 || nodes > MAX_NODES) {
    causes.push(
      invalidCause('nodes', nodes, `must be an integer between 1 and ${MAX_NODES}, inclusive`),
    );
  }
  const oneOf = <
    K extends 'networkPlugin' | 'proxyMode' | 'ingressController' | 'gatewayController',
  >(
    k: K,
    values: readonly string[],
  ): void => {
    const v = text(k);
    if (v !== undefined && !values.includes(v)) causes.push(notSupportedCause(k, v, values));
  };
  oneOf('networkPlugin', NETWORK_PLUGINS);
  oneOf('proxyMode', PROXY_MODES);
  oneOf('ingressController', INGRESS_CONTROLLERS);
  oneOf('gatewayController', GATEWAY_CONTROLLERS);

  const cidr = (k: 'serviceCIDR' | 'podCIDR' | 'loadBalancerCIDR'): Cidr | undefined => {
    const v = text(k);
    if (v === undefined) return undefined;
    const parsed = parseCIDR(v.trim());
    if (!parsed) causes.push(invalidCause(k, v, CIDR_EXAMPLE));
    return parsed;
  };
  const serviceCIDR = cidr('serviceCIDR');
  const podCIDR = cidr('podCIDR');
  const loadBalancerCIDR = cidr('loadBalancerCIDR');
  if (serviceCIDR && (serviceCIDR.prefix < 12 || serviceCIDR.prefix > 28)) {
    causes.push(
      invalidCause(
        'serviceCIDR',
        body.serviceCIDR,
        'the prefix length must be between 12 and 28, inclusive (a /12 is the largest service range kube-apiserver accepts)',
      ),
    );
  }
  if (
    podCIDR &&
    typeof nodes === 'number' &&
    Number.isInteger(nodes) &&
    nodes >= 1 &&
    maxNodesFor(podCIDR) < nodes
  ) {
    causes.push(
      invalidCause(
        'podCIDR',
        body.podCIDR,
        `too small for ${nodes} nodes: node-i takes the i-th /24, so at least ${nodes + 1} /24 subnets are needed`,
      ),
    );
  }
  if (loadBalancerCIDR && loadBalancerCIDR.prefix > 30) {
    causes.push(
      invalidCause(
        'loadBalancerCIDR',
        body.loadBalancerCIDR,
        'the prefix length must be at most 30',
      ),
    );
  }
  const ranges: Array<[string, Cidr | undefined]> = [
    ['serviceCIDR', serviceCIDR],
    ['podCIDR', podCIDR],
    ['loadBalancerCIDR', loadBalancerCIDR],
    ['node network', parseCIDR(NODE_NETWORK_CIDR)],
  ];
  for (let i = 0; i < ranges.length; i++) {
    for (let j = 0; j < i; j++) {
      const [a, ca] = ranges[j];
      const [b, cb] = ranges[i];
      if (!ca || !cb || !cidrsOverlap(ca, cb)) continue;
      const field = b === 'node network' ? a : b;
      const other =
        b === 'node network'
          ? `the node network ${NODE_NETWORK_CIDR}`
          : `${a} ${String(pick(a as keyof ClusterConfig))}`;
      causes.push(
        invalidCause(field, pick(field as keyof ClusterConfig), `must not overlap ${other}`),
      );
    }
  }

  const domain = text('clusterDomain');
  if (domain !== undefined)
    for (const msg of isDNS1123Subdomain(domain))
      causes.push(invalidCause('clusterDomain', domain, msg));

  const portRange = text('nodePortRange');
  if (portRange !== undefined && !parsePortRange(portRange)) {
    causes.push(
      invalidCause('nodePortRange', portRange, 'must be "min-max" with 1 <= min < max <= 65535'),
    );
  }

  const plugin = pick('networkPlugin');
  const datapath =
    typeof plugin === 'string' && (NETWORK_PLUGINS as readonly string[]).includes(plugin)
      ? validateDatapath(plugin as ClusterConfig['networkPlugin'], body.datapath)
      : { causes: [] };
  causes.push(...datapath.causes);
  const controlPlaneTaint = pick('controlPlaneTaint');
  if (typeof controlPlaneTaint !== 'boolean') {
    causes.push({
      reason: 'FieldValueTypeInvalid',
      field: 'controlPlaneTaint',
      message: `Invalid value: ${JSON.stringify(controlPlaneTaint)}: must be a boolean`,
    });
  }

  if (causes.length) return { causes };
  const norm = (c: Cidr | undefined, k: keyof ClusterConfig): string =>
    c ? formatCIDR(c) : String(pick(k));
  return {
    causes,
    config: {
      nodes: nodes as number,
      networkPlugin: pick('networkPlugin') as ClusterConfig['networkPlugin'],
      proxyMode: pick('proxyMode') as ClusterConfig['proxyMode'],
      serviceCIDR: norm(serviceCIDR, 'serviceCIDR'),
      podCIDR: norm(podCIDR, 'podCIDR'),
      loadBalancerCIDR: norm(loadBalancerCIDR, 'loadBalancerCIDR'),
      clusterDomain: domain as string,
      nodePortRange: (portRange as string).trim(),
      ingressController: pick('ingressController') as ClusterConfig['ingressController'],
      ...(datapath.datapath ? { datapath: datapath.datapath } : {}),
      controlPlaneTaint: controlPlaneTaint as boolean,
      gatewayController: pick('gatewayController') as ClusterConfig['gatewayController'],
    },
  };
}
