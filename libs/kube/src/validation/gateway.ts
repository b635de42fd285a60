/**
 * Gateway API validation: the OpenAPI constraints and the main CEL rules (x-kubernetes-validations)
 * of the standard-channel CRDs, kubernetes-sigs/gateway-api config/crd/standard/
 * gateway.networking.k8s.io_{gatewayclasses,gateways,httproutes,referencegrants}.yaml, with their
 * field paths and messages. Rules not listed here (CORS, timeouts, BackendTLS) are left to the
 * schema's types and the unknown-field check.
 */
import type { FieldCause } from '../errors';
import type {
  Gateway,
  GatewayClass,
  HTTPBackendRef,
  HTTPRoute,
  HTTPRouteFilter,
  HTTPRouteMatch,
  Listener,
  ParentReference,
  ReferenceGrant,
} from '../objects/gateway';
import { child, index } from './field';
import { PATTERNS, SchemaChecker } from './gateway-schema';
import { nameIsDNSSubdomain, validateObjectMeta } from './meta';

const FILTER_TYPES = [
  'RequestHeaderModifier',
  'ResponseHeaderModifier',
  'RequestMirror',
  'RequestRedirect',
  'URLRewrite',
  'ExtensionRef',
  'CORS',
] as const;
/** Filter type → the member it requires (HTTPRouteFilter's one-of). */
const FILTER_FIELD: Record<string, keyof HTTPRouteFilter> = {
  CORS: 'cors',
  RequestHeaderModifier: 'requestHeaderModifier',
  ResponseHeaderModifier: 'responseHeaderModifier',
  RequestMirror: 'requestMirror',
  RequestRedirect: 'requestRedirect',
  URLRewrite: 'urlRewrite',
  ExtensionRef: 'extensionRef',
};

export function validateGatewayClass(gc: GatewayClass): FieldCause[] {
  const c = new SchemaChecker();
  c.errs.push(...validateObjectMeta(gc.metadata, nameIsDNSSubdomain));
  const spec = c.object<GatewayClass['spec']>('spec', gc.spec);
  if (!c.required('spec', gc.spec) || !spec) return c.errs;
  if (c.required('spec.controllerName', spec.controllerName))
    c.string('spec.controllerName', spec.controllerName, {
      min: 1,
      max: 253,
      pattern: PATTERNS.controllerName,
    });
  c.string('spec.description', spec.description, { max: 64 });
  const p = c.object<NonNullable<GatewayClass['spec']['parametersRef']>>(
    'spec.parametersRef',
    spec.parametersRef,
  );
  if (p) {
    const pp = 'spec.parametersRef';
    if (c.required(child(pp, 'group'), p.group))
      c.string(child(pp, 'group'), p.group, { max: 253, pattern: PATTERNS.group });
    if (c.required(child(pp, 'kind'), p.kind))
      c.string(child(pp, 'kind'), p.kind, { min: 1, max: 63, pattern: PATTERNS.kind });
    if (c.required(child(pp, 'name'), p.name))
      c.string(child(pp, 'name'), p.name, { min: 1, max: 253 });
    c.string(child(pp, 'namespace'), p.namespace, { min: 1, max: 63, pattern: PATTERNS.namespace });
  }
  return c.errs;
}

