/**
 * The per-kind readers of an exercise check's parameters and expectation (reachability, dns,
 * endpoints, env, field, ingressRoute, service), each adding causes with field paths to the
 * reader. parse-exercise-spec.ts reads the spec around them.
 */
import { field, findKind, isDNS1123Label, parseSelector, type Protocol } from '@app/kube';
import { FieldPathError, parseFieldPath } from '../checks/field-path';
import { FieldReader, isMap, type YamlMap } from './field-reader';
import {
  type CheckKind,
  type DnsCheck,
  type EndpointsCheck,
  type EnvCheck,
  type ExerciseCheck,
  type ExpectedServicePort,
  type FieldCheck,
  type IngressRouteCheck,
  type PodTarget,
  type ReachabilityCheck,
  type ReachabilityDestination,
  type ReachabilitySource,
  type ServiceCheck,
} from './exercise-spec';

const PROTOCOLS: readonly Protocol[] = ['TCP', 'UDP', 'SCTP'];
const DNS_TYPES = ['A', 'AAAA', 'SRV', 'PTR', 'CNAME', 'TXT', 'ANY'] as const;
const RCODES = ['NOERROR', 'NXDOMAIN', 'SERVFAIL', 'REFUSED'] as const;
const SERVICE_TYPES = ['ClusterIP', 'NodePort', 'LoadBalancer', 'ExternalName'] as const;

export type Params<T> = Omit<T, 'id' | 'description' | 'points' | 'hint' | 'negate' | 'guard'>;

export function readParams(
  r: FieldReader,
  kind: CheckKind,
  m: YamlMap,
  expect: YamlMap,
  path: string,
): Params<ExerciseCheck> | undefined {
  switch (kind) {
    case 'reachability':
      return readReachability(r, m, expect, path);
    case 'dns':
      return readDns(r, m, expect, path);
    case 'endpoints':
      return readEndpoints(r, m, expect, path);
    case 'env':
      return readEnv(r, m, expect, path);
    case 'field':
      return readField(r, m, expect, path);
    case 'ingressRoute':
      return readIngressRoute(r, m, expect, path);
    case 'service':
      return readService(r, m, expect, path);
  }
}

/** Returns undefined when any cause was added since `before`. */
const clean = <T>(r: FieldReader, before: number, value: T): T | undefined =>
  r.causes.length === before ? value : undefined;

const NS_NAME = /^([^/\s]+)\/([^/\s]+)$/;

/** "namespace/name". */
function readNamespacedName(r: FieldReader, value: unknown, path: string): string | undefined {
  const s = r.string(value, path);
  if (s === undefined) return undefined;
  const match = NS_NAME.exec(s);
  if (!match) {
    r.add(field.invalid(path, s, 'must be "namespace/name"'));
    return undefined;
  }
  const before = r.causes.length;
  for (const msg of isDNS1123Label(match[1])) r.add(field.invalid(path, s, `namespace: ${msg}`));
  return clean(r, before, s);
}

/** "namespace/name" or {namespace?, name} or {namespace?, selector: "app=web,tier=front"}. */
function readPodTarget(r: FieldReader, value: unknown, path: string): PodTarget | undefined {
  if (typeof value === 'string') {
    const s = readNamespacedName(r, value, path);
    if (!s) return undefined;
    const [namespace, name] = s.split('/');
    return { namespace, name };
  }
  const m = r.map(value, path);
  if (!m) return undefined;
  r.onlyKnown(m, path, ['namespace', 'name', 'selector']);
  const namespace = r.string(m.namespace, field.child(path, 'namespace'), false) ?? 'default';
  if (m.name !== undefined && m.selector !== undefined) {
    r.add(field.forbidden(path, 'name and selector are mutually exclusive'));
    return undefined;
  }
  if (m.selector !== undefined) {
    const selector = r.string(m.selector, field.child(path, 'selector'));
    if (selector === undefined) return undefined;
    try {
      parseSelector(selector);
    } catch (e) {
      r.add(
        field.invalid(
          field.child(path, 'selector'),
          selector,
          e instanceof Error ? e.message : String(e),
        ),
      );
      return undefined;
    }
    return { namespace, selector };
  }
  const name = r.string(m.name, field.child(path, 'name'));
  return name === undefined ? undefined : { namespace, name };
}

