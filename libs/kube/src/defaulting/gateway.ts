/**
 * The structural defaults of the Gateway API CRDs (the `default:` values of
 * kubernetes-sigs/gateway-api config/crd/standard/*.yaml), which kube-apiserver applies to a
 * custom resource before validating it: only inside objects that are present, as apiextensions'
 * structural defaulting does.
 */
import type {
  Gateway,
  HTTPBackendRef,
  HTTPRoute,
  HTTPRouteFilter,
  HTTPRouteMatch,
  ParentReference,
} from '../objects/gateway';

const isObj = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const each = <T>(v: unknown, f: (x: T) => void) => {
  if (Array.isArray(v)) for (const x of v) if (isObj(x)) f(x as T);
};

export function defaultGateway(gw: Gateway): void {
  if (!isObj(gw.spec)) return;
  each<Gateway['spec']['listeners'][number]>(gw.spec.listeners, (l) => {
    l.allowedRoutes ??= { namespaces: { from: 'Same' } };
    if (isObj(l.allowedRoutes)) {
      l.allowedRoutes.namespaces ??= { from: 'Same' };
      if (isObj(l.allowedRoutes.namespaces)) l.allowedRoutes.namespaces.from ??= 'Same';
      each<{ group?: string }>(
        l.allowedRoutes.kinds,
        (k) => (k.group ??= 'gateway.networking.k8s.io'),
      );
    }
    if (isObj(l.tls)) {
      l.tls.mode ??= 'Terminate';
      each<{ group?: string; kind?: string }>(l.tls.certificateRefs, (r) => {
        r.group ??= '';
        r.kind ??= 'Secret';
      });
    }
  });
  each<{ type?: string }>(gw.spec.addresses, (a) => (a.type ??= 'IPAddress'));
}

const PATH_DEFAULT = () => ({ type: 'PathPrefix' as const, value: '/' });

function backend(b: HTTPBackendRef, weighted: boolean): void {
  b.group ??= '';
  b.kind ??= 'Service';
  if (weighted) b.weight ??= 1;
}

function filters(v: unknown): void {
  each<HTTPRouteFilter>(v, (f) => {
    if (isObj(f.requestRedirect)) f.requestRedirect.statusCode ??= 302;
    if (isObj(f.requestMirror) && isObj(f.requestMirror.backendRef))
      backend(f.requestMirror.backendRef, false);
    if (isObj(f.requestMirror) && isObj(f.requestMirror.fraction))
      f.requestMirror.fraction.denominator ??= 100;
  });
}

export function defaultHTTPRoute(r: HTTPRoute): void {
  if (!isObj(r.spec)) return;
  each<ParentReference>(r.spec.parentRefs, (p) => {
    p.group ??= 'gateway.networking.k8s.io';
    p.kind ??= 'Gateway';
  });
  r.spec.rules ??= [{ matches: [{ path: PATH_DEFAULT() }] }];
  each<NonNullable<HTTPRoute['spec']['rules']>[number]>(r.spec.rules, (rule) => {
    rule.matches ??= [{ path: PATH_DEFAULT() }];
    each<HTTPRouteMatch>(rule.matches, (m) => {
      m.path ??= PATH_DEFAULT();
      if (isObj(m.path)) {
        m.path.type ??= 'PathPrefix';
        m.path.value ??= '/';
      }
      each<{ type?: string }>(m.headers, (h) => (h.type ??= 'Exact'));
      each<{ type?: string }>(m.queryParams, (h) => (h.type ??= 'Exact'));
    });
    filters(rule.filters);
    each<HTTPBackendRef>(rule.backendRefs, (b) => {
      backend(b, true);
      filters(b.filters);
    });
  });
}
