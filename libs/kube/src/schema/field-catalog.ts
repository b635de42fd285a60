/**
 * A compact, hand-written description of the upstream types behind the sandbox's kinds
 * (k8s.io/api core/v1, apps/v1, networking/v1, discovery/v1, autoscaling/v1 and
 * apimachinery meta/v1), from which the OpenAPI v3 documents are generated. Names, field names,
 * types, required lists and enums follow upstream; descriptions are upstream's, shortened where
 * long. Fields the sandbox does not model in depth are `object`s that preserve unknown fields, so
 * valid manifests still validate. Patch metadata is not repeated here: it comes from @app/kube's
 * PATCH_SCHEMAS.
 */

/** A field type: a scalar, a reference to another type, or a list/map of one. */
export type FieldType =
  | 'string'
  | 'int32'
  | 'int64'
  | 'boolean'
  | 'number'
  | 'byte'
  | 'date-time'
  | 'object'
  | { ref: string }
  | { list: FieldType }
  | { map: FieldType };

export interface FieldDef {
  type: FieldType;
  doc: string;
  enum?: string[];
  default?: unknown;
}

export interface TypeDef {
  doc: string;
  fields: Record<string, FieldDef>;
  required?: string[];
  /** A scalar-like type (Time, IntOrString, Quantity): emitted as this schema instead of an object. */
  scalar?: Record<string, unknown>;
}

const f = (type: FieldType, doc: string, extra: Partial<FieldDef> = {}): FieldDef => ({
  type,
  doc,
  ...extra,
});
const ref = (name: string): FieldType => ({ ref: name });
const list = (t: FieldType): FieldType => ({ list: t });
const map = (t: FieldType): FieldType => ({ map: t });

export const META = 'io.k8s.apimachinery.pkg.apis.meta.v1';
export const CORE = 'io.k8s.api.core.v1';
export const APPS = 'io.k8s.api.apps.v1';
export const NET = 'io.k8s.api.networking.v1';
export const DISC = 'io.k8s.api.discovery.v1';
export const AUTOSCALING = 'io.k8s.api.autoscaling.v1';
const INT_OR_STRING = 'io.k8s.apimachinery.pkg.util.intstr.IntOrString';
const QUANTITY = 'io.k8s.apimachinery.pkg.api.resource.Quantity';

export const API_VERSION_DOC =
  'APIVersion defines the versioned schema of this representation of an object. Servers should convert recognized schemas to the latest internal value, and may reject unrecognized values. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#resources';
export const KIND_DOC =
  'Kind is a string value representing the REST resource this object represents. Servers may infer this from the endpoint the client submits requests to. Cannot be updated. In CamelCase. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds';
export const METADATA_DOC =
  "Standard object's metadata. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata";
const SPEC_DOC = (what: string) =>
  `Spec defines the behavior of ${what}. https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status`;
const STATUS_DOC = (what: string) =>
  `Most recently observed status of ${what}. Populated by the system. Read-only. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status`;
const PROTOCOLS = ['SCTP', 'TCP', 'UDP'];
const conditionFields = (what: string): Record<string, FieldDef> => ({
  type: f('string', `Type of ${what} condition.`),
  status: f('string', 'Status of the condition, one of True, False, Unknown.'),
  lastTransitionTime: f(
    ref(`${META}.Time`),
    'Last time the condition transitioned from one status to another.',
  ),
  reason: f('string', "Unique, one-word, CamelCase reason for the condition's last transition."),
  message: f('string', 'Human-readable message indicating details about last transition.'),
});
const loose = (doc: string) => f('object', doc);

