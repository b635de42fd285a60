/**
 * Tiny factories for tests, seeds and exercise setups. They build objects the way a user writes
 * them (no defaulting; run defaultObject for the stored form). Namespaced objects land in
 * "default" unless a namespace is given; optional fields are omitted rather than set to undefined.
 */
import type { Deployment } from '../objects/apps';
import type {
  ContainerPort,
  Namespace,
  Node,
  Pod,
  Secret,
  Service,
  ServicePort,
  ServiceSpec,
} from '../objects/core';
import type { LabelSelector, Protocol } from '../objects/meta';
import type {
  Endpoint,
  EndpointPort,
  EndpointSlice,
  Ingress,
  IngressClass,
  NetworkPolicy,
} from '../objects/networking';

type Labels = Record<string, string>;

/** Drops undefined properties so built objects compare cleanly with parsed YAML. */
function compact<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

const meta = (name: string, namespace: string | undefined, labels?: Labels, annotations?: Labels) =>
  compact({ name, namespace, labels, annotations });

const containerPorts = (
  ports: Array<number | ContainerPort> | undefined,
): ContainerPort[] | undefined =>
  ports?.map((p) => (typeof p === 'number' ? { containerPort: p } : p));

export interface PodOptions {
  namespace?: string;
  labels?: Labels;
  annotations?: Labels;
  nodeName?: string;
  /** Container ports: a number is `{ containerPort }`; use an object for a name or protocol. */
  ports?: Array<number | ContainerPort>;
  image?: string;
  containerName?: string;
  /** Sets status.podIP/podIPs, which the sandbox keeps when free and inside the pod CIDR. */
  podIP?: string;
  /** false writes a Ready=False condition (a not-ready endpoint). */
  ready?: boolean;
  /** Marks the Pod terminating (metadata.deletionTimestamp), as labs about terminating endpoints need. */
  deletionTimestamp?: string;
  hostname?: string;
  subdomain?: string;
  enableServiceLinks?: boolean;
  hostNetwork?: boolean;
}

/** A single-container Pod (image nginx, container named after the Pod unless given). */
export function pod(name: string, opts: PodOptions = {}): Pod {
  const status =
    opts.podIP !== undefined || opts.ready !== undefined
      ? compact({
          phase: 'Running' as const,
          podIP: opts.podIP,
          podIPs: opts.podIP ? [{ ip: opts.podIP }] : undefined,
          conditions:
            opts.ready !== undefined
              ? [{ type: 'Ready', status: opts.ready ? ('True' as const) : ('False' as const) }]
              : undefined,
        })
      : undefined;
  return compact({
    apiVersion: 'v1',
    kind: 'Pod' as const,
    metadata: compact({
      ...meta(name, opts.namespace ?? 'default', opts.labels, opts.annotations),
      deletionTimestamp: opts.deletionTimestamp,
    }),
    spec: compact({
      containers: [
        compact({
          name: opts.containerName ?? name,
          image: opts.image ?? 'nginx',
          ports: containerPorts(opts.ports),
        }),
      ],
      nodeName: opts.nodeName,
      hostname: opts.hostname,
      subdomain: opts.subdomain,
      enableServiceLinks: opts.enableServiceLinks,
      hostNetwork: opts.hostNetwork,
    }),
    status,
  });
}

export interface ServiceOptions extends Omit<ServiceSpec, 'ports'> {
  namespace?: string;
  labels?: Labels;
  annotations?: Labels;
  /** A number is `{ port }`; use an object for name, protocol, targetPort or nodePort. */
  ports?: Array<number | ServicePort>;
}

/** A Service; every ServiceSpec field may be passed alongside namespace/labels/annotations. */
export function service(name: string, opts: ServiceOptions = {}): Service {
  const { namespace, labels, annotations, ports, ...spec } = opts;
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: meta(name, namespace ?? 'default', labels, annotations),
    spec: compact({ ...spec, ports: ports?.map((p) => (typeof p === 'number' ? { port: p } : p)) }),
  };
}

export interface DeploymentOptions {
  namespace?: string;
  replicas?: number;
  /** Template labels and the selector's matchLabels; default `{ app: name }`. */
  labels?: Labels;
  image?: string;
  containerName?: string;
  ports?: Array<number | ContainerPort>;
}