function readPort(
  r: FieldReader,
  value: unknown,
  path: string,
  required: boolean,
): number | string | undefined {
  if (typeof value === 'string' && value !== '') return value;
  return r.integer(value, path, { required, min: 1, max: 65535 });
}

function readReachability(
  r: FieldReader,
  m: YamlMap,
  expect: YamlMap,
  path: string,
): Params<ReachabilityCheck> | undefined {
  const before = r.causes.length;
  const at = (k: string): string => field.child(path, k);
  let from: ReachabilitySource | undefined;
  if (isMap(m.from) && m.from.external !== undefined) {
    r.onlyKnown(m.from, at('from'), ['external']);
    const ip = r.string(m.from.external, at('from.external'));
    if (ip !== undefined) from = { external: ip };
  } else if (isMap(m.from) && m.from.pod !== undefined) {
    r.onlyKnown(m.from, at('from'), ['pod']);
    const pod = readPodTarget(r, m.from.pod, at('from.pod'));
    if (pod) from = { pod };
  } else if (m.from === undefined) {
    r.add(field.required(at('from'), 'a Pod ("namespace/name", {pod: …}) or {external: ip}'));
  } else {
    const pod = readPodTarget(r, m.from, at('from'));
    if (pod) from = { pod };
  }
  const to = readDestination(r, m.to, at('to'));
  const port = m.port === undefined ? undefined : readPort(r, m.port, at('port'), false);
  const protocol = r.oneOf(m.protocol, at('protocol'), PROTOCOLS, false);
  r.onlyKnown(expect, at('expect'), ['allowed', 'verdict']);
  const allowed = r.boolean(expect.allowed, at('expect.allowed'));
  const verdict = r.string(expect.verdict, at('expect.verdict'), false);
  if (to && !('url' in to) && !('node' in to) && port === undefined) {
    r.add(field.required(at('port'), 'the destination port (a number or a container port name)'));
  }
  return clean(r, before, {
    kind: 'reachability' as const,
    from: from as ReachabilitySource,
    to: to as ReachabilityDestination,
    ...(port !== undefined ? { port } : {}),
    ...(protocol ? { protocol } : {}),
    expect: { allowed: allowed as boolean, ...(verdict ? { verdict } : {}) },
  });
}

function readDestination(
  r: FieldReader,
  value: unknown,
  path: string,
): ReachabilityDestination | undefined {
  const m = r.map(value, path);
  if (!m) return undefined;
  const at = (k: string): string => field.child(path, k);
  const keys = ['pod', 'service', 'host', 'ip', 'url', 'node'].filter((k) => m[k] !== undefined);
  r.onlyKnown(m, path, ['pod', 'service', 'host', 'ip', 'url', 'node', 'nodePort']);
  if (keys.length !== 1) {
    r.add(
      keys.length === 0
        ? field.required(path, 'one of pod, service, host, ip, url, or node with nodePort')
        : field.forbidden(path, `only one destination may be given, found ${keys.join(', ')}`),
    );
    return undefined;
  }
  const k = keys[0];
  if (m.nodePort !== undefined && k !== 'node')
    r.add(field.forbidden(at('nodePort'), 'only with node'));
  switch (k) {
    case 'pod':
    case 'service': {
      const s = readNamespacedName(r, m[k], at(k));
      return s === undefined ? undefined : k === 'pod' ? { pod: s } : { service: s };
    }
    case 'node': {
      const node = r.string(m.node, at('node'));
      const nodePort = r.integer(m.nodePort, at('nodePort'), { min: 1, max: 65535 });
      return node === undefined || nodePort === undefined ? undefined : { node, nodePort };
    }
    default: {
      const s = r.string(m[k], at(k));
      if (s === undefined) return undefined;
      return k === 'host' ? { host: s } : k === 'ip' ? { ip: s } : { url: s };
    }
  }
}