function listener(c: SchemaChecker, path: string, l: Listener): void {
  if (c.required(child(path, 'name'), l.name))
    c.string(child(path, 'name'), l.name, { min: 1, max: 253, pattern: PATTERNS.sectionName });
  c.string(child(path, 'hostname'), l.hostname, { min: 1, max: 253, pattern: PATTERNS.hostname });
  if (c.required(child(path, 'port'), l.port))
    c.integer(child(path, 'port'), l.port, { min: 1, max: 65535 });
  if (c.required(child(path, 'protocol'), l.protocol))
    c.string(child(path, 'protocol'), l.protocol, { min: 1, max: 255, pattern: PATTERNS.protocol });
  const tls = c.object<NonNullable<Listener['tls']>>(child(path, 'tls'), l.tls);
  if (tls) {
    c.string(child(child(path, 'tls'), 'mode'), tls.mode, { enum: ['Terminate', 'Passthrough'] });
    c.array(child(child(path, 'tls'), 'certificateRefs'), tls.certificateRefs, { max: 64 });
    c.rule(
      child(path, 'tls'),
      (tls.mode ?? 'Terminate') !== 'Terminate' ||
        (tls.certificateRefs?.length ?? 0) > 0 ||
        Object.keys(tls.options ?? {}).length > 0,
      'certificateRefs or options must be specified when mode is Terminate',
    );
  }
  const ar = c.object<NonNullable<Listener['allowedRoutes']>>(
    child(path, 'allowedRoutes'),
    l.allowedRoutes,
  );
  if (ar) {
    const ap = child(path, 'allowedRoutes');
    c.string(child(child(ap, 'namespaces'), 'from'), ar.namespaces?.from, {
      enum: ['All', 'Selector', 'Same'],
    });
    c.array<{ group?: string; kind: string }>(child(ap, 'kinds'), ar.kinds, { max: 8 }).forEach(
      (k, i) => {
        const kp = index(child(ap, 'kinds'), i);
        if (c.required(child(kp, 'kind'), k?.kind))
          c.string(child(kp, 'kind'), k.kind, { min: 1, max: 63, pattern: PATTERNS.kind });
        c.string(child(kp, 'group'), k?.group, { max: 253, pattern: PATTERNS.group });
      },
    );
  }
}

export function validateGateway(gw: Gateway): FieldCause[] {
  const c = new SchemaChecker();
  c.errs.push(...validateObjectMeta(gw.metadata, nameIsDNSSubdomain));
  const spec = c.object<Gateway['spec']>('spec', gw.spec);
  if (!c.required('spec', gw.spec) || !spec) return c.errs;
  if (c.required('spec.gatewayClassName', spec.gatewayClassName))
    c.string('spec.gatewayClassName', spec.gatewayClassName, { min: 1, max: 253 });
  if (!c.required('spec.listeners', spec.listeners)) return c.errs;
  const ls = c.array<Listener>('spec.listeners', spec.listeners, { min: 1, max: 64 });
  ls.forEach((l, i) => {
    const lp = index('spec.listeners', i);
    if (c.object(lp, l)) listener(c, lp, l);
  });
  const all = (f: (l: Listener) => boolean) => ls.every((l) => !l || f(l));
  const rule = (ok: boolean, msg: string) => c.rule('spec.listeners', ok, msg, 'array');
  rule(
    all((l) => !['HTTP', 'TCP', 'UDP'].includes(l.protocol) || l.tls === undefined),
    "tls must not be specified for protocols ['HTTP', 'TCP', 'UDP']",
  );
  rule(
    all((l) => !(l.protocol === 'HTTPS' && l.tls) || !l.tls.mode || l.tls.mode === 'Terminate'),
    'tls mode must be Terminate for protocol HTTPS',
  );
  rule(
    all((l) => l.protocol !== 'TLS' || !!l.tls?.mode),
    'tls mode must be set for protocol TLS',
  );
  rule(
    all((l) => !['TCP', 'UDP'].includes(l.protocol) || !l.hostname),
    "hostname must not be specified for protocols ['TCP', 'UDP']",
  );
  rule(
    all((l1) => ls.filter((l2) => l2?.name === l1.name).length === 1),
    'Listener name must be unique within the Gateway',
  );
  rule(
    all(
      (l1) =>
        ls.filter(
          (l2) =>
            l2?.port === l1.port && l2.protocol === l1.protocol && l2.hostname === l1.hostname,
        ).length === 1,
    ),
    'Combination of port, protocol and hostname must be unique for each listener',
  );
  const addrs = c.array<{ type?: string; value?: string }>('spec.addresses', spec.addresses, {
    max: 16,
  });
  addrs.forEach((a, i) => {
    const ap = index('spec.addresses', i);
    c.string(child(ap, 'value'), a?.value, { max: 253 });
    c.rule(
      ap,
      a?.type !== 'Hostname' ||
        a.value === undefined ||
        new RegExp(PATTERNS.hostname).test(a.value),
      `Hostname value must be empty or contain only valid characters (matching ${PATTERNS.hostname})`,
    );
  });
  const unique = (t: string) =>
    addrs.every(
      (a1) =>
        (a1?.type ?? 'IPAddress') !== t ||
        a1.value === undefined ||
        addrs.filter((a2) => (a2?.type ?? 'IPAddress') === t && a2.value === a1.value).length === 1,
    );
  c.rule('spec.addresses', unique('IPAddress'), 'IPAddress values must be unique', 'array');
  c.rule('spec.addresses', unique('Hostname'), 'Hostname values must be unique', 'array');
  return c.errs;
}

