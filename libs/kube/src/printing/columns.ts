/**
 * Column definitions per kind, as registered in pkg/printers/internalversion/printers.go
 * AddHandlers (names, types, formats and priorities exactly; descriptions are the upstream
 * SwaggerDoc texts they point at).
 */
import type { TableColumnDefinition } from './table';

const NAME_DOC =
  'Name must be unique within a namespace. Is required when creating resources, although some resources may allow a client to request the generation of an appropriate name automatically. Name is primarily intended for creation idempotence and configuration definition. Cannot be updated. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names#names';
const AGE_DOC =
  'CreationTimestamp is a timestamp representing the server time when this object was created. It is not guaranteed to be set in happens-before order across separate operations. Clients may not set this value. It is represented in RFC3339 form and is in UTC.\n\nPopulated by the system. Read-only. Null for lists. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata';
const CONTAINERS_DOC = 'Names of each container in the template.';
const IMAGES_DOC = 'Images referenced by each container in the template.';
const SELECTOR_DOC =
  'Label selector for pods. Existing ReplicaSets whose pods are selected by this will be the ones affected by this deployment.';

type Col = [
  name: string,
  type?: TableColumnDefinition['type'],
  description?: string,
  priority?: number,
  format?: string,
];

const col = ([
  name,
  type = 'string',
  description = '',
  priority = 0,
  format = '',
]: Col): TableColumnDefinition => ({
  name,
  type,
  format,
  description,
  priority,
});

const nameCol: Col = ['Name', 'string', NAME_DOC, 0, 'name'];
const ageCol: Col = ['Age', 'string', AGE_DOC];

