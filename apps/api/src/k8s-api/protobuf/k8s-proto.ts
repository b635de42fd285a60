/**
 * The subset of Kubernetes' protobuf schema that kubectl ≥1.32's generator commands send
 * (`create namespace|service|deployment|ingress|secret`), written from the upstream definitions —
 * k8s.io/apimachinery pkg/runtime/generated.proto (Unknown, TypeMeta), pkg/apis/meta/v1
 * (ObjectMeta, LabelSelector, Time), pkg/util/intstr (IntOrString), api/resource (Quantity) and
 * k8s.io/api core/v1, apps/v1, networking/v1 generated.proto — with upstream's field numbers.
 * Only the fields those commands set (and their obvious neighbours) are declared; protobuf
 * skips the rest.
 */
export const K8S_PROTO = `
syntax = "proto2";
package k8s;

message TypeMeta { optional string apiVersion = 1; optional string kind = 2; }
message Unknown {
  optional TypeMeta typeMeta = 1;
  optional bytes raw = 2;
  optional string contentEncoding = 3;
  optional string contentType = 4;
}

message Time { optional int64 seconds = 1; optional int32 nanos = 2; }
message OwnerReference {
  optional string kind = 1; optional string name = 3; optional string uid = 4;
  optional string apiVersion = 5; optional bool controller = 6; optional bool blockOwnerDeletion = 7;
}
message ObjectMeta {
  optional string name = 1;
  optional string generateName = 2;
  optional string namespace = 3;
  optional string uid = 5;
  optional string resourceVersion = 6;
  optional int64 generation = 7;
  optional Time creationTimestamp = 8;
  map<string, string> labels = 11;
  map<string, string> annotations = 12;
  repeated OwnerReference ownerReferences = 13;
  repeated string finalizers = 14;
}
message LabelSelectorRequirement { optional string key = 1; optional string operator = 2; repeated string values = 3; }
message LabelSelector { map<string, string> matchLabels = 1; repeated LabelSelectorRequirement matchExpressions = 2; }
message IntOrString { optional int64 type = 1; optional int32 intVal = 2; optional string strVal = 3; }
message Quantity { optional string string = 1; }

message NamespaceSpec { repeated string finalizers = 1; }
message NamespaceStatus { optional string phase = 1; }
message Namespace { optional ObjectMeta metadata = 1; optional NamespaceSpec spec = 2; optional NamespaceStatus status = 3; }

message ServicePort {
  optional string name = 1; optional string protocol = 2; optional int32 port = 3;
  optional IntOrString targetPort = 4; optional int32 nodePort = 5; optional string appProtocol = 6;
}
message ServiceSpec {
  repeated ServicePort ports = 1;
  map<string, string> selector = 2;
  optional string clusterIP = 3;
  optional string type = 4;
  repeated string externalIPs = 5;
  optional string sessionAffinity = 7;
  optional string loadBalancerIP = 8;
  optional string externalName = 10;
  optional string externalTrafficPolicy = 11;
  optional bool publishNotReadyAddresses = 13;
  optional string ipFamilyPolicy = 17;
  repeated string clusterIPs = 18;
  repeated string ipFamilies = 19;
  optional string internalTrafficPolicy = 22;
}
message LoadBalancerIngress { optional string ip = 1; optional string hostname = 2; }
message LoadBalancerStatus { repeated LoadBalancerIngress ingress = 1; }
message ServiceStatus { optional LoadBalancerStatus loadBalancer = 1; }
message Service { optional ObjectMeta metadata = 1; optional ServiceSpec spec = 2; optional ServiceStatus status = 3; }

message ContainerPort {
  optional string name = 1; optional int32 hostPort = 2; optional int32 containerPort = 3;
  optional string protocol = 4; optional string hostIP = 5;
}
message EnvVar { optional string name = 1; optional string value = 2; }
message ResourceRequirements { map<string, Quantity> limits = 1; map<string, Quantity> requests = 2; }
message Container {
  optional string name = 1;
  optional string image = 2;
  repeated string command = 3;
  repeated string args = 4;
  optional string workingDir = 5;
  repeated ContainerPort ports = 6;
  repeated EnvVar env = 7;
  optional ResourceRequirements resources = 8;
  optional string terminationMessagePath = 13;
  optional string imagePullPolicy = 14;
}
message PodSpec {
  repeated Container containers = 2;
  optional string restartPolicy = 3;
  optional string dnsPolicy = 6;
  map<string, string> nodeSelector = 7;
  optional string serviceAccountName = 8;
  optional string nodeName = 10;
  optional bool hostNetwork = 11;
}
message PodTemplateSpec { optional ObjectMeta metadata = 1; optional PodSpec spec = 2; }
message RollingUpdateDeployment { optional IntOrString maxUnavailable = 1; optional IntOrString maxSurge = 2; }
message DeploymentStrategy { optional string type = 1; optional RollingUpdateDeployment rollingUpdate = 2; }
message DeploymentSpec {
  optional int32 replicas = 1;
  optional LabelSelector selector = 2;
  optional PodTemplateSpec template = 3;
  optional DeploymentStrategy strategy = 4;
  optional int32 minReadySeconds = 5;
  optional int32 revisionHistoryLimit = 6;
  optional bool paused = 7;
  optional int32 progressDeadlineSeconds = 9;
}
message DeploymentStatus { optional int64 observedGeneration = 1; optional int32 replicas = 2; }
message Deployment { optional ObjectMeta metadata = 1; optional DeploymentSpec spec = 2; optional DeploymentStatus status = 3; }

message Secret {
  optional ObjectMeta metadata = 1;
  map<string, bytes> data = 2;
  optional string type = 3;
  map<string, string> stringData = 4;
  optional bool immutable = 5;
}

message TypedLocalObjectReference { optional string apiGroup = 1; optional string kind = 2; optional string name = 3; }
message ServiceBackendPort { optional string name = 1; optional int32 number = 2; }
message IngressServiceBackend { optional string name = 1; optional ServiceBackendPort port = 2; }
message IngressBackend { optional TypedLocalObjectReference resource = 3; optional IngressServiceBackend service = 4; }
message HTTPIngressPath { optional string path = 1; optional IngressBackend backend = 2; optional string pathType = 3; }
message HTTPIngressRuleValue { repeated HTTPIngressPath paths = 1; }
message IngressRuleValue { optional HTTPIngressRuleValue http = 1; }
message IngressRule { optional string host = 1; optional IngressRuleValue ingressRuleValue = 2; }
message IngressTLS { repeated string hosts = 1; optional string secretName = 2; }
message IngressSpec {
  optional IngressBackend defaultBackend = 1;
  repeated IngressTLS tls = 2;
  repeated IngressRule rules = 3;
  optional string ingressClassName = 4;
}
message IngressLoadBalancerStatus { repeated LoadBalancerIngress ingress = 1; }
message IngressStatus { optional IngressLoadBalancerStatus loadBalancer = 1; }
message Ingress { optional ObjectMeta metadata = 1; optional IngressSpec spec = 2; optional IngressStatus status = 3; }
message Preconditions { optional string uid = 1; optional string resourceVersion = 2; }
message DeleteOptions {
  optional int64 gracePeriodSeconds = 1;
  optional Preconditions preconditions = 2;
  optional bool orphanDependents = 3;
  optional string propagationPolicy = 4;
  repeated string dryRun = 5;
}
`;