function parentRefs(c: SchemaChecker, refs: unknown): void {
  const list = c.array<ParentReference>('spec.parentRefs', refs, { max: 32 });
  list.forEach((r, i) => {
    const p = index('spec.parentRefs', i);
    if (!c.object(p, r)) return;
    if (c.required(child(p, 'name'), r.name))
      c.string(child(p, 'name'), r.name, { min: 1, max: 253 });
    c.string(child(p, 'group'), r.group, { max: 253, pattern: PATTERNS.group });
    c.string(child(p, 'kind'), r.kind, { min: 1, max: 63, pattern: PATTERNS.kind });
    c.string(child(p, 'namespace'), r.namespace, { min: 1, max: 63, pattern: PATTERNS.namespace });
    c.string(child(p, 'sectionName'), r.sectionName, {
      min: 1,
      max: 253,
      pattern: PATTERNS.sectionName,
    });
    c.integer(child(p, 'port'), r.port, { min: 1, max: 65535 });
  });
  const same = (a: ParentReference, b: ParentReference) =>
    a.group === b.group &&
    a.kind === b.kind &&
    a.name === b.name &&
    (a.namespace ?? '') === (b.namespace ?? '');
  const ok = list.every((p1) =>
    list.every((p2) => !same(p1, p2) || !!p1.sectionName === !!p2.sectionName),
  );
  c.rule(
    'spec.parentRefs',
    ok,
    'sectionName must be specified when parentRefs includes 2 or more references to the same parent',
    'array',
  );
  c.rule(
    'spec.parentRefs',
    list.every(
      (p1) =>
        list.filter((p2) => same(p1, p2) && (p1.sectionName ?? '') === (p2.sectionName ?? ''))
          .length === 1,
    ),
    'sectionName must be unique when parentRefs includes 2 or more references to the same parent',
    'array',
  );
}

const PATH_RULES: Array<[string, (v: string) => boolean]> = [
  [
    "value must be an absolute path and start with '/' when type one of ['Exact', 'PathPrefix']",
    (v) => v.startsWith('/'),
  ],
  ...['//', '/./', '/../', '%2f', '%2F', '#'].map(
    (s) =>
      [
        `must not contain '${s}' when type one of ['Exact', 'PathPrefix']`,
        (v: string) => !v.includes(s),
      ] as [string, (v: string) => boolean],
  ),
  ["must not end with '/..' when type one of ['Exact', 'PathPrefix']", (v) => !v.endsWith('/..')],
  ["must not end with '/.' when type one of ['Exact', 'PathPrefix']", (v) => !v.endsWith('/.')],
];