const defs: Record<string, Col[]> = {
  Pod: [
    nameCol,
    ['Ready', 'string', 'The aggregate readiness state of this pod for accepting traffic.'],
    ['Status', 'string', 'The aggregate status of the containers in this pod.'],
    [
      'Restarts',
      'string',
      'The number of times the containers in this pod have been restarted and when the last container in this pod has restarted.',
    ],
    ageCol,
    [
      'IP',
      'string',
      'podIP address allocated to the pod. Routable at least within the cluster. Empty if not yet allocated.',
      1,
    ],
    [
      'Node',
      'string',
      'NodeName indicates in which node this pod is scheduled. If empty, this pod is a candidate for scheduling by the scheduler defined in schedulerName. Once this field is set, the kubelet for this node becomes responsible for the lifecycle of this pod. This field should not be used to express a desire for the pod to be scheduled on a specific node. https://kubernetes.io/docs/concepts/scheduling-eviction/assign-pod-node/#nodename',
      1,
    ],
    [
      'Nominated Node',
      'string',
      'nominatedNodeName is set only when this pod preempts other pods on the node, but it cannot be scheduled right away as preemption victims receive their graceful termination periods. This field does not guarantee that the pod will be scheduled on this node. Scheduler may decide to place the pod elsewhere if other nodes become available sooner. Scheduler may also decide to give the resources on this node to a higher priority pod that is created after preemption. As a result, this field may be different than PodSpec.nodeName when the pod is scheduled.',
      1,
    ],
    [
      'Readiness Gates',
      'string',
      'If specified, all readiness gates will be evaluated for pod readiness. A pod is ready when all its containers are ready AND all conditions specified in the readiness gates have status equal to "True" More info: https://git.k8s.io/enhancements/keps/sig-network/580-pod-readiness-gates',
      1,
    ],
  ],
  Service: [
    nameCol,
    [
      'Type',
      'string',
      'type determines how the Service is exposed. Defaults to ClusterIP. Valid options are ExternalName, ClusterIP, NodePort, and LoadBalancer.',
    ],
    [
      'Cluster-IP',
      'string',
      'clusterIP is the IP address of the service and is usually assigned randomly.',
    ],
    [
      'External-IP',
      'string',
      'externalIPs is a list of IP addresses for which nodes in the cluster will also accept traffic for this service.',
    ],
    [
      'Port(s)',
      'string',
      'The list of ports that are exposed by this service. More info: https://kubernetes.io/docs/concepts/services-networking/service/#virtual-ips-and-service-proxies',
    ],
    ageCol,
    [
      'Selector',
      'string',
      'Route service traffic to pods with label keys and values matching this selector. If empty or not present, the service is assumed to have an external process managing its endpoints, which Kubernetes will not modify. Only applies to types ClusterIP, NodePort, and LoadBalancer. Ignored if type is ExternalName. More info: https://kubernetes.io/docs/concepts/services-networking/service/',
      1,
    ],
  ],
  Deployment: [
    nameCol,
    ['Ready', 'string', 'Number of the pod with ready state'],
    [
      'Up-to-date',
      'string',
      'Total number of non-terminated pods targeted by this deployment that have the desired template spec.',
    ],
    [
      'Available',
      'string',
      'Total number of available pods (ready for at least minReadySeconds) targeted by this deployment.',
    ],
    ageCol,
    ['Containers', 'string', CONTAINERS_DOC, 1],
    ['Images', 'string', IMAGES_DOC, 1],
    ['Selector', 'string', SELECTOR_DOC, 1],
  ],
  ReplicaSet: [
    nameCol,
    [
      'Desired',
      'integer',
      'Replicas is the number of desired replicas. This is a pointer to distinguish between explicit zero and unspecified. Defaults to 1. More info: https://kubernetes.io/docs/concepts/workloads/controllers/replicationcontroller/#what-is-a-replicationcontroller',
    ],
    [
      'Current',
      'integer',
      'Replicas is the most recently observed number of replicas. More info: https://kubernetes.io/docs/concepts/workloads/controllers/replicationcontroller/#what-is-a-replicationcontroller',
    ],
    ['Ready', 'integer', 'The number of ready replicas for this replica set.'],
    ageCol,
    ['Containers', 'string', CONTAINERS_DOC, 1],
    ['Images', 'string', IMAGES_DOC, 1],
    [
      'Selector',
      'string',
      'Selector is a label query over pods that should match the replica count. If the selector is empty, it is defaulted to the labels present on the pod template. Label keys and values that must match in order to be controlled by this replica set. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/#label-selectors',
      1,
    ],
  ],
  Namespace: [nameCol, ['Status', 'string', 'The status of the namespace'], ageCol],
  Node: [
    nameCol,
    ['Status', 'string', 'The status of the node'],
    ['Roles', 'string', 'The roles of the node'],
    ageCol,
    ['Version', 'string', 'Kubelet Version reported by the node.'],
    [
      'Internal-IP',
      'string',
      'List of addresses reachable to the node. Queried from cloud provider, if available. More info: https://kubernetes.io/docs/reference/node/node-status/#addresses',
      1,
    ],
    [
      'External-IP',
      'string',
      'List of addresses reachable to the node. Queried from cloud provider, if available. More info: https://kubernetes.io/docs/reference/node/node-status/#addresses',
      1,
    ],
    [
      'OS-Image',
      'string',
      'OS Image reported by the node from /etc/os-release (e.g. Debian GNU/Linux 7 (wheezy)).',
      1,
    ],
    [
      'Kernel-Version',
      'string',
      "Kernel Version reported by the node from 'uname -r' (e.g. 3.16.0-0.bpo.4-amd64).",
      1,
    ],
    [
      'Container-Runtime',
      'string',
      'ContainerRuntime Version reported by the node through runtime remote API (e.g. containerd://1.4.2).',
      1,
    ],
  ],
  EndpointSlice: [
    nameCol,
    [
      'AddressType',
      'string',
      'addressType specifies the type of address carried by this EndpointSlice. All addresses in this slice must be the same type.',
    ],
    [
      'Ports',
      'string',
      'ports specifies the list of network ports exposed by each endpoint in this slice.',
    ],
    [
      'Endpoints',
      'string',
      'endpoints is a list of unique endpoints in this slice. Each slice may include a maximum of 1000 endpoints.',
    ],
    ageCol,
  ],
  Endpoints: [
    nameCol,
    [
      'Endpoints',
      'string',
      'The set of all endpoints is the union of all subsets. Addresses are placed into subsets according to the IPs they share.',
    ],
    ageCol,
  ],
  NetworkPolicy: [
    nameCol,
    [
      'Pod-Selector',
      'string',
      'podSelector selects the pods to which this NetworkPolicy object applies.',
    ],
    ageCol,
  ],
  Ingress: [
    nameCol,
    [
      'Class',
      'string',
      'The name of the IngressClass resource that should be used for additional configuration',
    ],
    ['Hosts', 'string', 'Hosts that incoming requests are matched against before the ingress rule'],
    ['Address', 'string', 'Address is a list containing ingress points for the load-balancer'],
    ['Ports', 'string', 'Ports of TLS configurations that open'],
    ageCol,
  ],
  IngressClass: [
    nameCol,
    ['Controller', 'string', 'Controller that is responsible for handling this class'],
    ['Parameters', 'string', 'A reference to a resource with additional parameters'],
    ageCol,
  ],
  Secret: [
    nameCol,
    [
      'Type',
      'string',
      'Used to facilitate programmatic handling of secret data. More info: https://kubernetes.io/docs/concepts/configuration/secret/#secret-types',
    ],
    ['Data', 'string', 'Data contains the secret data.'],
    ageCol,
  ],
  Event: [
    [
      'Last Seen',
      'string',
      'The time at which the most recent occurrence of this event was recorded.',
    ],
    [
      'Type',
      'string',
      'Type of this event (Normal, Warning), new types could be added in the future',
    ],
    [
      'Reason',
      'string',
      "This should be a short, machine understandable string that gives the reason for the transition into the object's current status.",
    ],
    ['Object', 'string', 'The object that this event is about.'],
    [
      'Subobject',
      'string',
      'If referring to a piece of an object instead of an entire object, this string should contain a valid JSON/Go field access statement.',
      1,
    ],
    [
      'Source',
      'string',
      'The component reporting this event. Should be a short machine understandable string.',
      1,
    ],
    ['Message', 'string', 'A human-readable description of the status of this operation.'],
    [
      'First Seen',
      'string',
      'The time at which the event was first recorded. (Time of server receipt is in TypeMeta.)',
      1,
    ],
    ['Count', 'string', 'The number of times this event has occurred.', 1],
    ['Name', 'string', NAME_DOC, 1, 'name'],
  ],
};

/** rest.DefaultTableConvertor's columns, for kinds without a printer. */
const defaultColumns: Col[] = [nameCol, ['Created At', 'date', AGE_DOC]];

/** The column definitions the API server registers per kind, for the kinds' definitions. */
export const COLUMNS: Readonly<Record<string, TableColumnDefinition[]>> = Object.fromEntries(
  Object.entries(defs).map(([kind, cols]) => [kind, cols.map(col)]),
);

/** rest.DefaultTableConvertor's NAME / CREATED AT, for kinds without a printer. */
export const DEFAULT_COLUMNS: TableColumnDefinition[] = defaultColumns.map(col);
