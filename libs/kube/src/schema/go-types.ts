/**
 * How Go prints the types of the catalog's fields (reflect.Type.String()), for the JSON decoder's
 * "of type …" messages: `[]v1.ServicePort`, `map[string]string`, `*int32` shown as `int32`
 * (encoding/json reports the element a pointer points to), and upstream's named string types
 * (`v1.Protocol`, `v1.ServiceType`) where the catalog only says "string".
 */
import type { FieldType } from './field-catalog';
import { APPS, CORE, DISC, META, NET } from './field-catalog';

/** `<TypeName>.<field>` → the Go type of that field's innermost scalar, where it is a named type. */
const NAMED_SCALARS: Record<string, string> = {
  [`${CORE}.PodSpec.dnsPolicy`]: 'v1.DNSPolicy',
  [`${CORE}.PodSpec.restartPolicy`]: 'v1.RestartPolicy',
  [`${CORE}.Container.imagePullPolicy`]: 'v1.PullPolicy',
  [`${CORE}.Container.terminationMessagePolicy`]: 'v1.TerminationMessagePolicy',
  [`${CORE}.Container.restartPolicy`]: 'v1.ContainerRestartPolicy',
  [`${CORE}.ContainerPort.protocol`]: 'v1.Protocol',
  [`${CORE}.PodStatus.phase`]: 'v1.PodPhase',
  [`${CORE}.PodStatus.qosClass`]: 'v1.PodQOSClass',
  [`${CORE}.PodCondition.type`]: 'v1.PodConditionType',
  [`${CORE}.PodCondition.status`]: 'v1.ConditionStatus',
  [`${CORE}.ServiceSpec.type`]: 'v1.ServiceType',
  [`${CORE}.ServiceSpec.sessionAffinity`]: 'v1.ServiceAffinity',
  [`${CORE}.ServiceSpec.externalTrafficPolicy`]: 'v1.ServiceExternalTrafficPolicy',
  [`${CORE}.ServiceSpec.internalTrafficPolicy`]: 'v1.ServiceInternalTrafficPolicy',
  [`${CORE}.ServiceSpec.ipFamilies`]: 'v1.IPFamily',
  [`${CORE}.ServiceSpec.ipFamilyPolicy`]: 'v1.IPFamilyPolicy',
  [`${CORE}.ServicePort.protocol`]: 'v1.Protocol',
  [`${CORE}.NamespaceSpec.finalizers`]: 'v1.FinalizerName',
  [`${CORE}.NamespaceStatus.phase`]: 'v1.NamespacePhase',
  [`${CORE}.NodeAddress.type`]: 'v1.NodeAddressType',
  [`${CORE}.NodeCondition.type`]: 'v1.NodeConditionType',
  [`${CORE}.NodeCondition.status`]: 'v1.ConditionStatus',
  [`${CORE}.Secret.type`]: 'v1.SecretType',
  [`${CORE}.EndpointPort.protocol`]: 'v1.Protocol',
  [`${META}.Condition.status`]: 'v1.ConditionStatus',
  [`${META}.LabelSelectorRequirement.operator`]: 'v1.LabelSelectorOperator',
  [`${META}.ManagedFieldsEntry.operation`]: 'v1.ManagedFieldsOperationType',
  [`${APPS}.DeploymentStrategy.type`]: 'v1.DeploymentStrategyType',
  [`${APPS}.DeploymentCondition.type`]: 'v1.DeploymentConditionType',
  [`${APPS}.DeploymentCondition.status`]: 'v1.ConditionStatus',
  [`${NET}.NetworkPolicySpec.policyTypes`]: 'v1.PolicyType',
  [`${NET}.NetworkPolicyPort.protocol`]: 'v1.Protocol',
  [`${NET}.HTTPIngressPath.pathType`]: 'v1.PathType',
  [`${DISC}.EndpointSlice.addressType`]: 'v1.AddressType',
  [`${DISC}.EndpointPort.protocol`]: 'v1.Protocol',
};

/**
 * The Go types behind the catalog's open `object` fields (types the sandbox does not model in
 * depth): decoding still requires a JSON object there, as Go would. For `list('object')` fields
 * the entry names the item type; hostAliases is a list the catalog keeps open as a whole.
 */