/** Every type, by its upstream OpenAPI name. */
export const TYPES: Record<string, TypeDef> = {
  // ---- meta/v1 and friends ----
  [`${META}.Time`]: {
    doc: 'Time is a wrapper around time.Time which supports correct marshaling to YAML and JSON.',
    fields: {},
    scalar: { type: 'string', format: 'date-time' },
  },
  [`${META}.MicroTime`]: {
    doc: 'MicroTime is version of Time with microsecond level precision.',
    fields: {},
    scalar: { type: 'string', format: 'date-time' },
  },
  [INT_OR_STRING]: {
    doc: 'IntOrString is a type that can hold an int32 or a string.  When used in JSON or YAML marshalling and unmarshalling, it produces or consumes the inner type.  This allows you to have, for example, a JSON field that can accept a name or number.',
    fields: {},
    scalar: { type: 'string', format: 'int-or-string' },
  },
  [QUANTITY]: {
    doc: 'Quantity is a fixed-point representation of a number. It provides convenient marshaling/unmarshaling in JSON and YAML, in addition to String() and AsInt64() accessors.',
    fields: {},
    scalar: { type: 'string' },
  },
  [`${META}.FieldsV1`]: {
    doc: 'FieldsV1 stores a set of fields in a data structure like a Trie, in JSON format.',
    fields: {},
    scalar: { type: 'object' },
  },
  [`${META}.Patch`]: {
    doc: 'Patch is provided to give a concrete name and type to the Kubernetes PATCH request body.',
    fields: {},
    scalar: { type: 'object' },
  },
  [`${META}.ObjectMeta`]: {
    doc: 'ObjectMeta is metadata that all persisted resources must have, which includes all objects users must create.',
    fields: {
      annotations: f(
        map('string'),
        'Annotations is an unstructured key value map stored with a resource that may be set by external tools to store and retrieve arbitrary metadata. They are not queryable and should be preserved when modifying objects. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/annotations',
      ),
      creationTimestamp: f(
        ref(`${META}.Time`),
        'CreationTimestamp is a timestamp representing the server time when this object was created. It is not guaranteed to be set in happens-before order across separate operations. Clients may not set this value. It is represented in RFC3339 form and is in UTC.\n\nPopulated by the system. Read-only. Null for lists.',
      ),
      deletionGracePeriodSeconds: f(
        'int64',
        'Number of seconds allowed for this object to gracefully terminate before it will be removed from the system. Only set when deletionTimestamp is also set. May only be shortened. Read-only.',
      ),
      deletionTimestamp: f(
        ref(`${META}.Time`),
        'DeletionTimestamp is RFC 3339 date and time at which this resource will be deleted. This field is set by the server when a graceful deletion is requested by the user, and is not directly settable by a client.\n\nPopulated by the system when a graceful deletion is requested. Read-only.',
      ),
      finalizers: f(
        list('string'),
        'Must be empty before the object is deleted from the registry. Each entry is an identifier for the responsible component that will remove the entry from the list.',
      ),
      generateName: f(
        'string',
        'GenerateName is an optional prefix, used by the server, to generate a unique name ONLY IF the Name field has not been provided.',
      ),
      generation: f(
        'int64',
        'A sequence number representing a specific generation of the desired state. Populated by the system. Read-only.',
      ),
      labels: f(
        map('string'),
        'Map of string keys and values that can be used to organize and categorize (scope and select) objects. May match selectors of replication controllers and services. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/labels',
      ),
      managedFields: f(
        list(ref(`${META}.ManagedFieldsEntry`)),
        "ManagedFields maps workflow-id and version to the set of fields that are managed by that workflow. This is mostly for internal housekeeping, and users typically shouldn't need to set or understand this field.",
      ),
      name: f(
        'string',
        'Name must be unique within a namespace. Is required when creating resources, although some resources may allow a client to request the generation of an appropriate name automatically. Name is primarily intended for creation idempotence and configuration definition. Cannot be updated. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names#names',
      ),
      namespace: f(
        'string',
        'Namespace defines the space within which each name must be unique. An empty namespace is equivalent to the "default" namespace, but "default" is the canonical representation. Not all objects are required to be scoped to a namespace - the value of this field for those objects will be empty.\n\nMust be a DNS_LABEL. Cannot be updated. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/namespaces',
      ),
      ownerReferences: f(
        list(ref(`${META}.OwnerReference`)),
        'List of objects depended by this object. If ALL objects in the list have been deleted, this object will be garbage collected.',
      ),
      resourceVersion: f(
        'string',
        'An opaque value that represents the internal version of this object that can be used by clients to determine when objects have changed. Populated by the system. Read-only.',
      ),
      selfLink: f(
        'string',
        'Deprecated: selfLink is a legacy read-only field that is no longer populated by the system.',
      ),
      uid: f(
        'string',
        'UID is the unique in time and space value for this object. It is typically generated by the server on successful creation of a resource and is not allowed to change on PUT operations. Populated by the system. Read-only.',
      ),
    },
  },
  [`${META}.ListMeta`]: {
    doc: 'ListMeta describes metadata that synthetic resources must have, including lists and various status objects.',
    fields: {
      continue: f(
        'string',
        'continue may be set if the user set a limit on the number of items returned.',
      ),
      remainingItemCount: f(
        'int64',
        'remainingItemCount is the number of subsequent items in the list which are not included in this list response.',
      ),
      resourceVersion: f(
        'string',
        "String that identifies the server's internal version of this object that can be used by clients to determine when objects have changed.",
      ),
      selfLink: f(
        'string',
        'Deprecated: selfLink is a legacy read-only field that is no longer populated by the system.',
      ),
    },
  },
  [`${META}.OwnerReference`]: {
    doc: 'OwnerReference contains enough information to let you identify an owning object. An owning object must be in the same namespace as the dependent, or be cluster-scoped, so there is no namespace field.',
    required: ['apiVersion', 'kind', 'name', 'uid'],
    fields: {
      apiVersion: f('string', 'API version of the referent.'),
      blockOwnerDeletion: f(
        'boolean',
        'If true, AND if the owner has the "foregroundDeletion" finalizer, then the owner cannot be deleted from the key-value store until this reference is removed.',
      ),
      controller: f('boolean', 'If true, this reference points to the managing controller.'),
      kind: f('string', 'Kind of the referent.'),
      name: f('string', 'Name of the referent.'),
      uid: f('string', 'UID of the referent.'),
    },
  },
  [`${META}.ManagedFieldsEntry`]: {
    doc: 'ManagedFieldsEntry is a workflow-id, a FieldSet and the group version of the resource that the fieldset applies to.',
    fields: {
      apiVersion: f(
        'string',
        'APIVersion defines the version of this resource that this field set applies to.',
      ),
      fieldsType: f(
        'string',
        'FieldsType is the discriminator for the different fields format and version. There is currently only one possible value: "FieldsV1"',
      ),
      fieldsV1: f(
        ref(`${META}.FieldsV1`),
        'FieldsV1 holds the first JSON version format as described in the "FieldsV1" type.',
      ),
      manager: f('string', 'Manager is an identifier of the workflow managing these fields.'),
      operation: f(
        'string',
        "Operation is the type of operation which lead to this ManagedFieldsEntry being created. The only valid values for this field are 'Apply' and 'Update'.",
      ),
      subresource: f(
        'string',
        'Subresource is the name of the subresource used to update that object, or empty string if the object was updated through the main resource.',
      ),
      time: f(
        ref(`${META}.Time`),
        'Time is the timestamp of when the ManagedFields entry was added.',
      ),
    },
  },
  [`${META}.LabelSelector`]: {
    doc: 'A label selector is a label query over a set of resources. The result of matchLabels and matchExpressions are ANDed. An empty label selector matches all objects. A null label selector matches no objects.',
    fields: {
      matchExpressions: f(
        list(ref(`${META}.LabelSelectorRequirement`)),
        'matchExpressions is a list of label selector requirements. The requirements are ANDed.',
      ),
      matchLabels: f(
        map('string'),
        'matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels map is equivalent to an element of matchExpressions, whose key field is "key", the operator is "In", and the values array contains only "value". The requirements are ANDed.',
      ),
    },
  },
  [`${META}.LabelSelectorRequirement`]: {
    doc: 'A label selector requirement is a selector that contains values, a key, and an operator that relates the key and values.',
    required: ['key', 'operator'],
    fields: {
      key: f('string', 'key is the label key that the selector applies to.'),
      operator: f(
        'string',
        "operator represents a key's relationship to a set of values. Valid operators are In, NotIn, Exists and DoesNotExist.",
      ),
      values: f(
        list('string'),
        'values is an array of string values. If the operator is In or NotIn, the values array must be non-empty. If the operator is Exists or DoesNotExist, the values array must be empty.',
      ),
    },
  },
  [`${META}.Status`]: {
    doc: "Status is a return value for calls that don't return other objects.",
    fields: {
      apiVersion: f('string', API_VERSION_DOC),
      code: f('int32', 'Suggested HTTP return code for this status, 0 if not set.'),
      details: loose('Extended data associated with the reason.'),
      kind: f('string', KIND_DOC),
      message: f('string', 'A human-readable description of the status of this operation.'),
      metadata: f(ref(`${META}.ListMeta`), 'Standard list metadata.'),
      reason: f(
        'string',
        'A machine-readable description of why this operation is in the "Failure" status.',
      ),
      status: f('string', 'Status of the operation. One of: "Success" or "Failure".'),
    },
  },
  [`${META}.DeleteOptions`]: {
    doc: 'DeleteOptions may be provided when deleting an API object.',
    fields: {
      apiVersion: f('string', API_VERSION_DOC),
      dryRun: f(
        list('string'),
        'When present, indicates that modifications should not be persisted.',
      ),
      gracePeriodSeconds: f(
        'int64',
        'The duration in seconds before the object should be deleted.',
      ),
      kind: f('string', KIND_DOC),
      preconditions: loose('Must be fulfilled before a deletion is carried out.'),
      propagationPolicy: f(
        'string',
        "Whether and how garbage collection will be performed. Acceptable values are: 'Orphan', 'Background', 'Foreground'.",
      ),
    },
  },

  // ---- core/v1: Pod ----
  [`${CORE}.Pod`]: {
    doc: 'Pod is a collection of containers that can run on a host. This resource is created by clients and scheduled onto hosts.',
    fields: {
      spec: f(ref(`${CORE}.PodSpec`), SPEC_DOC('the pod')),
      status: f(ref(`${CORE}.PodStatus`), STATUS_DOC('the pod')),
    },
  },
  [`${CORE}.PodSpec`]: {
    doc: 'PodSpec is a description of a pod.',
    required: ['containers'],
    fields: {
      activeDeadlineSeconds: f(
        'int64',
        'Optional duration in seconds the pod may be active on the node relative to StartTime before the system will actively try to mark it failed and kill associated containers.',
      ),
      affinity: loose("If specified, the pod's scheduling constraints"),
      automountServiceAccountToken: f(
        'boolean',
        'AutomountServiceAccountToken indicates whether a service account token should be automatically mounted.',
      ),
      containers: f(
        list(ref(`${CORE}.Container`)),
        'List of containers belonging to the pod. Containers cannot currently be added or removed. There must be at least one container in a Pod. Cannot be updated.',
      ),
      dnsConfig: f(
        ref(`${CORE}.PodDNSConfig`),
        'Specifies the DNS parameters of a pod. Parameters specified here will be merged to the generated DNS configuration based on DNSPolicy.',
      ),
      dnsPolicy: f(
        'string',
        "Set DNS policy for the pod. Defaults to \"ClusterFirst\". Valid values are 'ClusterFirstWithHostNet', 'ClusterFirst', 'Default' or 'None'.",
        { enum: ['ClusterFirst', 'ClusterFirstWithHostNet', 'Default', 'None'] },
      ),
      enableServiceLinks: f(
        'boolean',
        "EnableServiceLinks indicates whether information about services should be injected into pod's environment variables, matching the syntax of Docker links. Optional: Defaults to true.",
      ),
      hostAliases: loose(
        "HostAliases is an optional list of hosts and IPs that will be injected into the pod's hosts file if specified.",
      ),
      hostNetwork: f(
        'boolean',
        "Host networking requested for this pod. Use the host's network namespace. Default to false.",
      ),
      hostname: f(
        'string',
        "Specifies the hostname of the Pod If not specified, the pod's hostname will be set to a system-defined value.",
      ),
      imagePullSecrets: f(
        list(ref(`${CORE}.LocalObjectReference`)),
        'ImagePullSecrets is an optional list of references to secrets in the same namespace to use for pulling any of the images used by this PodSpec.',
      ),
      initContainers: f(
        list(ref(`${CORE}.Container`)),
        'List of initialization containers belonging to the pod. Init containers are executed in order prior to containers being started.',
      ),
      nodeName: f(
        'string',
        'NodeName indicates in which node this pod is scheduled. If empty, this pod is a candidate for scheduling by the scheduler defined in schedulerName.',
      ),
      nodeSelector: f(
        map('string'),
        "NodeSelector is a selector which must be true for the pod to fit on a node. Selector which must match a node's labels for the pod to be scheduled on that node.",
      ),
      priorityClassName: f('string', "If specified, indicates the pod's priority."),
      readinessGates: f(
        list(ref(`${CORE}.PodReadinessGate`)),
        'If specified, all readiness gates will be evaluated for pod readiness. A pod is ready when all its containers are ready AND all conditions specified in the readiness gates have status equal to "True"',
      ),
      restartPolicy: f(
        'string',
        'Restart policy for all containers within the pod. One of Always, OnFailure, Never. Default to Always.',
        { enum: ['Always', 'Never', 'OnFailure'] },
      ),
      schedulerName: f(
        'string',
        'If specified, the pod will be dispatched by specified scheduler.',
      ),
      securityContext: loose(
        'SecurityContext holds pod-level security attributes and common container settings.',
      ),
      serviceAccountName: f(
        'string',
        'ServiceAccountName is the name of the ServiceAccount to use to run this pod.',
      ),
      subdomain: f(
        'string',
        'If specified, the fully qualified Pod hostname will be "<hostname>.<subdomain>.<pod namespace>.svc.<cluster domain>". If not specified, the pod will not have a domainname at all.',
      ),
      terminationGracePeriodSeconds: f(
        'int64',
        'Optional duration in seconds the pod needs to terminate gracefully. Defaults to 30 seconds.',
      ),
      tolerations: f(list('object'), "If specified, the pod's tolerations."),
      topologySpreadConstraints: f(
        list('object'),
        'TopologySpreadConstraints describes how a group of pods ought to spread across topology domains.',
      ),
      volumes: f(
        list(ref(`${CORE}.Volume`)),
        'List of volumes that can be mounted by containers belonging to the pod. More info: https://kubernetes.io/docs/concepts/storage/volumes',
      ),
    },
  },
  [`${CORE}.LocalObjectReference`]: {
    doc: 'LocalObjectReference contains enough information to let you locate the referenced object inside the same namespace.',
    fields: { name: f('string', 'Name of the referent.', { default: '' }) },
  },
  [`${CORE}.PodReadinessGate`]: {
    doc: 'PodReadinessGate contains the reference to a pod condition',
    required: ['conditionType'],
    fields: {
      conditionType: f(
        'string',
        "ConditionType refers to a condition in the pod's condition list with matching type.",
      ),
    },
  },
  [`${CORE}.PodDNSConfig`]: {
    doc: 'PodDNSConfig defines the DNS parameters of a pod in addition to those generated from DNSPolicy.',
    fields: {
      nameservers: f(
        list('string'),
        'A list of DNS name server IP addresses. This will be appended to the base nameservers generated from DNSPolicy. Duplicated nameservers will be removed.',
      ),
      options: f(
        list(ref(`${CORE}.PodDNSConfigOption`)),
        'A list of DNS resolver options. This will be merged with the base options generated from DNSPolicy. Duplicated entries will be removed.',
      ),
      searches: f(
        list('string'),
        'A list of DNS search domains for host-name lookup. This will be appended to the base search paths generated from DNSPolicy. Duplicated search paths will be removed.',
      ),
    },
  },
  [`${CORE}.PodDNSConfigOption`]: {
    doc: 'PodDNSConfigOption defines DNS resolver options of a pod.',
    fields: {
      name: f('string', "Name is this DNS resolver option's name. Required."),
      value: f('string', "Value is this DNS resolver option's value."),
    },
  },
  [`${CORE}.Container`]: {
    doc: 'A single application container that you want to run within a pod.',
    required: ['name'],
    fields: {
      args: f(
        list('string'),
        "Arguments to the entrypoint. The container image's CMD is used if this is not provided.",
      ),
      command: f(
        list('string'),
        "Entrypoint array. Not executed within a shell. The container image's ENTRYPOINT is used if this is not provided.",
      ),
      env: f(
        list(ref(`${CORE}.EnvVar`)),
        'List of environment variables to set in the container. Cannot be updated.',
      ),
      envFrom: f(
        list('object'),
        'List of sources to populate environment variables in the container.',
      ),
      image: f(
        'string',
        'Container image name. More info: https://kubernetes.io/docs/concepts/containers/images',
      ),
      imagePullPolicy: f(
        'string',
        'Image pull policy. One of Always, Never, IfNotPresent. Defaults to Always if :latest tag is specified, or IfNotPresent otherwise.',
        { enum: ['Always', 'IfNotPresent', 'Never'] },
      ),
      lifecycle: loose(
        'Actions that the management system should take in response to container lifecycle events.',
      ),
      livenessProbe: f(
        ref(`${CORE}.Probe`),
        'Periodic probe of container liveness. Container will be restarted if the probe fails.',
      ),
      name: f(
        'string',
        'Name of the container specified as a DNS_LABEL. Each container in a pod must have a unique name (DNS_LABEL). Cannot be updated.',
      ),
      ports: f(
        list(ref(`${CORE}.ContainerPort`)),
        'List of ports to expose from the container. Not specifying a port here DOES NOT prevent that port from being exposed. Any port which is listening on the default "0.0.0.0" address inside a container will be accessible from the network. Cannot be updated.',
      ),
      readinessProbe: f(
        ref(`${CORE}.Probe`),
        'Periodic probe of container service readiness. Container will be removed from service endpoints if the probe fails.',
      ),
      resources: f(
        ref(`${CORE}.ResourceRequirements`),
        'Compute Resources required by this container. Cannot be updated.',
      ),
      restartPolicy: f(
        'string',
        'RestartPolicy defines the restart behavior of individual containers in a pod. The only allowed value is "Always", for init containers (sidecars).',
      ),
      securityContext: loose(
        'SecurityContext defines the security options the container should be run with.',
      ),
      startupProbe: f(
        ref(`${CORE}.Probe`),
        'StartupProbe indicates that the Pod has successfully initialized.',
      ),
      stdin: f(
        'boolean',
        'Whether this container should allocate a buffer for stdin in the container runtime.',
      ),
      terminationMessagePath: f(
        'string',
        "Optional: Path at which the file to which the container's termination message will be written is mounted into the container's filesystem.",
      ),
      terminationMessagePolicy: f(
        'string',
        'Indicate how the termination message should be populated.',
        { enum: ['FallbackToLogsOnError', 'File'] },
      ),
      tty: f('boolean', 'Whether this container should allocate a TTY for itself.'),
      volumeMounts: f(
        list(ref(`${CORE}.VolumeMount`)),
        "Pod volumes to mount into the container's filesystem. Cannot be updated.",
      ),
      workingDir: f('string', "Container's working directory."),
    },
  },
  [`${CORE}.ContainerPort`]: {
    doc: 'ContainerPort represents a network port in a single container.',
    required: ['containerPort'],
    fields: {
      containerPort: f(
        'int32',
        "Number of port to expose on the pod's IP address. This must be a valid port number, 0 < x < 65536.",
      ),
      hostIP: f('string', 'What host IP to bind the external port to.'),
      hostPort: f(
        'int32',
        'Number of port to expose on the host. If specified, this must be a valid port number, 0 < x < 65536.',
      ),
      name: f(
        'string',
        'If specified, this must be an IANA_SVC_NAME and unique within the pod. Each named port in a pod must have a unique name. Name for the port that can be referred to by services.',
      ),
      protocol: f('string', 'Protocol for port. Must be UDP, TCP, or SCTP. Defaults to "TCP".', {
        enum: PROTOCOLS,
        default: 'TCP',
      }),
    },
  },
  [`${CORE}.EnvVar`]: {
    doc: 'EnvVar represents an environment variable present in a Container.',
    required: ['name'],
    fields: {
      name: f('string', 'Name of the environment variable. Must be a C_IDENTIFIER.'),
      value: f(
        'string',
        'Variable references $(VAR_NAME) are expanded using the previously defined environment variables in the container and any service environment variables. Defaults to "".',
      ),
      valueFrom: loose(
        "Source for the environment variable's value. Cannot be used if value is not empty.",
      ),
    },
  },
  [`${CORE}.VolumeMount`]: {
    doc: 'VolumeMount describes a mounting of a Volume within a container.',
    required: ['name', 'mountPath'],
    fields: {
      mountPath: f(
        'string',
        "Path within the container at which the volume should be mounted.  Must not contain ':'.",
      ),
      name: f('string', 'This must match the Name of a Volume.'),
      readOnly: f(
        'boolean',
        'Mounted read-only if true, read-write otherwise (false or unspecified). Defaults to false.',
      ),
      subPath: f(
        'string',
        'Path within the volume from which the container\'s volume should be mounted. Defaults to "" (volume\'s root).',
      ),
    },
  },
  [`${CORE}.Volume`]: {
    doc: 'Volume represents a named volume in a pod that may be accessed by any container in the pod.',
    required: ['name'],
    fields: {
      configMap: loose('configMap represents a configMap that should populate this volume'),
      emptyDir: loose("emptyDir represents a temporary directory that shares a pod's lifetime."),
      hostPath: loose(
        'hostPath represents a pre-existing file or directory on the host machine that is directly exposed to the container.',
      ),
      name: f('string', 'name of the volume. Must be a DNS_LABEL and unique within the pod.'),
      persistentVolumeClaim: loose(
        'persistentVolumeClaimVolumeSource represents a reference to a PersistentVolumeClaim in the same namespace.',
      ),
      projected: loose(
        'projected items for all in one resources secrets, configmaps, and downward API',
      ),
      secret: loose('secret represents a secret that should populate this volume.'),
    },
  },
  [`${CORE}.Probe`]: {
    doc: 'Probe describes a health check to be performed against a container to determine whether it is alive or ready to receive traffic.',
    fields: {
      exec: loose('Exec specifies a command to execute in the container.'),
      failureThreshold: f(
        'int32',
        'Minimum consecutive failures for the probe to be considered failed after having succeeded. Defaults to 3. Minimum value is 1.',
      ),
      grpc: loose('GRPC specifies a GRPC HealthCheckRequest.'),
      httpGet: loose('HTTPGet specifies an HTTP GET request to perform.'),
      initialDelaySeconds: f(
        'int32',
        'Number of seconds after the container has started before liveness probes are initiated.',
      ),
      periodSeconds: f(
        'int32',
        'How often (in seconds) to perform the probe. Default to 10 seconds. Minimum value is 1.',
      ),
      successThreshold: f(
        'int32',
        'Minimum consecutive successes for the probe to be considered successful after having failed. Defaults to 1.',
      ),
      tcpSocket: loose('TCPSocket specifies a connection to a TCP port.'),
      terminationGracePeriodSeconds: f(
        'int64',
        'Optional duration in seconds the pod needs to terminate gracefully upon probe failure.',
      ),
      timeoutSeconds: f(
        'int32',
        'Number of seconds after which the probe times out. Defaults to 1 second. Minimum value is 1.',
      ),
    },
  },
  [`${CORE}.ResourceRequirements`]: {
    doc: 'ResourceRequirements describes the compute resource requirements.',
    fields: {
      claims: f(
        list('object'),
        'Claims lists the names of resources, defined in spec.resourceClaims, that are used by this container.',
      ),
      limits: f(
        map(ref(QUANTITY)),
        'Limits describes the maximum amount of compute resources allowed.',
      ),
      requests: f(
        map(ref(QUANTITY)),
        'Requests describes the minimum amount of compute resources required.',
      ),
    },
  },
  [`${CORE}.PodStatus`]: {
    doc: 'PodStatus represents information about the status of a pod. Status may trail the actual state of a system, especially if the node that hosts the pod cannot contact the control plane.',
    fields: {
      conditions: f(
        list(ref(`${CORE}.PodCondition`)),
        'Current service state of pod. More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#pod-conditions',
      ),
      containerStatuses: f(
        list('object'),
        'Statuses of containers in this pod. Each container in the pod should have at most one status in this list.',
      ),
      hostIP: f(
        'string',
        'hostIP holds the IP address of the host to which the pod is assigned. Empty if the pod has not started yet.',
      ),
      hostIPs: f(
        list(ref(`${CORE}.HostIP`)),
        'hostIPs holds the IP addresses allocated to the host.',
      ),
      initContainerStatuses: f(list('object'), 'Statuses of init containers in this pod.'),
      message: f(
        'string',
        'A human readable message indicating details about why the pod is in this condition.',
      ),
      nominatedNodeName: f(
        'string',
        'nominatedNodeName is set only when this pod preempts other pods on the node, but it cannot be scheduled right away as preemption victims receive their graceful termination periods.',
      ),
      phase: f(
        'string',
        'The phase of a Pod is a simple, high-level summary of where the Pod is in its lifecycle.',
        { enum: ['Failed', 'Pending', 'Running', 'Succeeded', 'Unknown'] },
      ),
      podIP: f(
        'string',
        'podIP address allocated to the pod. Routable at least within the cluster. Empty if not yet allocated.',
      ),
      podIPs: f(
        list(ref(`${CORE}.PodIP`)),
        'podIPs holds the IP addresses allocated to the pod. If this field is specified, the 0th entry must match the podIP field.',
      ),
      qosClass: f(
        'string',
        'The Quality of Service (QOS) classification assigned to the pod based on resource requirements.',
      ),
      reason: f(
        'string',
        "A brief CamelCase message indicating details about why the pod is in this state. e.g. 'Evicted'",
      ),
      startTime: f(
        ref(`${META}.Time`),
        'RFC 3339 date and time at which the object was acknowledged by the Kubelet.',
      ),
    },
  },
  [`${CORE}.PodCondition`]: {
    doc: 'PodCondition contains details for the current condition of this pod.',
    required: ['type', 'status'],
    fields: {
      ...conditionFields('pod'),
      lastProbeTime: f(ref(`${META}.Time`), 'Last time we probed the condition.'),
    },
  },
  [`${CORE}.PodIP`]: {
    doc: 'PodIP represents a single IP address allocated to the pod.',
    required: ['ip'],
    fields: { ip: f('string', 'IP is the IP address assigned to the pod') },
  },
  [`${CORE}.HostIP`]: {
    doc: 'HostIP represents a single IP address allocated to the host.',
    required: ['ip'],
    fields: { ip: f('string', 'IP is the IP address assigned to the host') },
  },
  [`${CORE}.PodTemplateSpec`]: {
    doc: 'PodTemplateSpec describes the data a pod should have when created from a template',
    fields: {
      metadata: f(ref(`${META}.ObjectMeta`), METADATA_DOC),
      spec: f(ref(`${CORE}.PodSpec`), SPEC_DOC('the pod')),
    },
  },

  // ---- core/v1: Service ----
  [`${CORE}.Service`]: {
    doc: 'Service is a named abstraction of software service (for example, mysql) consisting of local port (for example 3306) that the proxy listens on, and the selector that determines which pods will answer requests sent through the proxy.',
    fields: {
      spec: f(ref(`${CORE}.ServiceSpec`), SPEC_DOC('a service')),
      status: f(ref(`${CORE}.ServiceStatus`), STATUS_DOC('a service')),
    },
  },
  [`${CORE}.ServiceSpec`]: {
    doc: 'ServiceSpec describes the attributes that a user creates on a service.',
    fields: {
      allocateLoadBalancerNodePorts: f(
        'boolean',
        'allocateLoadBalancerNodePorts defines if NodePorts will be automatically allocated for services with type LoadBalancer.  Default is "true".',
      ),
      clusterIP: f(
        'string',
        'clusterIP is the IP address of the service and is usually assigned randomly. If an address is specified manually, is in-range (as per system configuration), and is not in use, it will be allocated to the service; otherwise creation of the service will fail. This field may not be changed through updates unless the type field is also being changed to ExternalName (which requires this field to be blank) or the type field is being changed from ExternalName (in which case this field may optionally be specified, as describe above).  Valid values are "None", empty string (""), or a valid IP address. Setting this to "None" makes a "headless service" (no virtual IP), which is useful when direct endpoint connections are preferred and proxying is not required.  Only applies to types ClusterIP, NodePort, and LoadBalancer. If this field is specified when creating a Service of type ExternalName, creation will fail. More info: https://kubernetes.io/docs/concepts/services-networking/service/#virtual-ips-and-service-proxies',
      ),
      clusterIPs: f(
        list('string'),
        'ClusterIPs is a list of IP addresses assigned to this service, and are usually assigned randomly. If an address is specified manually, is in-range (as per system configuration), and is not in use, it will be allocated to the service; otherwise creation of the service will fail.',
      ),
      externalIPs: f(
        list('string'),
        'externalIPs is a list of IP addresses for which nodes in the cluster will also accept traffic for this service.  These IPs are not managed by Kubernetes.  The user is responsible for ensuring that traffic arrives at a node with this IP.  A common example is external load-balancers that are not part of the Kubernetes system.',
      ),
      externalName: f(
        'string',
        'externalName is the external reference that discovery mechanisms will return as an alias for this service (e.g. a DNS CNAME record). No proxying will be involved.  Must be a lowercase RFC-1123 hostname (https://tools.ietf.org/html/rfc1123) and requires `type` to be "ExternalName".',
      ),
      externalTrafficPolicy: f(
        'string',
        'externalTrafficPolicy describes how nodes distribute service traffic they receive on one of the Service\'s "externally-facing" addresses (NodePorts, ExternalIPs, and LoadBalancer IPs). If set to "Local", the proxy will configure the service in a way that assumes that external load balancers will take care of balancing the service traffic between nodes, and so each node will deliver traffic only to the node-local endpoints of the service, without masquerading the client source IP. If set to "Cluster" (the default), the proxy will use the cluster-wide endpoints.',
        { enum: ['Cluster', 'Local'] },
      ),
      healthCheckNodePort: f(
        'int32',
        'healthCheckNodePort specifies the healthcheck nodePort for the service. This only applies when type is set to LoadBalancer and externalTrafficPolicy is set to Local.',
      ),
      internalTrafficPolicy: f(
        'string',
        'InternalTrafficPolicy describes how nodes distribute service traffic they receive on the ClusterIP. If set to "Local", the proxy will assume that pods only want to talk to endpoints of the service on the same node as the pod, dropping the traffic if there are no local endpoints. The default value, "Cluster", uses the standard behavior of routing to all endpoints evenly (possibly modified by topology and other features).',
        { enum: ['Cluster', 'Local'] },
      ),
      ipFamilies: f(
        list('string'),
        'IPFamilies is a list of IP families (e.g. IPv4, IPv6) assigned to this service.',
      ),
      ipFamilyPolicy: f(
        'string',
        'IPFamilyPolicy represents the dual-stack-ness requested or required by this Service.',
        { enum: ['PreferDualStack', 'RequireDualStack', 'SingleStack'] },
      ),
      loadBalancerClass: f(
        'string',
        'loadBalancerClass is the class of the load balancer implementation this Service belongs to.',
      ),
      loadBalancerIP: f(
        'string',
        'Only applies to Service Type: LoadBalancer. This feature depends on whether the underlying cloud-provider supports specifying the loadBalancerIP when a load balancer is created. Deprecated.',
      ),
      loadBalancerSourceRanges: f(
        list('string'),
        'If specified and supported by the platform, this will restrict traffic through the cloud-provider load-balancer will be restricted to the specified client IPs.',
      ),
      ports: f(
        list(ref(`${CORE}.ServicePort`)),
        'The list of ports that are exposed by this service. More info: https://kubernetes.io/docs/concepts/services-networking/service/#virtual-ips-and-service-proxies',
      ),
      publishNotReadyAddresses: f(
        'boolean',
        "publishNotReadyAddresses indicates that any agent which deals with endpoints for this Service should disregard any indications of ready/not-ready. The primary use case for setting this field is for a StatefulSet's Headless Service to propagate SRV DNS records for its Pods for the purpose of peer discovery.",
      ),
      selector: f(
        map('string'),
        'Route service traffic to pods with label keys and values matching this selector. If empty or not present, the service is assumed to have an external process managing its endpoints, which Kubernetes will not modify. Only applies to types ClusterIP, NodePort, and LoadBalancer. Ignored if type is ExternalName. More info: https://kubernetes.io/docs/concepts/services-networking/service/',
      ),
      sessionAffinity: f(
        'string',
        'Supports "ClientIP" and "None". Used to maintain session affinity. Enable client IP based session affinity. Must be ClientIP or None. Defaults to None. More info: https://kubernetes.io/docs/concepts/services-networking/service/#virtual-ips-and-service-proxies',
        { enum: ['ClientIP', 'None'] },
      ),
      sessionAffinityConfig: f(
        ref(`${CORE}.SessionAffinityConfig`),
        'sessionAffinityConfig contains the configurations of session affinity.',
      ),
      trafficDistribution: f(
        'string',
        'TrafficDistribution offers a way to express preferences for how traffic is distributed to Service endpoints.',
      ),
      type: f(
        'string',
        'type determines how the Service is exposed. Defaults to ClusterIP. Valid options are ExternalName, ClusterIP, NodePort, and LoadBalancer. "ClusterIP" allocates a cluster-internal IP address for load-balancing to endpoints. Endpoints are determined by the selector or if that is not specified, by manual construction of an Endpoints object or EndpointSlice objects. If clusterIP is "None", no virtual IP is allocated and the endpoints are published as a set of endpoints rather than a virtual IP. "NodePort" builds on ClusterIP and allocates a port on every node which routes to the same endpoints as the clusterIP. "LoadBalancer" builds on NodePort and creates an external load-balancer (if supported in the current cloud) which routes to the same endpoints as the clusterIP. "ExternalName" aliases this service to the specified externalName. Several other fields do not apply to ExternalName services. More info: https://kubernetes.io/docs/concepts/services-networking/service/#publishing-services-service-types',
        { enum: ['ClusterIP', 'ExternalName', 'LoadBalancer', 'NodePort'] },
      ),
    },
  },
  [`${CORE}.SessionAffinityConfig`]: {
    doc: 'SessionAffinityConfig represents the configurations of session affinity.',
    fields: {
      clientIP: f(
        ref(`${CORE}.ClientIPConfig`),
        'clientIP contains the configurations of Client IP based session affinity.',
      ),
    },
  },
  [`${CORE}.ClientIPConfig`]: {
    doc: 'ClientIPConfig represents the configurations of Client IP based session affinity.',
    fields: {
      timeoutSeconds: f(
        'int32',
        'timeoutSeconds specifies the seconds of ClientIP type session sticky time. The value must be >0 && <=86400(for 1 day) if ServiceAffinity == "ClientIP". Default value is 10800(for 3 hours).',
      ),
    },
  },
  [`${CORE}.TypedLocalObjectReference`]: {
    doc: 'TypedLocalObjectReference contains enough information to let you locate the typed referenced object inside the same namespace.',
    required: ['kind', 'name'],
    fields: {
      apiGroup: f(
        'string',
        'APIGroup is the group for the resource being referenced. If APIGroup is not specified, the specified Kind must be in the core API group.',
      ),
      kind: f('string', 'Kind is the type of resource being referenced'),
      name: f('string', 'Name is the name of resource being referenced'),
    },
  },
  [`${CORE}.ServicePort`]: {
    doc: "ServicePort contains information on service's port.",
    required: ['port'],
    fields: {
      appProtocol: f(
        'string',
        'The application protocol for this port. This is used as a hint for implementations to offer richer behavior for protocols that they understand. This field follows standard Kubernetes label syntax.',
      ),
      name: f(
        'string',
        "The name of this port within the service. This must be a DNS_LABEL. All ports within a ServiceSpec must have unique names. When considering the endpoints for a Service, this must match the 'name' field in the EndpointPort. Optional if only one ServicePort is defined on this service.",
      ),
      nodePort: f(
        'int32',
        'The port on each node on which this service is exposed when type is NodePort or LoadBalancer.  Usually assigned by the system. If a value is specified, in-range, and not in use it will be used, otherwise the operation will fail.  If not specified, a port will be allocated if this Service requires one.  If this field is specified when creating a Service which does not need it, creation will fail. This field will be wiped when updating a Service to no longer need it (e.g. changing type from NodePort to ClusterIP). More info: https://kubernetes.io/docs/concepts/services-networking/service/#type-nodeport',
      ),
      port: f('int32', 'The port that will be exposed by this service.'),
      protocol: f(
        'string',
        'The IP protocol for this port. Supports "TCP", "UDP", and "SCTP". Default is TCP.',
        { enum: PROTOCOLS, default: 'TCP' },
      ),
      targetPort: f(
        ref(INT_OR_STRING),
        "Number or name of the port to access on the pods targeted by the service. Number must be in the range 1 to 65535. Name must be an IANA_SVC_NAME. If this is a string, it will be looked up as a named port in the target Pod's container ports. If this is not specified, the value of the 'port' field is used (an identity map). This field is ignored for services with clusterIP=None, and should be omitted or set equal to the 'port' field. More info: https://kubernetes.io/docs/concepts/services-networking/service/#defining-a-service",
      ),
    },
  },
  [`${CORE}.ServiceStatus`]: {
    doc: 'ServiceStatus represents the current status of a service.',
    fields: {
      conditions: f(list(ref(`${META}.Condition`)), 'Current service state'),
      loadBalancer: f(
        ref(`${CORE}.LoadBalancerStatus`),
        'LoadBalancer contains the current status of the load-balancer, if one is present.',
      ),
    },
  },
  [`${META}.Condition`]: {
    doc: 'Condition contains details for one aspect of the current state of this API Resource.',
    required: ['type', 'status', 'lastTransitionTime', 'reason', 'message'],
    fields: {
      ...conditionFields('the'),
      observedGeneration: f(
        'int64',
        'observedGeneration represents the .metadata.generation that the condition was set based upon.',
      ),
    },
  },
  [`${CORE}.LoadBalancerStatus`]: {
    doc: 'LoadBalancerStatus represents the status of a load-balancer.',
    fields: {
      ingress: f(
        list(ref(`${CORE}.LoadBalancerIngress`)),
        'Ingress is a list containing ingress points for the load-balancer. Traffic intended for the service should be sent to these ingress points.',
      ),
    },
  },
  [`${CORE}.LoadBalancerIngress`]: {
    doc: 'LoadBalancerIngress represents the status of a load-balancer ingress point: traffic intended for the service should be sent to an ingress point.',
    fields: {
      hostname: f(
        'string',
        'Hostname is set for load-balancer ingress points that are DNS based (typically AWS load-balancers)',
      ),
      ip: f(
        'string',
        'IP is set for load-balancer ingress points that are IP based (typically GCE or OpenStack load-balancers)',
      ),
      ipMode: f(
        'string',
        'IPMode specifies how the load-balancer IP behaves, and may only be specified when the ip field is specified.',
      ),
      ports: f(
        list('object'),
        'Ports is a list of records of service ports If used, every port defined in the service should have an entry in it',
      ),
    },
  },

  // ---- core/v1: Namespace, Node, Secret, Event, Endpoints ----
  [`${CORE}.Namespace`]: {
    doc: 'Namespace provides a scope for Names. Use of multiple namespaces is optional.',
    fields: {
      spec: f(ref(`${CORE}.NamespaceSpec`), SPEC_DOC('the Namespace')),
      status: f(ref(`${CORE}.NamespaceStatus`), STATUS_DOC('the Namespace')),
    },
  },
  [`${CORE}.NamespaceSpec`]: {
    doc: 'NamespaceSpec describes the attributes on a Namespace.',
    fields: {
      finalizers: f(
        list('string'),
        'Finalizers is an opaque list of values that must be empty to permanently remove object from storage.',
      ),
    },
  },
  [`${CORE}.NamespaceStatus`]: {
    doc: 'NamespaceStatus is information about the current status of a Namespace.',
    fields: {
      conditions: f(
        list('object'),
        "Represents the latest available observations of a namespace's current state.",
      ),
      phase: f('string', 'Phase is the current lifecycle phase of the namespace.', {
        enum: ['Active', 'Terminating'],
      }),
    },
  },
  [`${CORE}.Node`]: {
    doc: 'Node is a worker node in Kubernetes. Each node will have a unique identifier in the cache (i.e. in etcd).',
    fields: {
      spec: f(ref(`${CORE}.NodeSpec`), SPEC_DOC('a node')),
      status: f(ref(`${CORE}.NodeStatus`), STATUS_DOC('the node')),
    },
  },
  [`${CORE}.NodeSpec`]: {
    doc: 'NodeSpec describes the attributes that a node is created with.',
    fields: {
      podCIDR: f('string', 'PodCIDR represents the pod IP range assigned to the node.'),
      podCIDRs: f(
        list('string'),
        'podCIDRs represents the IP ranges assigned to the node for usage by Pods on that node.',
      ),
      providerID: f(
        'string',
        'ID of the node assigned by the cloud provider in the format: <ProviderName>://<ProviderSpecificNodeID>',
      ),
      taints: f(list('object'), "If specified, the node's taints."),
      unschedulable: f(
        'boolean',
        'Unschedulable controls node schedulability of new pods. By default, node is schedulable.',
      ),
    },
  },
  [`${CORE}.NodeStatus`]: {
    doc: 'NodeStatus is information about the current status of a node.',
    fields: {
      addresses: f(
        list(ref(`${CORE}.NodeAddress`)),
        'List of addresses reachable to the node. Queried from cloud provider, if available.',
      ),
      allocatable: f(
        map(ref(QUANTITY)),
        'Allocatable represents the resources of a node that are available for scheduling. Defaults to Capacity.',
      ),
      capacity: f(map(ref(QUANTITY)), 'Capacity represents the total resources of a node.'),
      conditions: f(
        list(ref(`${CORE}.NodeCondition`)),
        'Conditions is an array of current observed node conditions.',
      ),
      nodeInfo: f(ref(`${CORE}.NodeSystemInfo`), 'Set of ids/uuids to uniquely identify the node.'),
    },
  },
  [`${CORE}.NodeAddress`]: {
    doc: "NodeAddress contains information for the node's address.",
    required: ['type', 'address'],
    fields: {
      address: f('string', 'The node address.'),
      type: f('string', 'Node address type, one of Hostname, ExternalIP or InternalIP.'),
    },
  },
  [`${CORE}.NodeCondition`]: {
    doc: 'NodeCondition contains condition information for a node.',
    required: ['type', 'status'],
    fields: {
      ...conditionFields('node'),
      lastHeartbeatTime: f(ref(`${META}.Time`), 'Last time we got an update on a given condition.'),
    },
  },
  [`${CORE}.NodeSystemInfo`]: {
    doc: 'NodeSystemInfo is a set of ids/uuids to uniquely identify the node.',
    fields: Object.fromEntries(
      [
        'architecture',
        'bootID',
        'containerRuntimeVersion',
        'kernelVersion',
        'kubeProxyVersion',
        'kubeletVersion',
        'machineID',
        'operatingSystem',
        'osImage',
        'systemUUID',
      ].map((k) => [k, f('string', `${k} reported by the node.`)]),
    ),
  },
  [`${CORE}.Secret`]: {
    doc: 'Secret holds secret data of a certain type. The total bytes of the values in the Data field must be less than MaxSecretSize bytes.',
    fields: {
      data: f(
        map('byte'),
        "Data contains the secret data. Each key must consist of alphanumeric characters, '-', '_' or '.'. The serialized form of the secret data is a base64 encoded string.",
      ),
      immutable: f(
        'boolean',
        'Immutable, if set to true, ensures that data stored in the Secret cannot be updated (only object metadata can be modified).',
      ),
      stringData: f(
        map('string'),
        'stringData allows specifying non-binary secret data in string form. It is provided as a write-only input field for convenience.',
      ),
      type: f(
        'string',
        'Used to facilitate programmatic handling of secret data. More info: https://kubernetes.io/docs/concepts/configuration/secret/#secret-types',
      ),
    },
  },
  [`${CORE}.Event`]: {
    doc: 'Event is a report of an event somewhere in the cluster.',
    required: ['metadata', 'involvedObject'],
    fields: {
      action: f('string', 'What action was taken/failed regarding to the Regarding object.'),
      count: f('int32', 'The number of times this event has occurred.'),
      eventTime: f(ref(`${META}.MicroTime`), 'Time when this Event was first observed.'),
      firstTimestamp: f(
        ref(`${META}.Time`),
        'The time at which the event was first recorded. (Time of server receipt is in TypeMeta.)',
      ),
      involvedObject: f(ref(`${CORE}.ObjectReference`), 'The object that this event is about.'),
      lastTimestamp: f(
        ref(`${META}.Time`),
        'The time at which the most recent occurrence of this event was recorded.',
      ),
      message: f('string', 'A human-readable description of the status of this operation.'),
      reason: f(
        'string',
        "This should be a short, machine understandable string that gives the reason for the transition into the object's current status.",
      ),
      reportingComponent: f(
        'string',
        'Name of the controller that emitted this Event, e.g. `kubernetes.io/kubelet`.',
        { default: '' },
      ),
      reportingInstance: f('string', 'ID of the controller instance, e.g. `kubelet-xyzf`.', {
        default: '',
      }),
      source: f(
        ref(`${CORE}.EventSource`),
        'The component reporting this event. Should be a short machine understandable string.',
      ),
      type: f(
        'string',
        'Type of this event (Normal, Warning), new types could be added in the future',
      ),
    },
  },
  [`${CORE}.EventSource`]: {
    doc: 'EventSource contains information for an event.',
    fields: {
      component: f('string', 'Component from which the event is generated.'),
      host: f('string', 'Node name on which the event is generated.'),
    },
  },
  [`${CORE}.ObjectReference`]: {
    doc: 'ObjectReference contains enough information to let you inspect or modify the referred object.',
    fields: Object.fromEntries(
      ['apiVersion', 'fieldPath', 'kind', 'name', 'namespace', 'resourceVersion', 'uid'].map(
        (k) => [k, f('string', `${k[0].toUpperCase()}${k.slice(1)} of the referent.`)],
      ),
    ),
  },
  [`${CORE}.Endpoints`]: {
    doc: 'Endpoints is a collection of endpoints that implement the actual service.',
    fields: {
      subsets: f(
        list(ref(`${CORE}.EndpointSubset`)),
        'The set of all endpoints is the union of all subsets. Addresses are placed into subsets according to the IPs they share.',
      ),
    },
  },
  [`${CORE}.EndpointSubset`]: {
    doc: 'EndpointSubset is a group of addresses with a common set of ports.',
    fields: {
      addresses: f(
        list(ref(`${CORE}.EndpointAddress`)),
        'IP addresses which offer the related ports that are marked as ready.',
      ),
      notReadyAddresses: f(
        list(ref(`${CORE}.EndpointAddress`)),
        'IP addresses which offer the related ports but are not currently marked as ready because they have not yet finished starting, have recently failed a readiness check, or have recently failed a liveness check.',
      ),
      ports: f(
        list(ref(`${CORE}.EndpointPort`)),
        'Port numbers available on the related IP addresses.',
      ),
    },
  },
  [`${CORE}.EndpointAddress`]: {
    doc: 'EndpointAddress is a tuple that describes single IP address.',
    required: ['ip'],
    fields: {
      hostname: f('string', 'The Hostname of this endpoint'),
      ip: f('string', 'The IP of this endpoint.'),
      nodeName: f('string', 'Optional: Node hosting this endpoint.'),
      targetRef: f(ref(`${CORE}.ObjectReference`), 'Reference to object providing the endpoint.'),
    },
  },
  [`${CORE}.EndpointPort`]: {
    doc: 'EndpointPort is a tuple that describes a single port.',
    required: ['port'],
    fields: {
      appProtocol: f('string', 'The application protocol for this port.'),
      name: f(
        'string',
        "The name of this port.  This must match the 'name' field in the corresponding ServicePort.",
      ),
      port: f('int32', 'The port number of the endpoint.'),
      protocol: f(
        'string',
        'The IP protocol for this port. Must be UDP, TCP, or SCTP. Default is TCP.',
        { enum: PROTOCOLS },
      ),
    },
  },

  // ---- apps/v1 ----
  [`${APPS}.Deployment`]: {
    doc: 'Deployment enables declarative updates for Pods and ReplicaSets.',
    fields: {
      spec: f(
        ref(`${APPS}.DeploymentSpec`),
        'Specification of the desired behavior of the Deployment.',
      ),
      status: f(
        ref(`${APPS}.DeploymentStatus`),
        'Most recently observed status of the Deployment.',
      ),
    },
  },
  [`${APPS}.DeploymentSpec`]: {
    doc: 'DeploymentSpec is the specification of the desired behavior of the Deployment.',
    required: ['selector', 'template'],
    fields: {
      minReadySeconds: f(
        'int32',
        'Minimum number of seconds for which a newly created pod should be ready without any of its container crashing, for it to be considered available. Defaults to 0.',
      ),
      paused: f('boolean', 'Indicates that the deployment is paused.'),
      progressDeadlineSeconds: f(
        'int32',
        'The maximum time in seconds for a deployment to make progress before it is considered to be failed. Defaults to 600s.',
      ),
      replicas: f(
        'int32',
        'Number of desired pods. This is a pointer to distinguish between explicit zero and not specified. Defaults to 1.',
      ),
      revisionHistoryLimit: f(
        'int32',
        'The number of old ReplicaSets to retain to allow rollback. Defaults to 10.',
      ),
      selector: f(
        ref(`${META}.LabelSelector`),
        "Label selector for pods. Existing ReplicaSets whose pods are selected by this will be the ones affected by this deployment. It must match the pod template's labels.",
      ),
      strategy: f(
        ref(`${APPS}.DeploymentStrategy`),
        'The deployment strategy to use to replace existing pods with new ones.',
      ),
      template: f(
        ref(`${CORE}.PodTemplateSpec`),
        'Template describes the pods that will be created. The only allowed template.spec.restartPolicy value is "Always".',
      ),
    },
  },
  [`${APPS}.RollingUpdateDeployment`]: {
    doc: 'Spec to control the desired behavior of rolling update.',
    fields: {
      maxSurge: f(
        ref(INT_OR_STRING),
        'The maximum number of pods that can be scheduled above the desired number of pods. Value can be an absolute number (ex: 5) or a percentage of desired pods (ex: 10%). Defaults to 25%.',
      ),
      maxUnavailable: f(
        ref(INT_OR_STRING),
        'The maximum number of pods that can be unavailable during the update. Value can be an absolute number (ex: 5) or a percentage of desired pods (ex: 10%). Defaults to 25%.',
      ),
    },
  },
  [`${APPS}.DeploymentStrategy`]: {
    doc: 'DeploymentStrategy describes how to replace existing pods with new ones.',
    fields: {
      rollingUpdate: f(
        ref(`${APPS}.RollingUpdateDeployment`),
        'Rolling update config params. Present only if DeploymentStrategyType = RollingUpdate.',
      ),
      type: f(
        'string',
        'Type of deployment. Can be "Recreate" or "RollingUpdate". Default is RollingUpdate.',
        { enum: ['Recreate', 'RollingUpdate'] },
      ),
    },
  },
  [`${APPS}.DeploymentStatus`]: {
    doc: 'DeploymentStatus is the most recently observed status of the Deployment.',
    fields: {
      availableReplicas: f(
        'int32',
        'Total number of available pods (ready for at least minReadySeconds) targeted by this deployment.',
      ),
      conditions: f(
        list('object'),
        "Represents the latest available observations of a deployment's current state.",
      ),
      observedGeneration: f('int64', 'The generation observed by the deployment controller.'),
      readyReplicas: f(
        'int32',
        'readyReplicas is the number of pods targeted by this Deployment with a Ready Condition.',
      ),
      replicas: f(
        'int32',
        'Total number of non-terminated pods targeted by this deployment (their labels match the selector).',
      ),
      unavailableReplicas: f(
        'int32',
        'Total number of unavailable pods targeted by this deployment.',
      ),
      updatedReplicas: f(
        'int32',
        'Total number of non-terminated pods targeted by this deployment that have the desired template spec.',
      ),
    },
  },
  [`${APPS}.ReplicaSet`]: {
    doc: 'ReplicaSet ensures that a specified number of pod replicas are running at any given time.',
    fields: {
      spec: f(
        ref(`${APPS}.ReplicaSetSpec`),
        'Spec defines the specification of the desired behavior of the ReplicaSet.',
      ),
      status: f(
        ref(`${APPS}.ReplicaSetStatus`),
        'Status is the most recently observed status of the ReplicaSet.',
      ),
    },
  },
  [`${APPS}.ReplicaSetSpec`]: {
    doc: 'ReplicaSetSpec is the specification of a ReplicaSet.',
    required: ['selector'],
    fields: {
      minReadySeconds: f(
        'int32',
        'Minimum number of seconds for which a newly created pod should be ready without any of its container crashing, for it to be considered available.',
      ),
      replicas: f('int32', 'Replicas is the number of desired pods. Defaults to 1.'),
      selector: f(
        ref(`${META}.LabelSelector`),
        'Selector is a label query over pods that should match the replica count.',
      ),
      template: f(
        ref(`${CORE}.PodTemplateSpec`),
        'Template is the object that describes the pod that will be created if insufficient replicas are detected.',
      ),
    },
  },
  [`${APPS}.ReplicaSetStatus`]: {
    doc: 'ReplicaSetStatus represents the current status of a ReplicaSet.',
    required: ['replicas'],
    fields: {
      availableReplicas: f(
        'int32',
        'The number of available non-terminating pods (ready for at least minReadySeconds) for this replica set.',
      ),
      conditions: f(
        list('object'),
        "Represents the latest available observations of a replica set's current state.",
      ),
      fullyLabeledReplicas: f(
        'int32',
        'The number of non-terminating pods that have labels matching the labels of the pod template of the replicaset.',
      ),
      observedGeneration: f(
        'int64',
        'ObservedGeneration reflects the generation of the most recently observed ReplicaSet.',
      ),
      readyReplicas: f(
        'int32',
        'The number of non-terminating pods targeted by this ReplicaSet with a Ready Condition.',
      ),
      replicas: f(
        'int32',
        'Replicas is the most recently observed number of non-terminating pods.',
      ),
    },
  },
  [`${AUTOSCALING}.Scale`]: {
    doc: 'Scale represents a scaling request for a resource.',
    fields: {
      spec: f(ref(`${AUTOSCALING}.ScaleSpec`), 'spec defines the behavior of the scale.'),
      status: f(
        ref(`${AUTOSCALING}.ScaleStatus`),
        'status is the current status of the scale. Read-only.',
      ),
    },
  },
  [`${AUTOSCALING}.ScaleSpec`]: {
    doc: 'ScaleSpec describes the attributes of a scale subresource.',
    fields: {
      replicas: f('int32', 'replicas is the desired number of instances for the scaled object.'),
    },
  },
  [`${AUTOSCALING}.ScaleStatus`]: {
    doc: 'ScaleStatus represents the current status of a scale subresource.',
    required: ['replicas'],
    fields: {
      replicas: f(
        'int32',
        'replicas is the actual number of observed instances of the scaled object.',
      ),
      selector: f(
        'string',
        'selector is the label query over pods that should match the replicas count.',
      ),
    },
  },

  // ---- networking/v1 ----
  [`${NET}.NetworkPolicy`]: {
    doc: 'NetworkPolicy describes what network traffic is allowed for a set of Pods',
    fields: {
      spec: f(
        ref(`${NET}.NetworkPolicySpec`),
        'spec represents the specification of the desired behavior for this NetworkPolicy.',
      ),
    },
  },
  [`${NET}.NetworkPolicySpec`]: {
    doc: 'NetworkPolicySpec provides the specification of a NetworkPolicy',
    fields: {
      egress: f(
        list(ref(`${NET}.NetworkPolicyEgressRule`)),
        'egress is a list of egress rules to be applied to the selected pods. Outgoing traffic is allowed if there are no NetworkPolicies selecting the pod (and cluster policy otherwise allows the traffic), OR if the traffic matches at least one egress rule across all of the NetworkPolicy objects whose podSelector matches the pod.',
      ),
      ingress: f(
        list(ref(`${NET}.NetworkPolicyIngressRule`)),
        "ingress is a list of ingress rules to be applied to the selected pods. Traffic is allowed to a pod if there are no NetworkPolicies selecting the pod (and cluster policy otherwise allows the traffic), OR if the traffic source is the pod's local node, OR if the traffic matches at least one ingress rule across all of the NetworkPolicy objects whose podSelector matches the pod.",
      ),
      podSelector: f(
        ref(`${META}.LabelSelector`),
        "podSelector selects the pods to which this NetworkPolicy object applies. The array of rules is applied to any pods selected by this field. An empty selector matches all pods in the policy's namespace.",
      ),
      policyTypes: f(
        list('string'),
        'policyTypes is a list of rule types that the NetworkPolicy relates to. Valid options are ["Ingress"], ["Egress"], or ["Ingress", "Egress"]. If this field is not specified, it will default based on the existence of ingress or egress rules.',
      ),
    },
  },
  [`${NET}.NetworkPolicyIngressRule`]: {
    doc: "NetworkPolicyIngressRule describes a particular set of traffic that is allowed to the pods matched by a NetworkPolicySpec's podSelector. The traffic must match both ports and from.",
    fields: {
      from: f(
        list(ref(`${NET}.NetworkPolicyPeer`)),
        'from is a list of sources which should be able to access the pods selected for this rule. Items in this list are combined using a logical OR operation.',
      ),
      ports: f(
        list(ref(`${NET}.NetworkPolicyPort`)),
        'ports is a list of ports which should be made accessible on the pods selected for this rule. Each item in this list is combined using a logical OR.',
      ),
    },
  },
  [`${NET}.NetworkPolicyEgressRule`]: {
    doc: "NetworkPolicyEgressRule describes a particular set of traffic that is allowed out of pods matched by a NetworkPolicySpec's podSelector. The traffic must match both ports and to.",
    fields: {
      ports: f(
        list(ref(`${NET}.NetworkPolicyPort`)),
        'ports is a list of destination ports for outgoing traffic. Each item in this list is combined using a logical OR.',
      ),
      to: f(
        list(ref(`${NET}.NetworkPolicyPeer`)),
        'to is a list of destinations for outgoing traffic of pods selected for this rule. Items in this list are combined using a logical OR operation.',
      ),
    },
  },
  [`${NET}.NetworkPolicyPeer`]: {
    doc: 'NetworkPolicyPeer describes a peer to allow traffic to/from. Only certain combinations of fields are allowed',
    fields: {
      ipBlock: f(
        ref(`${NET}.IPBlock`),
        'ipBlock defines policy on a particular IPBlock. If this field is set then neither of the other fields can be.',
      ),
      namespaceSelector: f(
        ref(`${META}.LabelSelector`),
        'namespaceSelector selects namespaces using cluster-scoped labels. This field follows standard label selector semantics; if present but empty, it selects all namespaces.',
      ),
      podSelector: f(
        ref(`${META}.LabelSelector`),
        'podSelector is a label selector which selects pods. This field follows standard label selector semantics; if present but empty, it selects all pods.',
      ),
    },
  },
  [`${NET}.NetworkPolicyPort`]: {
    doc: 'NetworkPolicyPort describes a port to allow traffic on',
    fields: {
      endPort: f(
        'int32',
        'endPort indicates that the range of ports from port to endPort if set, inclusive, should be allowed by the policy.',
      ),
      port: f(
        ref(INT_OR_STRING),
        'port represents the port on the given protocol. This can either be a numerical or named port on a pod. If this field is not provided, this matches all port names and numbers.',
      ),
      protocol: f(
        'string',
        'protocol represents the protocol (TCP, UDP, or SCTP) which traffic must match. If not specified, this field defaults to TCP.',
        { enum: PROTOCOLS },
      ),
    },
  },
  [`${NET}.IPBlock`]: {
    doc: 'IPBlock describes a particular CIDR (Ex. "192.168.1.0/24","2001:db8::/64") that is allowed to the pods matched by a NetworkPolicySpec\'s podSelector.',
    required: ['cidr'],
    fields: {
      cidr: f(
        'string',
        'cidr is a string representing the IPBlock Valid examples are "192.168.1.0/24" or "2001:db8::/64"',
      ),
      except: f(
        list('string'),
        'except is a slice of CIDRs that should not be included within an IPBlock Valid examples are "192.168.1.0/24" or "2001:db8::/64" Except values will be rejected if they are outside the cidr range',
      ),
    },
  },
  [`${NET}.Ingress`]: {
    doc: 'Ingress is a collection of rules that allow inbound connections to reach the endpoints defined by a backend. An Ingress can be configured to give services externally-reachable urls, load balance traffic, terminate SSL, offer name based virtual hosting etc.',
    fields: {
      spec: f(ref(`${NET}.IngressSpec`), 'spec is the desired state of the Ingress.'),
      status: f(ref(`${NET}.IngressStatus`), 'status is the current state of the Ingress.'),
    },
  },
  [`${NET}.IngressSpec`]: {
    doc: 'IngressSpec describes the Ingress the user wishes to exist.',
    fields: {
      defaultBackend: f(
        ref(`${NET}.IngressBackend`),
        "defaultBackend is the backend that should handle requests that don't match any rule. If Rules are not specified, DefaultBackend must be specified.",
      ),
      ingressClassName: f(
        'string',
        'ingressClassName is the name of an IngressClass cluster resource. Ingress controller implementations use this field to know whether they should be serving this Ingress resource.',
      ),
      rules: f(
        list(ref(`${NET}.IngressRule`)),
        'rules is a list of host rules used to configure the Ingress. If unspecified, or no rule matches, all traffic is sent to the default backend.',
      ),
      tls: f(
        list(ref(`${NET}.IngressTLS`)),
        'tls represents the TLS configuration. Currently the Ingress only supports a single TLS port, 443.',
      ),
    },
  },
  [`${NET}.IngressBackend`]: {
    doc: 'IngressBackend describes all endpoints for a given service and port.',
    fields: {
      resource: f(
        ref(`${CORE}.TypedLocalObjectReference`),
        'resource is an ObjectRef to another Kubernetes resource in the namespace of the Ingress object. If resource is specified, a service.Name and service.Port must not be specified.',
      ),
      service: f(
        ref(`${NET}.IngressServiceBackend`),
        'service references a service as a backend. This is a mutually exclusive setting with "Resource".',
      ),
    },
  },
  [`${NET}.IngressServiceBackend`]: {
    doc: 'IngressServiceBackend references a Kubernetes Service as a Backend.',
    required: ['name'],
    fields: {
      name: f(
        'string',
        'name is the referenced service. The service must exist in the same namespace as the Ingress object.',
      ),
      port: f(
        ref(`${NET}.ServiceBackendPort`),
        'port of the referenced service. A port name or port number is required for a IngressServiceBackend.',
      ),
    },
  },
  [`${NET}.ServiceBackendPort`]: {
    doc: 'ServiceBackendPort is the service port being referenced.',
    fields: {
      name: f(
        'string',
        'name is the name of the port on the Service. This is a mutually exclusive setting with "Number".',
      ),
      number: f(
        'int32',
        'number is the numerical port number (e.g. 80) on the Service. This is a mutually exclusive setting with "Name".',
      ),
    },
  },
  [`${NET}.IngressRule`]: {
    doc: 'IngressRule represents the rules mapping the paths under a specified host to the related backend services. Incoming requests are first evaluated for a host match, then routed to the backend associated with the matching IngressRuleValue.',
    fields: {
      host: f(
        'string',
        'host is the fully qualified domain name of a network host, as defined by RFC 3986. Wildcard hosts ("*.foo.com") match a single DNS label.',
      ),
      http: f(
        ref(`${NET}.HTTPIngressRuleValue`),
        'HTTPIngressRuleValue is a list of http selectors pointing to backends.',
      ),
    },
  },
  [`${NET}.HTTPIngressRuleValue`]: {
    doc: "HTTPIngressRuleValue is a list of http selectors pointing to backends. In the example: http://<host>/<path>?<searchpart> -> backend where where parts of the url correspond to RFC 3986, this resource will be used to match against everything after the last '/' and before the first '?' or '#'.",
    required: ['paths'],
    fields: {
      paths: f(
        list(ref(`${NET}.HTTPIngressPath`)),
        'paths is a collection of paths that map requests to backends.',
      ),
    },
  },
  [`${NET}.HTTPIngressPath`]: {
    doc: 'HTTPIngressPath associates a path with a backend. Incoming urls matching the path are forwarded to the backend.',
    required: ['pathType', 'backend'],
    fields: {
      backend: f(
        ref(`${NET}.IngressBackend`),
        'backend defines the referenced service endpoint to which the traffic will be forwarded to.',
      ),
      path: f(
        'string',
        'path is matched against the path of an incoming request. Currently it can contain characters disallowed from the conventional "path" part of a URL as defined by RFC 3986. Paths must begin with a \'/\' and must be present when using PathType with value "Exact" or "Prefix".',
      ),
      pathType: f(
        'string',
        "pathType determines the interpretation of the path matching. PathType can be one of the following values: * Exact: Matches the URL path exactly. * Prefix: Matches based on a URL path prefix split by '/'. Matching is done on a path element by element basis. * ImplementationSpecific: Interpretation of the Path matching is up to the IngressClass.",
        { enum: ['Exact', 'ImplementationSpecific', 'Prefix'] },
      ),
    },
  },
  [`${NET}.IngressTLS`]: {
    doc: 'IngressTLS describes the transport layer security associated with an ingress.',
    fields: {
      hosts: f(
        list('string'),
        'hosts is a list of hosts included in the TLS certificate. The values in this list must match the name/s used in the tlsSecret.',
      ),
      secretName: f(
        'string',
        'secretName is the name of the secret used to terminate TLS traffic on port 443.',
      ),
    },
  },
  [`${NET}.IngressStatus`]: {
    doc: 'IngressStatus describe the current state of the Ingress.',
    fields: {
      loadBalancer: f(
        ref(`${NET}.IngressLoadBalancerStatus`),
        'loadBalancer contains the current status of the load-balancer.',
      ),
    },
  },
  [`${NET}.IngressLoadBalancerStatus`]: {
    doc: 'IngressLoadBalancerStatus represents the status of a load-balancer.',
    fields: {
      ingress: f(
        list('object'),
        'ingress is a list containing ingress points for the load-balancer.',
      ),
    },
  },
  [`${NET}.IngressClass`]: {
    doc: 'IngressClass represents the class of the Ingress, referenced by the Ingress Spec. The `ingressclass.kubernetes.io/is-default-class` annotation can be used to indicate that an IngressClass should be considered default.',
    fields: {
      spec: f(ref(`${NET}.IngressClassSpec`), 'spec is the desired state of the IngressClass.'),
    },
  },
  [`${NET}.IngressClassSpec`]: {
    doc: 'IngressClassSpec provides information about the class of an Ingress.',
    fields: {
      controller: f(
        'string',
        'controller refers to the name of the controller that should handle this class. This allows for different "flavors" that are controlled by the same controller. For example, you may have different parameters for the same implementing controller. This should be specified as a domain-prefixed path no more than 250 characters in length, e.g. "acme.io/ingress-controller". This field is immutable.',
      ),
      parameters: f(
        ref(`${NET}.IngressClassParametersReference`),
        'parameters is a link to a custom resource containing additional configuration for the controller.',
      ),
    },
  },

  [`${NET}.IngressClassParametersReference`]: {
    doc: 'IngressClassParametersReference identifies an API object. This can be used to specify a cluster or namespace-scoped resource.',
    required: ['kind', 'name'],
    fields: {
      apiGroup: f(
        'string',
        'apiGroup is the group for the resource being referenced. If APIGroup is not specified, the specified Kind must be in the core API group.',
      ),
      kind: f('string', 'kind is the type of resource being referenced.'),
      name: f('string', 'name is the name of resource being referenced.'),
      namespace: f(
        'string',
        'namespace is the namespace of the resource being referenced. This field is required when scope is set to "Namespace" and must be unset when scope is set to "Cluster".',
      ),
      scope: f(
        'string',
        'scope represents if this refers to a cluster or namespace scoped resource. This may be set to "Cluster" (default) or "Namespace".',
      ),
    },
  },

  // ---- discovery/v1 ----
  [`${DISC}.EndpointSlice`]: {
    doc: 'EndpointSlice represents a subset of the endpoints that implement a service. For a given service there may be multiple EndpointSlice objects, selected by labels, which must be joined to produce the full set of endpoints.',
    required: ['addressType', 'endpoints'],
    fields: {
      addressType: f(
        'string',
        'addressType specifies the type of address carried by this EndpointSlice. All addresses in this slice must be the same type. This field is immutable after creation. The following address types are currently supported: * IPv4: Represents an IPv4 Address. * IPv6: Represents an IPv6 Address. * FQDN: Represents a Fully Qualified Domain Name.',
        { enum: ['FQDN', 'IPv4', 'IPv6'] },
      ),
      endpoints: f(
        list(ref(`${DISC}.Endpoint`)),
        'endpoints is a list of unique endpoints in this slice. Each slice may include a maximum of 1000 endpoints.',
      ),
      ports: f(
        list(ref(`${DISC}.EndpointPort`)),
        'ports specifies the list of network ports exposed by each endpoint in this slice. Each port must have a unique name.',
      ),
    },
  },
  [`${DISC}.Endpoint`]: {
    doc: 'Endpoint represents a single logical "backend" implementing a service.',
    required: ['addresses'],
    fields: {
      addresses: f(
        list('string'),
        'addresses of this endpoint. The contents of this field are interpreted according to the corresponding EndpointSlice addressType field. Consumers must handle different types of addresses in the context of their own capabilities.',
      ),
      conditions: f(
        ref(`${DISC}.EndpointConditions`),
        'conditions contains information about the current status of the endpoint.',
      ),
      deprecatedTopology: f(
        map('string'),
        'deprecatedTopology contains topology information part of the v1beta1 API.',
      ),
      hints: loose(
        'hints contains information associated with how an endpoint should be consumed.',
      ),
      hostname: f(
        'string',
        'hostname of this endpoint. This field may be used by consumers of endpoints to distinguish endpoints from each other (e.g. in DNS names).',
      ),
      nodeName: f(
        'string',
        'nodeName represents the name of the Node hosting this endpoint. This can be used to determine endpoints local to a Node.',
      ),
      targetRef: f(
        ref(`${CORE}.ObjectReference`),
        'targetRef is a reference to a Kubernetes object that represents this endpoint.',
      ),
      zone: f('string', 'zone is the name of the Zone this endpoint exists in.'),
    },
  },
  [`${DISC}.EndpointConditions`]: {
    doc: 'EndpointConditions represents the current condition of an endpoint.',
    fields: {
      ready: f(
        'boolean',
        'ready indicates that this endpoint is ready to receive traffic, according to whatever system is managing the endpoint.',
      ),
      serving: f(
        'boolean',
        'serving indicates that this endpoint is able to receive traffic, according to whatever system is managing the endpoint.',
      ),
      terminating: f('boolean', 'terminating indicates that this endpoint is terminating.'),
    },
  },
  [`${DISC}.EndpointPort`]: {
    doc: 'EndpointPort represents a Port used by an EndpointSlice',
    fields: {
      appProtocol: f('string', 'The application protocol for this port.'),
      name: f(
        'string',
        'name represents the name of this port. All ports in an EndpointSlice must have a unique name.',
      ),
      port: f(
        'int32',
        "port represents the port number of the endpoint. If the EndpointSlice is derived from a Kubernetes service, this must be set to the service's target port.",
      ),
      protocol: f(
        'string',
        'protocol represents the IP protocol for this port. Must be UDP, TCP, or SCTP. Default is TCP.',
        { enum: PROTOCOLS },
      ),
    },
  },
};

/** Kind → its upstream schema name. */
export const KIND_SCHEMAS: Record<string, string> = {
  Pod: `${CORE}.Pod`,
  Service: `${CORE}.Service`,
  Namespace: `${CORE}.Namespace`,
  Node: `${CORE}.Node`,
  Secret: `${CORE}.Secret`,
  Event: `${CORE}.Event`,
  Endpoints: `${CORE}.Endpoints`,
  Deployment: `${APPS}.Deployment`,
  ReplicaSet: `${APPS}.ReplicaSet`,
  NetworkPolicy: `${NET}.NetworkPolicy`,
  Ingress: `${NET}.Ingress`,
  IngressClass: `${NET}.IngressClass`,
  EndpointSlice: `${DISC}.EndpointSlice`,
};