function match(c: SchemaChecker, p: string, m: HTTPRouteMatch): void {
  const path = c.object<NonNullable<HTTPRouteMatch['path']>>(child(p, 'path'), m.path);
  if (path) {
    const pp = child(p, 'path');
    c.string(child(pp, 'type'), path.type, { enum: ['Exact', 'PathPrefix', 'RegularExpression'] });
    if (
      c.string(child(pp, 'value'), path.value, { max: 1024 }) &&
      path.type !== 'RegularExpression'
    )
      for (const [message, ok] of PATH_RULES) c.rule(pp, ok(path.value ?? ''), message);
  }
  for (const [field, max] of [
    ['headers', 16],
    ['queryParams', 16],
  ] as const) {
    const list = c.array<{ name: string; value: string; type?: string }>(
      child(p, field),
      m[field],
      { max },
    );
    list.forEach((h, i) => {
      const hp = index(child(p, field), i);
      if (c.required(child(hp, 'name'), h?.name))
        c.string(child(hp, 'name'), h.name, {
          min: 1,
          max: 256,
          pattern: field === 'headers' ? PATTERNS.headerName : PATTERNS.headerName,
        });
      if (c.required(child(hp, 'value'), h?.value))
        c.string(child(hp, 'value'), h.value, { min: 1, max: 4096 });
      c.string(child(hp, 'type'), h?.type, { enum: ['Exact', 'RegularExpression'] });
    });
  }
  c.string(child(p, 'method'), m.method, {
    enum: ['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'CONNECT', 'OPTIONS', 'TRACE', 'PATCH'],
  });
}

function backendRef(c: SchemaChecker, p: string, b: HTTPBackendRef, weighted: boolean): void {
  if (c.required(child(p, 'name'), b.name))
    c.string(child(p, 'name'), b.name, { min: 1, max: 253 });
  c.string(child(p, 'group'), b.group, { max: 253, pattern: PATTERNS.group });
  c.string(child(p, 'kind'), b.kind, { min: 1, max: 63, pattern: PATTERNS.kind });
  c.string(child(p, 'namespace'), b.namespace, { min: 1, max: 63, pattern: PATTERNS.namespace });
  c.integer(child(p, 'port'), b.port, { min: 1, max: 65535 });
  if (weighted) c.integer(child(p, 'weight'), b.weight, { min: 0, max: 1000000 });
  c.rule(
    p,
    !((b.group ?? '') === '' && (b.kind ?? 'Service') === 'Service') || b.port !== undefined,
    'Must have port for Service reference',
  );
}

function filters(c: SchemaChecker, p: string, list: unknown): void {
  const fs = c.array<HTTPRouteFilter>(p, list, { max: 16 });
  fs.forEach((f, i) => {
    const fp = index(p, i);
    if (!c.object(fp, f)) return;
    if (c.required(child(fp, 'type'), f.type))
      c.string(child(fp, 'type'), f.type, { enum: FILTER_TYPES });
    for (const [type, field] of Object.entries(FILTER_FIELD)) {
      const name = type === 'CORS' ? 'cors' : field;
      c.rule(
        fp,
        !(f[field] !== undefined && f.type !== type),
        `filter.${name} must be nil if the filter.type is not ${type}`,
      );
      c.rule(
        fp,
        !(f[field] === undefined && f.type === type),
        `filter.${name} must be specified for ${type} filter.type`,
      );
    }
    const rd = f.requestRedirect;
    if (rd) {
      const rp = child(fp, 'requestRedirect');
      c.string(child(rp, 'scheme'), rd.scheme, { enum: ['http', 'https'] });
      c.string(child(rp, 'hostname'), rd.hostname, {
        min: 1,
        max: 253,
        pattern: PATTERNS.preciseHostname,
      });
      c.integer(child(rp, 'port'), rd.port, { min: 1, max: 65535 });
      if (rd.statusCode !== undefined && ![301, 302, 303, 307, 308].includes(rd.statusCode))
        c.errs.push(...notSupportedInt(child(rp, 'statusCode'), rd.statusCode));
      pathModifier(c, child(rp, 'path'), rd.path);
    }
    const rw = f.urlRewrite;
    if (rw) {
      const wp = child(fp, 'urlRewrite');
      c.string(child(wp, 'hostname'), rw.hostname, {
        min: 1,
        max: 253,
        pattern: PATTERNS.preciseHostname,
      });
      pathModifier(c, child(wp, 'path'), rw.path);
    }
    const mirror = f.requestMirror;
    if (mirror?.backendRef)
      backendRef(c, child(child(fp, 'requestMirror'), 'backendRef'), mirror.backendRef, false);
    if (mirror)
      c.rule(
        child(fp, 'requestMirror'),
        !(mirror.percent !== undefined && mirror.fraction !== undefined),
        'Only one of percent or fraction may be specified in HTTPRequestMirrorFilter',
      );
  });
  const count = (t: string) => fs.filter((f) => f?.type === t).length;
  c.rule(
    p,
    !(count('RequestRedirect') > 0 && count('URLRewrite') > 0),
    'May specify either httpRouteFilterRequestRedirect or httpRouteFilterRequestRewrite, but not both',
    'array',
  );
  for (const t of [
    'CORS',
    'RequestHeaderModifier',
    'ResponseHeaderModifier',
    'RequestRedirect',
    'URLRewrite',
  ])
    c.rule(p, count(t) <= 1, `${t} filter cannot be repeated`, 'array');
}

function notSupportedInt(path: string, v: number): FieldCause[] {
  return [
    {
      reason: 'FieldValueNotSupported',
      field: path,
      message: `Unsupported value: ${v}: supported values: "301", "302", "303", "307", "308"`,
    },
  ];
}

function pathModifier(c: SchemaChecker, p: string, m: unknown): void {
  const pm = c.object<{ type?: string; replaceFullPath?: string; replacePrefixMatch?: string }>(
    p,
    m,
  );
  if (!pm) return;
  if (c.required(child(p, 'type'), pm.type))
    c.string(child(p, 'type'), pm.type, { enum: ['ReplaceFullPath', 'ReplacePrefixMatch'] });
  c.string(child(p, 'replaceFullPath'), pm.replaceFullPath, { max: 1024 });
  c.string(child(p, 'replacePrefixMatch'), pm.replacePrefixMatch, { max: 1024 });
  const full = pm.replaceFullPath !== undefined;
  const prefix = pm.replacePrefixMatch !== undefined;
  c.rule(
    p,
    pm.type !== 'ReplaceFullPath' || full,
    "replaceFullPath must be specified when type is set to 'ReplaceFullPath'",
  );
  c.rule(
    p,
    !full || pm.type === 'ReplaceFullPath',
    "type must be 'ReplaceFullPath' when replaceFullPath is set",
  );
  c.rule(
    p,
    pm.type !== 'ReplacePrefixMatch' || prefix,
    "replacePrefixMatch must be specified when type is set to 'ReplacePrefixMatch'",
  );
  c.rule(
    p,
    !prefix || pm.type === 'ReplacePrefixMatch',
    "type must be 'ReplacePrefixMatch' when replacePrefixMatch is set",
  );
}

/** A filter list holds exactly one redirect/rewrite whose path is a ReplacePrefixMatch. */
const prefixModifier = (
  fs: HTTPRouteFilter[] | undefined,
  kind: 'requestRedirect' | 'urlRewrite',
) =>
  (fs ?? []).filter(
    (f) =>
      f?.[kind]?.path?.type === 'ReplacePrefixMatch' &&
      f[kind]?.path?.replacePrefixMatch !== undefined,
  ).length === 1;

/** The rule-level CEL rules of HTTPRouteRule. */
function ruleLevel(
  c: SchemaChecker,
  rp: string,
  rule: NonNullable<HTTPRoute['spec']['rules']>[number],
): void {
  const backends = rule.backendRefs ?? [];
  c.rule(
    rp,
    backends.length === 0 || (rule.filters ?? []).every((f) => f?.requestRedirect === undefined),
    'RequestRedirect filter must not be used together with backendRefs',
  );
  const onePrefix =
    (rule.matches ?? [{ path: { type: 'PathPrefix' } }]).length === 1 &&
    (rule.matches?.[0]?.path?.type ?? 'PathPrefix') === 'PathPrefix';
  const names = { requestRedirect: 'RequestRedirect', urlRewrite: 'URLRewrite' } as const;
  for (const kind of ['requestRedirect', 'urlRewrite'] as const) {
    c.rule(
      rp,
      !prefixModifier(rule.filters, kind) || onePrefix,
      `When using ${names[kind]} filter with path.replacePrefixMatch, exactly one PathPrefix match must be specified`,
    );
    c.rule(
      rp,
      backends.filter((b) => prefixModifier(b?.filters, kind)).length !== 1 || onePrefix,
      `Within backendRefs, ${kind === 'urlRewrite' ? 'When' : 'when'} using ${names[kind]} filter with path.replacePrefixMatch, exactly one PathPrefix match must be specified`,
    );
  }
}

export function validateHTTPRoute(r: HTTPRoute): FieldCause[] {
  const c = new SchemaChecker();
  c.errs.push(...validateObjectMeta(r.metadata, nameIsDNSSubdomain));
  const spec = c.object<HTTPRoute['spec']>('spec', r.spec);
  if (!c.required('spec', r.spec) || !spec) return c.errs;
  parentRefs(c, spec.parentRefs);
  c.array<string>('spec.hostnames', spec.hostnames, { max: 16 }).forEach((h, i) =>
    c.string(index('spec.hostnames', i), h, { min: 1, max: 253, pattern: PATTERNS.hostname }),
  );
  const rules = c.array<NonNullable<HTTPRoute['spec']['rules']>[number]>('spec.rules', spec.rules, {
    max: 16,
  });
  let total = 0;
  rules.forEach((rule, i) => {
    const rp = index('spec.rules', i);
    if (!c.object(rp, rule)) return;
    c.string(child(rp, 'name'), rule.name, { min: 1, max: 253, pattern: PATTERNS.sectionName });
    const ms = c.array<HTTPRouteMatch>(child(rp, 'matches'), rule.matches, { max: 64 });
    total += ms.length;
    ms.forEach((m, j) => {
      const mp = index(child(rp, 'matches'), j);
      if (c.object(mp, m)) match(c, mp, m);
    });
    filters(c, child(rp, 'filters'), rule.filters);
    c.array<HTTPBackendRef>(child(rp, 'backendRefs'), rule.backendRefs, { max: 16 }).forEach(
      (b, j) => {
        const bp = index(child(rp, 'backendRefs'), j);
        if (!c.object(bp, b)) return;
        backendRef(c, bp, b, true);
        filters(c, child(bp, 'filters'), b.filters);
      },
    );
    ruleLevel(c, rp, rule);
  });
  c.rule(
    'spec.rules',
    total <= 128,
    'While 16 rules and 64 matches per rule are allowed, the total number of matches across all rules in a route must be less than 128',
    'array',
  );
  const names = rules.map((x) => x?.name).filter((n): n is string => !!n);
  c.rule(
    'spec.rules',
    new Set(names).size === names.length,
    'Rule name must be unique within the route',
    'array',
  );
  return c.errs;
}

export function validateReferenceGrant(g: ReferenceGrant): FieldCause[] {
  const c = new SchemaChecker();
  c.errs.push(...validateObjectMeta(g.metadata, nameIsDNSSubdomain));
  const spec = c.object<ReferenceGrant['spec']>('spec', g.spec);
  if (!c.required('spec', g.spec) || !spec) return c.errs;
  for (const side of ['from', 'to'] as const) {
    const sp = child('spec', side);
    if (!c.required(sp, spec[side])) continue;
    c.array<Record<string, string | undefined>>(sp, spec[side], { min: 1, max: 16 }).forEach(
      (e, i) => {
        const ep = index(sp, i);
        if (!c.object(ep, e)) return;
        if (c.required(child(ep, 'group'), e.group))
          c.string(child(ep, 'group'), e.group, { max: 253, pattern: PATTERNS.group });
        if (c.required(child(ep, 'kind'), e.kind))
          c.string(child(ep, 'kind'), e.kind, { min: 1, max: 63, pattern: PATTERNS.kind });
        if (side === 'from' && c.required(child(ep, 'namespace'), e.namespace))
          c.string(child(ep, 'namespace'), e.namespace, {
            min: 1,
            max: 63,
            pattern: PATTERNS.namespace,
          });
        if (side === 'to') c.string(child(ep, 'name'), e.name, { min: 1, max: 253 });
      },
    );
  }
  return c.errs;
}