function readDns(
  r: FieldReader,
  m: YamlMap,
  expect: YamlMap,
  path: string,
): Params<DnsCheck> | undefined {
  const before = r.causes.length;
  const at = (k: string): string => field.child(path, k);
  const from = m.from === undefined ? undefined : readPodTarget(r, m.from, at('from'));
  const name = r.string(m.name, at('name'));
  const type = r.oneOf(m.type, at('type'), DNS_TYPES, false) ?? 'A';
  r.onlyKnown(expect, at('expect'), ['rcode', 'answers', 'contains']);
  const rcode = r.oneOf(expect.rcode, at('expect.rcode'), RCODES, false);
  const answers = r.strings(expect.answers, at('expect.answers'), false);
  const contains = r.strings(expect.contains, at('expect.contains'), false);
  if (expect.rcode === undefined && expect.answers === undefined && expect.contains === undefined) {
    r.add(field.required(at('expect'), 'at least one of rcode, answers, contains'));
  }
  return clean(r, before, {
    kind: 'dns' as const,
    ...(from ? { from } : {}),
    name: name as string,
    type,
    expect: {
      ...(rcode ? { rcode } : {}),
      ...(answers ? { answers } : {}),
      ...(contains ? { contains } : {}),
    },
  });
}

function readEndpoints(
  r: FieldReader,
  m: YamlMap,
  expect: YamlMap,
  path: string,
): Params<EndpointsCheck> | undefined {
  const before = r.causes.length;
  const at = (k: string): string => field.child(path, k);
  const service = readNamespacedName(r, m.service, at('service'));
  r.onlyKnown(expect, at('expect'), ['count', 'ready', 'addresses']);
  const count = r.integer(expect.count, at('expect.count'), { required: false, min: 0 });
  const ready = r.integer(expect.ready, at('expect.ready'), { required: false, min: 0 });
  const addresses = r.strings(expect.addresses, at('expect.addresses'), false);
  if (expect.count === undefined && expect.ready === undefined && expect.addresses === undefined) {
    r.add(field.required(at('expect'), 'at least one of count, ready, addresses'));
  }
  return clean(r, before, {
    kind: 'endpoints' as const,
    service: service as string,
    expect: {
      ...(count !== undefined ? { count } : {}),
      ...(ready !== undefined ? { ready } : {}),
      ...(addresses ? { addresses } : {}),
    },
  });
}

function readEnv(
  r: FieldReader,
  m: YamlMap,
  expect: YamlMap,
  path: string,
): Params<EnvCheck> | undefined {
  const before = r.causes.length;
  const at = (k: string): string => field.child(path, k);
  const pod = readPodTarget(r, m.pod, at('pod'));
  const container = r.string(m.container, at('container'), false);
  const name = r.string(m.name, at('name'));
  r.onlyKnown(expect, at('expect'), ['present', 'value']);
  const present = r.boolean(expect.present, at('expect.present'));
  let value: string | undefined;
  if (expect.value !== undefined) {
    value =
      typeof expect.value === 'number'
        ? String(expect.value)
        : r.string(expect.value, at('expect.value'));
    if (present === false) r.add(field.forbidden(at('expect.value'), 'only with present: true'));
  }
  return clean(r, before, {
    kind: 'env' as const,
    pod: pod as PodTarget,
    ...(container ? { container } : {}),
    name: name as string,
    expect: { present: present as boolean, ...(value !== undefined ? { value } : {}) },
  });
}

function readField(
  r: FieldReader,
  m: YamlMap,
  expect: YamlMap,
  path: string,
): Params<FieldCheck> | undefined {
  const before = r.causes.length;
  const at = (k: string): string => field.child(path, k);
  const obj = r.map(m.object, at('object'));
  let object: FieldCheck['object'] | undefined;
  if (obj) {
    r.onlyKnown(obj, at('object'), ['kind', 'namespace', 'name']);
    const kind = r.string(obj.kind, at('object.kind'));
    const name = r.string(obj.name, at('object.name'));
    const info = kind ? findKind(kind) : undefined;
    if (kind && !info)
      r.add(field.invalid(at('object.kind'), kind, 'not a kind the sandbox stores'));
    const namespace = info?.namespaced
      ? (r.string(obj.namespace, at('object.namespace'), false) ?? 'default')
      : '';
    if (info && name) object = { kind: info.kind, namespace, name };
  }
  const p = r.string(m.path, at('path'));
  if (p !== undefined) {
    try {
      parseFieldPath(p);
    } catch (e) {
      if (!(e instanceof FieldPathError)) throw e;
      r.add(field.invalid(at('path'), p, e.message));
    }
  }
  r.onlyKnown(expect, at('expect'), ['equals', 'exists', 'matches']);
  const given = ['equals', 'exists', 'matches'].filter((k) => Object.hasOwn(expect, k));
  if (given.length !== 1) {
    r.add(
      given.length === 0
        ? field.required(at('expect'), 'one of equals, exists, matches')
        : field.forbidden(
            at('expect'),
            `equals, exists and matches are mutually exclusive, found ${given.join(', ')}`,
          ),
    );
  }
  const exists = r.boolean(expect.exists, at('expect.exists'), false);
  const matches = r.string(expect.matches, at('expect.matches'), false);
  if (matches !== undefined) {
    try {
      new RegExp(matches);
    } catch (e) {
      r.add(
        field.invalid(
          at('expect.matches'),
          matches,
          `not a valid regular expression: ${(e as Error).message}`,
        ),
      );
    }
  }
  return clean(r, before, {
    kind: 'field' as const,
    object: object as FieldCheck['object'],
    path: p as string,
    expect: {
      ...(Object.hasOwn(expect, 'equals') ? { equals: expect.equals } : {}),
      ...(exists !== undefined ? { exists } : {}),
      ...(matches !== undefined ? { matches } : {}),
    },
  });
}

