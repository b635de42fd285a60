/**
 * Enums (`+enum` markers) and defaults that upstream's OpenAPI v3 documents of the same release
 * carry (api/openapi-spec/v3/api__v1_openapi.json and friends) and its v2 swagger.json drops.
 * kubectl explain prints them as ENUM / default lines. `<Type>.<field>`, without `io.k8s.`.
 */
import type { V3Additions } from './render-field-catalog';

const PROTOCOLS = ['SCTP', 'TCP', 'UDP'];

export const V3_ADDITIONS: V3Additions = {
  'api.core.v1.PodSpec.dnsPolicy': {
    enum: ['ClusterFirst', 'ClusterFirstWithHostNet', 'Default', 'None'],
  },
  'api.core.v1.PodSpec.restartPolicy': { enum: ['Always', 'Never', 'OnFailure'] },
  'api.core.v1.LocalObjectReference.name': { default: '' },
  'api.core.v1.Container.imagePullPolicy': { enum: ['Always', 'IfNotPresent', 'Never'] },
  'api.core.v1.Container.terminationMessagePolicy': { enum: ['FallbackToLogsOnError', 'File'] },
  'api.core.v1.ContainerPort.protocol': { enum: PROTOCOLS, default: 'TCP' },
  'api.core.v1.PodStatus.phase': { enum: ['Failed', 'Pending', 'Running', 'Succeeded', 'Unknown'] },
  'api.core.v1.ServiceSpec.externalTrafficPolicy': { enum: ['Cluster', 'Local'] },
  'api.core.v1.ServiceSpec.internalTrafficPolicy': { enum: ['Cluster', 'Local'] },
  'api.core.v1.ServiceSpec.ipFamilyPolicy': {
    enum: ['PreferDualStack', 'RequireDualStack', 'SingleStack'],
  },
  'api.core.v1.ServiceSpec.sessionAffinity': { enum: ['ClientIP', 'None'] },
  'api.core.v1.ServiceSpec.type': {
    enum: ['ClusterIP', 'ExternalName', 'LoadBalancer', 'NodePort'],
  },
  'api.core.v1.ServicePort.protocol': { enum: PROTOCOLS, default: 'TCP' },
  'api.core.v1.NamespaceStatus.phase': { enum: ['Active', 'Terminating'] },
  'api.core.v1.Event.reportingComponent': { default: '' },
  'api.core.v1.Event.reportingInstance': { default: '' },
  'api.core.v1.EndpointPort.protocol': { enum: PROTOCOLS },
  'api.apps.v1.DeploymentStrategy.type': { enum: ['Recreate', 'RollingUpdate'] },
  'api.networking.v1.NetworkPolicyPort.protocol': { enum: PROTOCOLS },
  'api.networking.v1.HTTPIngressPath.pathType': {
    enum: ['Exact', 'ImplementationSpecific', 'Prefix'],
  },
  'api.discovery.v1.EndpointSlice.addressType': { enum: ['FQDN', 'IPv4', 'IPv6'] },
  'api.discovery.v1.EndpointPort.protocol': { enum: PROTOCOLS },
};
