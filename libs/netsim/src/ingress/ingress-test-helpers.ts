/** Small builders for the ingress specs (test-only; not exported from the lib). */
import type {
  HTTPIngressPath,
  Ingress,
  IngressBackend,
  IngressRule,
  IngressTLS,
  PathType,
} from '@app/kube';

export interface IngressOptions {
  namespace?: string;
  created?: string;
  annotations?: Record<string, string>;
  ingressClassName?: string;
  defaultBackend?: IngressBackend;
  tls?: IngressTLS[];
}

export function ingress(
  name: string,
  rules: IngressRule[] | undefined,
  opts: IngressOptions = {},
): Ingress {
  return {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'Ingress',
    metadata: {
      name,
      namespace: opts.namespace ?? 'default',
      ...(opts.created ? { creationTimestamp: opts.created } : {}),
      ...(opts.annotations ? { annotations: opts.annotations } : {}),
    },
    spec: {
      ...(opts.ingressClassName ? { ingressClassName: opts.ingressClassName } : {}),
      ...(opts.defaultBackend ? { defaultBackend: opts.defaultBackend } : {}),
      ...(opts.tls ? { tls: opts.tls } : {}),
      ...(rules ? { rules } : {}),
    },
  };
}

export function svc(name: string, port: number | string): IngressBackend {
  return { service: { name, port: typeof port === 'number' ? { number: port } : { name: port } } };
}

export function path(
  p: string | undefined,
  pathType: PathType,
  backend: IngressBackend,
): HTTPIngressPath {
  return { ...(p !== undefined ? { path: p } : {}), pathType, backend };
}

export function rule(host: string | undefined, ...paths: HTTPIngressPath[]): IngressRule {
  return { ...(host !== undefined ? { host } : {}), http: { paths } };
}