const OPEN_TYPES: Record<string, string> = {
  [`${META}.Status.details`]: 'v1.StatusDetails',
  [`${META}.DeleteOptions.preconditions`]: 'v1.Preconditions',
  [`${CORE}.PodSpec.affinity`]: 'v1.Affinity',
  [`${CORE}.PodSpec.hostAliases`]: '[]v1.HostAlias',
  [`${CORE}.PodSpec.securityContext`]: 'v1.PodSecurityContext',
  [`${CORE}.PodSpec.tolerations`]: 'v1.Toleration',
  [`${CORE}.PodSpec.topologySpreadConstraints`]: 'v1.TopologySpreadConstraint',
  [`${CORE}.Container.envFrom`]: 'v1.EnvFromSource',
  [`${CORE}.Container.lifecycle`]: 'v1.Lifecycle',
  [`${CORE}.Container.securityContext`]: 'v1.SecurityContext',
  [`${CORE}.EnvVar.valueFrom`]: 'v1.EnvVarSource',
  [`${CORE}.Volume.configMap`]: 'v1.ConfigMapVolumeSource',
  [`${CORE}.Volume.emptyDir`]: 'v1.EmptyDirVolumeSource',
  [`${CORE}.Volume.hostPath`]: 'v1.HostPathVolumeSource',
  [`${CORE}.Volume.persistentVolumeClaim`]: 'v1.PersistentVolumeClaimVolumeSource',
  [`${CORE}.Volume.projected`]: 'v1.ProjectedVolumeSource',
  [`${CORE}.Volume.secret`]: 'v1.SecretVolumeSource',
  [`${CORE}.Probe.exec`]: 'v1.ExecAction',
  [`${CORE}.Probe.grpc`]: 'v1.GRPCAction',
  [`${CORE}.Probe.httpGet`]: 'v1.HTTPGetAction',
  [`${CORE}.Probe.tcpSocket`]: 'v1.TCPSocketAction',
  [`${CORE}.ResourceRequirements.claims`]: 'v1.ResourceClaim',
  [`${CORE}.PodStatus.containerStatuses`]: 'v1.ContainerStatus',
  [`${CORE}.PodStatus.initContainerStatuses`]: 'v1.ContainerStatus',
  [`${CORE}.LoadBalancerIngress.ports`]: 'v1.PortStatus',
  [`${CORE}.NamespaceStatus.conditions`]: 'v1.NamespaceCondition',
  [`${CORE}.NodeSpec.taints`]: 'v1.Taint',
  [`${APPS}.DeploymentStatus.conditions`]: 'v1.DeploymentCondition',
  [`${APPS}.ReplicaSetStatus.conditions`]: 'v1.ReplicaSetCondition',
  [`${NET}.IngressLoadBalancerStatus.ingress`]: 'v1.IngressLoadBalancerIngress',
  [`${DISC}.Endpoint.hints`]: 'v1.EndpointHints',
};

const SCALARS: Record<string, string> = {
  string: 'string',
  int32: 'int32',
  int64: 'int64',
  boolean: 'bool',
  number: 'float64',
  byte: '[]uint8',
  'date-time': 'string',
  object: 'map[string]interface {}',
};

/** `io.k8s.api.core.v1.ServicePort` → `v1.ServicePort`, as Go qualifies it by package name. */
export const goTypeName = (openApiName: string): string => {
  const parts = openApiName.split('.');
  return parts.slice(-2).join('.');
};

/** The Go type of a catalog field; `named` is the named scalar override, when there is one. */
export function goTypeOf(type: FieldType, named?: string): string {
  if (typeof type === 'string') return named ?? SCALARS[type];
  if ('ref' in type) return goTypeName(type.ref);
  if ('list' in type) return `[]${goTypeOf(type.list, named)}`;
  return `map[string]${goTypeOf(type.map, named)}`;
}

const own = (record: Record<string, string>, key: string): string | undefined =>
  Object.hasOwn(record, key) ? record[key] : undefined;

/** The Go named type of a field: a named scalar (`v1.Protocol`) or an open struct (`v1.Affinity`). */
export const namedScalarOf = (typeName: string, field: string): string | undefined =>
  own(NAMED_SCALARS, `${typeName}.${field}`) ?? own(OPEN_TYPES, `${typeName}.${field}`);