/** A Deployment whose selector matches its template labels. */
export function deployment(name: string, opts: DeploymentOptions = {}): Deployment {
  const labels = opts.labels ?? { app: name };
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: meta(name, opts.namespace ?? 'default'),
    spec: compact({
      replicas: opts.replicas,
      selector: { matchLabels: { ...labels } },
      template: {
        metadata: { labels: { ...labels } },
        spec: {
          containers: [
            compact({
              name: opts.containerName ?? name,
              image: opts.image ?? 'nginx',
              ports: containerPorts(opts.ports),
            }),
          ],
        },
      },
    }),
  };
}

/** A Namespace (cluster-scoped). */
export function namespace(name: string, labels?: Labels): Namespace {
  return { apiVersion: 'v1', kind: 'Namespace', metadata: meta(name, undefined, labels) };
}

/** A NetworkPolicy with the given spec (podSelector defaults to `{}`, all Pods of the namespace). */
export function networkPolicy(
  name: string,
  spec: Partial<NetworkPolicy['spec']> & { podSelector?: LabelSelector } = {},
  ns = 'default',
): NetworkPolicy {
  return {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'NetworkPolicy',
    metadata: meta(name, ns),
    spec: { ...spec, podSelector: spec.podSelector ?? {} },
  };
}

export interface IngressOptions extends Partial<Ingress['spec']> {
  namespace?: string;
  annotations?: Labels;
}

/** An Ingress; pass spec fields (ingressClassName, rules, defaultBackend, tls) directly. */
export function ingress(name: string, opts: IngressOptions = {}): Ingress {
  const { namespace, annotations, ...spec } = opts;
  return {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'Ingress',
    metadata: meta(name, namespace ?? 'default', undefined, annotations),
    spec,
  };
}

/** An IngressClass for `controller` (e.g. "k8s.io/ingress-nginx"); `isDefault` sets the default-class annotation. */
export function ingressClass(name: string, controller: string, isDefault = false): IngressClass {
  return {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'IngressClass',
    metadata: meta(
      name,
      undefined,
      undefined,
      isDefault ? { 'ingressclass.kubernetes.io/is-default-class': 'true' } : undefined,
    ),
    spec: { controller },
  };
}

export interface EndpointSliceOptions {
  namespace?: string;
  /** Sets the kubernetes.io/service-name label that ties the slice to its Service. */
  serviceName?: string;
  addressType?: EndpointSlice['addressType'];
  /** A string is a ready endpoint with that one address. */
  endpoints?: Array<string | Endpoint>;
  /** A number is `{ port, protocol: TCP }`; use objects for names. */
  ports?: Array<number | EndpointPort>;
  labels?: Labels;
}

/** An EndpointSlice (IPv4 unless told), as a user writes one for a selector-less Service. */
export function endpointSlice(name: string, opts: EndpointSliceOptions = {}): EndpointSlice {
  const labels = opts.serviceName
    ? { 'kubernetes.io/service-name': opts.serviceName, ...opts.labels }
    : opts.labels;
  return compact({
    apiVersion: 'discovery.k8s.io/v1',
    kind: 'EndpointSlice' as const,
    metadata: meta(name, opts.namespace ?? 'default', labels),
    addressType: opts.addressType ?? 'IPv4',
    endpoints: (opts.endpoints ?? []).map((e) =>
      typeof e === 'string' ? { addresses: [e], conditions: { ready: true } } : e,
    ),
    ports: opts.ports?.map((p) =>
      typeof p === 'number' ? { port: p, protocol: 'TCP' as Protocol } : p,
    ),
  });
}

/** A Node with an InternalIP and optional podCIDR, Ready unless `ready` is false. */
export function node(
  name: string,
  opts: { internalIP?: string; podCIDR?: string; ready?: boolean; labels?: Labels } = {},
): Node {
  return {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: meta(name, undefined, opts.labels),
    spec: compact({ podCIDR: opts.podCIDR, podCIDRs: opts.podCIDR ? [opts.podCIDR] : undefined }),
    status: compact({
      addresses: opts.internalIP
        ? [
            { type: 'InternalIP' as const, address: opts.internalIP },
            { type: 'Hostname' as const, address: name },
          ]
        : undefined,
      conditions: [
        { type: 'Ready', status: opts.ready === false ? ('False' as const) : ('True' as const) },
      ],
    }),
  };
}

/** A Secret; `type` defaults to Opaque on the server. */
export function secret(
  name: string,
  opts: { namespace?: string; type?: string; data?: Labels; stringData?: Labels } = {},
): Secret {
  return compact({
    apiVersion: 'v1',
    kind: 'Secret' as const,
    metadata: meta(name, opts.namespace ?? 'default'),
    type: opts.type,
    data: opts.data,
    stringData: opts.stringData,
  });
}
