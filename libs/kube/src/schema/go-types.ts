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

export const namedScalarOf = (typeName: string, field: string): string | undefined =>
  NAMED_SCALARS[`${typeName}.${field}`];
