/**
 * Patch metadata for the sandbox's kinds, hand-copied from the struct tags and list markers in
 * k8s.io/api (core/v1, apps/v1, networking/v1, discovery/v1) and k8s.io/apimachinery meta/v1:
 * `patchStrategy`/`patchMergeKey` drive strategic merge patch; `+listType`/`+listMapKey`,
 * `+mapType=atomic` and `+structType=atomic` drive server-side apply field ownership.
 *
 * Anything not described here takes upstream's defaults: objects merge field by field, lists are
 * atomic (replaced whole).
 */

export interface PatchListInfo {
  /** SSA `+listType`. */
  type: 'atomic' | 'set' | 'map';
  /** SSA `+listMapKey`s (type map). */
  keys?: string[];
  /** Defaults the API server fills in for key fields (Service/Container port protocol). */
  keyDefaults?: Record<string, string | number>;
  /** SMP `patchStrategy:"merge"`; absent means the list is replaced. */
  smp?: 'merge';
  /** SMP `patchMergeKey`; absent with smp merge means a list of primitives merged by value. */
  mergeKey?: string;
}

export interface PatchNode {
  /** Struct fields or granular map entries (by name). */
  fields?: Record<string, PatchNode>;
  /** Schema of every value of a granular map whose keys are data (labels, selector). */
  values?: PatchNode;
  list?: PatchListInfo;
  /** Schema of each list element. */
  items?: PatchNode;
  /** `+structType=atomic` / `+mapType=atomic`: replaced and owned as one value. */
  atomic?: boolean;
  /** `patchStrategy:"retainKeys"` (Deployment strategy, Volume). */
  retainKeys?: boolean;
}

const atomicList: PatchNode = { list: { type: 'atomic' } };
const mergeList = (keys: string[], items?: PatchNode, mergeKey = keys[0]): PatchNode => ({
  list: { type: 'map', keys, smp: 'merge', mergeKey },
  items,
});
const mergedSet: PatchNode = { list: { type: 'set', smp: 'merge' } };
const tcpDefault = { protocol: 'TCP' };

/** metav1.LabelSelector is `+structType=atomic`. */
const labelSelector: PatchNode = { atomic: true };
const conditions = mergeList(['type']);

export const OBJECT_META_PATCH: PatchNode = {
  fields: {
    finalizers: mergedSet,
    ownerReferences: mergeList(['uid']),
    managedFields: atomicList,
  },
};

const container: PatchNode = {
  fields: {
    ports: {
      list: {
        type: 'map',
        keys: ['containerPort', 'protocol'],
        keyDefaults: tcpDefault,
        smp: 'merge',
        mergeKey: 'containerPort',
      },
    },
    env: mergeList(['name']),
    envFrom: atomicList,
    volumeMounts: mergeList(['mountPath']),
    volumeDevices: mergeList(['devicePath']),
    resizePolicy: atomicList,
  },
};

const podSpec: PatchNode = {
  fields: {
    volumes: mergeList(['name'], { retainKeys: true }),
    initContainers: mergeList(['name'], container),
    containers: mergeList(['name'], container),
    ephemeralContainers: mergeList(['name'], container),
    imagePullSecrets: mergeList(['name']),
    hostAliases: mergeList(['ip']),
    tolerations: atomicList,
    readinessGates: atomicList,
    nodeSelector: { atomic: true },
    topologySpreadConstraints: mergeList(['topologyKey', 'whenUnsatisfiable']),
    resourceClaims: mergeList(['name']),
    schedulingGates: mergeList(['name']),
  },
};

const podTemplate: PatchNode = { fields: { metadata: OBJECT_META_PATCH, spec: podSpec } };

const withMeta = (fields: Record<string, PatchNode>): PatchNode => ({
  fields: { metadata: OBJECT_META_PATCH, ...fields },
});

const lbStatus: PatchNode = { fields: { ingress: atomicList } };

/** Patch metadata per Kind. */
export const PATCH_SCHEMAS: Readonly<Record<string, PatchNode>> = {
  Pod: withMeta({
    spec: podSpec,
    status: {
      fields: {
        conditions,
        podIPs: mergeList(['ip']),
        hostIPs: mergeList(['ip']),
        containerStatuses: atomicList,
        initContainerStatuses: atomicList,
        ephemeralContainerStatuses: atomicList,
      },
    },
  }),
  Service: withMeta({
    spec: {
      fields: {
        ports: {
          list: {
            type: 'map',
            keys: ['port', 'protocol'],
            keyDefaults: tcpDefault,
            smp: 'merge',
            mergeKey: 'port',
          },
        },
        selector: { atomic: true },
        clusterIPs: atomicList,
        externalIPs: atomicList,
        ipFamilies: atomicList,
        loadBalancerSourceRanges: atomicList,
      },
    },
    status: { fields: { conditions, loadBalancer: lbStatus } },
  }),
  Namespace: withMeta({
    spec: { fields: { finalizers: atomicList } },
    status: { fields: { conditions } },
  }),
  Node: withMeta({
    spec: { fields: { podCIDRs: mergedSet, taints: atomicList } },
    status: {
      fields: {
        conditions,
        // patchStrategy merge by type, but +listType=atomic for apply (upstream keeps both).
        addresses: { list: { type: 'atomic', smp: 'merge', mergeKey: 'type' } },
        images: atomicList,
        volumesInUse: atomicList,
        volumesAttached: atomicList,
      },
    },
  }),
  Secret: withMeta({}),
  Endpoints: withMeta({ subsets: atomicList }),
  Event: withMeta({}),
  Deployment: withMeta({
    spec: {
      fields: { selector: labelSelector, template: podTemplate, strategy: { retainKeys: true } },
    },
    status: { fields: { conditions } },
  }),
  ReplicaSet: withMeta({
    spec: { fields: { selector: labelSelector, template: podTemplate } },
    status: { fields: { conditions } },
  }),
  EndpointSlice: withMeta({ endpoints: atomicList, ports: atomicList }),
  NetworkPolicy: withMeta({
    spec: {
      fields: {
        podSelector: labelSelector,
        ingress: atomicList,
        egress: atomicList,
        policyTypes: atomicList,
      },
    },
  }),
  Ingress: withMeta({
    spec: { fields: { tls: atomicList, rules: atomicList } },
    status: { fields: { loadBalancer: lbStatus } },
  }),
  IngressClass: withMeta({}),
};

// Own members only: a user's kind or key such as "constructor" must not find Object.prototype's.
const own = <T>(map: Record<string, T> | undefined, key: string): T | undefined =>
  map && Object.prototype.hasOwnProperty.call(map, key) ? map[key] : undefined;

/** The schema of a field or map entry under `node` (an empty node when undescribed). */
export const patchChild = (node: PatchNode | undefined, key: string): PatchNode =>
  own(node?.fields, key) ?? node?.values ?? {};
