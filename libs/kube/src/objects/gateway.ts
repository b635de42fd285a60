/**
 * Gateway API kinds (gateway.networking.k8s.io), as in kubernetes-sigs/gateway-api apis/v1
 * (gatewayclass_types.go, gateway_types.go, httproute_types.go, shared_types.go) and
 * apis/v1beta1/referencegrant_types.go. Standard channel only.
 */
import type { KubeObject, LabelSelector } from './meta';

/** metav1.Condition, which every Gateway API status uses. */
export interface Condition {
  type: string;
  status: 'True' | 'False' | 'Unknown';
  observedGeneration?: number;
  lastTransitionTime: string;
  reason: string;
  message: string;
}

export interface ParametersReference {
  group: string;
  kind: string;
  name: string;
  namespace?: string;
}

export interface GatewayClass extends KubeObject {
  kind: 'GatewayClass';
  spec: { controllerName: string; parametersRef?: ParametersReference; description?: string };
  status?: { conditions?: Condition[]; supportedFeatures?: Array<{ name: string }> };
}

export interface RouteGroupKind {
  group?: string;
  kind: string;
}

export interface AllowedRoutes {
  namespaces?: { from?: 'All' | 'Same' | 'Selector'; selector?: LabelSelector };
  kinds?: RouteGroupKind[];
}

export interface SecretObjectReference {
  group?: string;
  kind?: string;
  name: string;
  namespace?: string;
}

export interface GatewayTLSConfig {
  mode?: 'Terminate' | 'Passthrough';
  certificateRefs?: SecretObjectReference[];
  options?: Record<string, string>;
}

export interface Listener {
  name: string;
  hostname?: string;
  port: number;
  protocol: string;
  tls?: GatewayTLSConfig;
  allowedRoutes?: AllowedRoutes;
}

export interface GatewaySpecAddress {
  type?: string;
  value?: string;
}

export interface Gateway extends KubeObject {
  kind: 'Gateway';
  spec: {
    gatewayClassName: string;
    listeners: Listener[];
    addresses?: GatewaySpecAddress[];
    infrastructure?: { labels?: Record<string, string>; annotations?: Record<string, string> };
  };
  status?: {
    addresses?: Array<{ type?: string; value: string }>;
    conditions?: Condition[];
    listeners?: Array<{
      name: string;
      supportedKinds: RouteGroupKind[];
      attachedRoutes: number;
      conditions: Condition[];
    }>;
  };
}

export interface ParentReference {
  group?: string;
  kind?: string;
  namespace?: string;
  name: string;
  sectionName?: string;
  port?: number;
}

export interface HTTPPathMatch {
  type?: 'Exact' | 'PathPrefix' | 'RegularExpression';
  value?: string;
}

export interface HTTPHeaderMatch {
  type?: 'Exact' | 'RegularExpression';
  name: string;
  value: string;
}

export interface HTTPRouteMatch {
  path?: HTTPPathMatch;
  headers?: HTTPHeaderMatch[];
  queryParams?: HTTPHeaderMatch[];
  method?: string;
}

export interface HTTPHeader {
  name: string;
  value: string;
}

export interface HTTPHeaderFilter {
  set?: HTTPHeader[];
  add?: HTTPHeader[];
  remove?: string[];
}

export interface HTTPPathModifier {
  type: 'ReplaceFullPath' | 'ReplacePrefixMatch';
  replaceFullPath?: string;
  replacePrefixMatch?: string;
}

export interface BackendObjectReference {
  group?: string;
  kind?: string;
  name: string;
  namespace?: string;
  port?: number;
}

export interface HTTPRouteFilter {
  type: string;
  requestHeaderModifier?: HTTPHeaderFilter;
  responseHeaderModifier?: HTTPHeaderFilter;
  requestMirror?: {
    backendRef: BackendObjectReference;
    percent?: number;
    fraction?: { numerator: number; denominator?: number };
  };
  requestRedirect?: {
    scheme?: 'http' | 'https';
    hostname?: string;
    path?: HTTPPathModifier;
    port?: number;
    statusCode?: number;
  };
  urlRewrite?: { hostname?: string; path?: HTTPPathModifier };
  extensionRef?: { group: string; kind: string; name: string };
  cors?: Record<string, unknown>;
}

export interface HTTPBackendRef extends BackendObjectReference {
  weight?: number;
  filters?: HTTPRouteFilter[];
}

export interface HTTPRouteRule {
  name?: string;
  matches?: HTTPRouteMatch[];
  filters?: HTTPRouteFilter[];
  backendRefs?: HTTPBackendRef[];
  timeouts?: { request?: string; backendRequest?: string };
}

export interface RouteParentStatus {
  parentRef: ParentReference;
  controllerName: string;
  conditions: Condition[];
}

export interface HTTPRoute extends KubeObject {
  kind: 'HTTPRoute';
  spec: {
    parentRefs?: ParentReference[];
    hostnames?: string[];
    rules?: HTTPRouteRule[];
  };
  status?: { parents: RouteParentStatus[] };
}

export interface ReferenceGrant extends KubeObject {
  kind: 'ReferenceGrant';
  spec: {
    from: Array<{ group: string; kind: string; namespace: string }>;
    to: Array<{ group: string; kind: string; name?: string }>;
  };
}