function readIngressRoute(
  r: FieldReader,
  m: YamlMap,
  expect: YamlMap,
  path: string,
): Params<IngressRouteCheck> | undefined {
  const before = r.causes.length;
  const at = (k: string): string => field.child(path, k);
  const url = r.string(m.url, at('url'));
  const ingressClass = r.string(m.ingressClass, at('ingressClass'), false);
  r.onlyKnown(expect, at('expect'), ['matched', 'service', 'port', 'tlsSecret']);
  const matched = r.boolean(expect.matched, at('expect.matched'));
  const service = r.string(expect.service, at('expect.service'), false);
  const port =
    expect.port === undefined ? undefined : readPort(r, expect.port, at('expect.port'), false);
  const tlsSecret = r.string(expect.tlsSecret, at('expect.tlsSecret'), false);
  if (matched === false && (service || port !== undefined || tlsSecret)) {
    r.add(field.forbidden(at('expect'), 'service, port and tlsSecret only with matched: true'));
  }
  return clean(r, before, {
    kind: 'ingressRoute' as const,
    url: url as string,
    ...(ingressClass ? { ingressClass } : {}),
    expect: {
      matched: matched as boolean,
      ...(service ? { service } : {}),
      ...(port !== undefined ? { port } : {}),
      ...(tlsSecret ? { tlsSecret } : {}),
    },
  });
}

function readService(
  r: FieldReader,
  m: YamlMap,
  expect: YamlMap,
  path: string,
): Params<ServiceCheck> | undefined {
  const before = r.causes.length;
  const at = (k: string): string => field.child(path, k);
  const service = readNamespacedName(r, m.service, at('service'));
  r.onlyKnown(expect, at('expect'), ['type', 'ports']);
  const type = r.oneOf(expect.type, at('expect.type'), SERVICE_TYPES, false);
  const items = r.list(expect.ports, at('expect.ports'), false);
  const ports: ExpectedServicePort[] = [];
  items?.forEach((item, i) => {
    const p = field.index(at('expect.ports'), i);
    const pm = r.map(item, p);
    if (!pm) return;
    r.onlyKnown(pm, p, ['port', 'protocol', 'name', 'targetPort', 'nodePort']);
    const port = r.integer(pm.port, `${p}.port`, { min: 1, max: 65535 });
    const protocol = r.oneOf(pm.protocol, `${p}.protocol`, PROTOCOLS, false);
    const name = r.string(pm.name, `${p}.name`, false);
    const targetPort =
      pm.targetPort === undefined
        ? undefined
        : readPort(r, pm.targetPort, `${p}.targetPort`, false);
    const nodePort = r.integer(pm.nodePort, `${p}.nodePort`, {
      required: false,
      min: 1,
      max: 65535,
    });
    if (port === undefined) return;
    ports.push({
      port,
      ...(protocol ? { protocol } : {}),
      ...(name ? { name } : {}),
      ...(targetPort !== undefined ? { targetPort } : {}),
      ...(nodePort !== undefined ? { nodePort } : {}),
    });
  });
  if (expect.type === undefined && expect.ports === undefined) {
    r.add(field.required(at('expect'), 'at least one of type, ports'));
  }
  return clean(r, before, {
    kind: 'service' as const,
    service: service as string,
    expect: { ...(type ? { type } : {}), ...(items ? { ports } : {}) },
  });
}
