/**
 * NetworkPolicy, Ingress and IngressClass validation, following
 * pkg/apis/networking/validation/validation.go, and EndpointSlice validation following
 * pkg/apis/discovery/validation/validation.go.
 */
import type { FieldCause } from '../errors';
import type {
  EndpointSlice,
  Ingress,
  IngressBackend,
  IngressClass,
  NetworkPolicy,
  NetworkPolicyPeer,
  NetworkPolicyPort,
} from '../objects/networking';
import {
  isDNS1035Label,
  isDNS1123Label,
  isDNS1123Subdomain,
  isDomainPrefixedPath,
  isIANASvcName,
  isQualifiedName,
  isValidPortNum,
  isWildcardDNS1123Subdomain,
} from '../naming/names';
import { validateLabelSelector } from '../selectors/label-selector';
import {
  child,
  duplicate,
  forbidden,
  index,
  invalid,
  notSupported,
  required,
  tooLong,
  tooMany,
} from './field';
import { isIPSloppy, isIPv6, parseCIDRSloppy, parseIPv4Sloppy, validateCIDR } from './ip';
import { nameIsDNSSubdomain, validateObjectMeta } from './meta';

// ---- NetworkPolicy ----

const NP_PROTOCOLS = ['TCP', 'UDP', 'SCTP'];

function validateNetworkPolicyPort(port: NetworkPolicyPort, path: string): FieldCause[] {
  const errs: FieldCause[] = [];
  if (port.protocol !== undefined && !NP_PROTOCOLS.includes(port.protocol)) {
    errs.push(notSupported(child(path, 'protocol'), port.protocol, NP_PROTOCOLS));
  }
  if (port.port !== undefined && port.port !== null) {
    if (typeof port.port === 'number') {
      isValidPortNum(port.port).forEach((msg) =>
        errs.push(invalid(child(path, 'port'), port.port, msg)),
      );
      if (port.endPort !== undefined) {
        if (port.endPort < port.port)
          errs.push(
            invalid(
              child(path, 'endPort'),
              port.endPort,
              'must be greater than or equal to `port`',
            ),
          );
        isValidPortNum(port.endPort).forEach((msg) =>
          errs.push(invalid(child(path, 'endPort'), port.endPort, msg)),
        );
      }
    } else {
      if (port.endPort !== undefined)
        errs.push(
          invalid(
            child(path, 'endPort'),
            port.endPort,
            'may not be specified when `port` is non-numeric',
          ),
        );
      isIANASvcName(port.port).forEach((msg) =>
        errs.push(invalid(child(path, 'port'), port.port, msg)),
      );
    }
  } else if (port.endPort !== undefined) {
    errs.push(
      invalid(
        child(path, 'endPort'),
        port.endPort,
        'may not be specified when `port` is not specified',
      ),
    );
  }
  return errs;
}

/** ValidateIPBlock: cidr required and valid; each except valid and a strict subset of cidr. */
function validateIPBlock(
  cidr: string | undefined,
  except: string[] | undefined,
  path: string,
): FieldCause[] {
  if (!cidr) return [required(child(path, 'cidr'), '')];
  const errs = validateCIDR(child(path, 'cidr'), cidr);
  const outer = parseCIDRSloppy(cidr);
  if (!outer) return errs;
  (except ?? []).forEach((ex, i) => {
    const p = index(child(path, 'except'), i);
    const inner = parseCIDRSloppy(ex);
    if (!inner) {
      errs.push(...validateCIDR(p, ex));
      return;
    }
    let subset = inner.family === outer.family && outer.prefix < inner.prefix;
    if (subset && outer.family === 4) {
      const mask = outer.prefix === 0 ? 0 : (0xffffffff << (32 - outer.prefix)) >>> 0;
      subset = (inner.base! & mask) >>> 0 === outer.base;
    }
    if (!subset) errs.push(invalid(p, ex, 'must be a strict subset of `cidr`'));
  });
  return errs;
}

function validatePeer(peer: NetworkPolicyPeer, path: string): FieldCause[] {
  const errs: FieldCause[] = [];
  let count = 0;
  if (peer.podSelector) {
    count++;
    errs.push(...validateLabelSelector(peer.podSelector, child(path, 'podSelector')));
  }
  if (peer.namespaceSelector) {
    count++;
    errs.push(...validateLabelSelector(peer.namespaceSelector, child(path, 'namespaceSelector')));
  }
  if (peer.ipBlock) {
    count++;
    errs.push(...validateIPBlock(peer.ipBlock.cidr, peer.ipBlock.except, child(path, 'ipBlock')));
  }
  if (count === 0) errs.push(required(path, 'must specify a peer'));
  else if (count > 1 && peer.ipBlock)
    errs.push(forbidden(path, 'may not specify both ipBlock and another peer'));
  return errs;
}

/** ValidateNetworkPolicy: podSelector, every rule's ports and peers, policyTypes (at most two, Ingress/Egress). */
export function validateNetworkPolicy(np: NetworkPolicy): FieldCause[] {
  const errs = validateObjectMeta(np.metadata, nameIsDNSSubdomain);
  const spec = np.spec;
  if (!spec) return [...errs, required('spec', '')];
  errs.push(...validateLabelSelector(spec.podSelector, 'spec.podSelector'));
  (spec.ingress ?? []).forEach((rule, i) => {
    const p = index('spec.ingress', i);
    (rule?.ports ?? []).forEach((port, j) =>
      errs.push(...validateNetworkPolicyPort(port, index(child(p, 'ports'), j))),
    );
    (rule?.from ?? []).forEach((peer, j) =>
      errs.push(...validatePeer(peer, index(child(p, 'from'), j))),
    );
  });
  (spec.egress ?? []).forEach((rule, i) => {
    const p = index('spec.egress', i);
    (rule?.ports ?? []).forEach((port, j) =>
      errs.push(...validateNetworkPolicyPort(port, index(child(p, 'ports'), j))),
    );
    (rule?.to ?? []).forEach((peer, j) =>
      errs.push(...validatePeer(peer, index(child(p, 'to'), j))),
    );
  });
  const types = spec.policyTypes ?? [];
  if (types.length > 2) {
    errs.push({
      reason: 'FieldValueInvalid',
      field: 'spec.policyTypes',
      message: `Invalid value: []networking.PolicyType{${types.map((t) => JSON.stringify(t)).join(', ')}}: may not specify more than two policyTypes`,
    });
    return errs;
  }
  types.forEach((t, i) => {
    if (t !== 'Ingress' && t !== 'Egress')
      errs.push(notSupported(index('spec.policyTypes', i), t, ['Ingress', 'Egress']));
  });
  return errs;
}

// ---- Ingress ----

const PATH_TYPES = ['Exact', 'ImplementationSpecific', 'Prefix'];
const INVALID_PATH_SEQUENCES = ['//', '/./', '/../', '%2f', '%2F'];
const INVALID_PATH_SUFFIXES = ['/..', '/.'];

function validateBackend(backend: IngressBackend | undefined, path: string): FieldCause[] {
  const errs: FieldCause[] = [];
  const hasResource = !!backend?.resource;
  const hasService = !!backend?.service;
  if (hasResource && hasService)
    return [invalid(path, '', 'cannot set both resource and service backends')];
  if (hasResource) {
    const r = backend!.resource!;
    const rp = child(path, 'resource');
    if (r.apiGroup !== undefined)
      isDNS1123Subdomain(r.apiGroup).forEach((msg) =>
        errs.push(invalid(child(rp, 'apiGroup'), r.apiGroup, msg)),
      );
    if (!r.kind) errs.push(required(child(rp, 'kind'), ''));
    if (!r.name) errs.push(required(child(rp, 'name'), ''));
    return errs;
  }
  if (!hasService) return [invalid(path, '', 'resource or service backend is required')];
  const svc = backend!.service!;
  const sp = child(path, 'service');
  if (!svc.name) errs.push(required(child(sp, 'name'), ''));
  else
    isDNS1035Label(svc.name).forEach((msg) => errs.push(invalid(child(sp, 'name'), svc.name, msg)));
  const hasName = !!svc.port?.name;
  const hasNumber = !!svc.port?.number;
  if (hasName && hasNumber) errs.push(invalid(path, '', 'cannot set both port name & port number'));
  else if (hasName)
    isIANASvcName(svc.port!.name!).forEach((msg) =>
      errs.push(invalid(`${sp}.port.name`, svc.port!.name, msg)),
    );
  else if (hasNumber)
    isValidPortNum(svc.port!.number!).forEach((msg) =>
      errs.push(invalid(`${sp}.port.number`, svc.port!.number, msg)),
    );
  else errs.push(required(path, 'port name or number is required'));
  return errs;
}

/**
 * ValidateIngressCreate: defaultBackend or rules required; hosts are DNS-1123 subdomains (or one
 * leading "*." wildcard), never IPs; each HTTP path needs a pathType, Exact/Prefix paths start with
 * "/" and avoid "//", "/./", "/../", "%2f" and a "/." or "/.." ending; backends are service XOR
 * resource with a port name XOR number; TLS hosts and secret names; ingressClassName.
 */
export function validateIngress(ing: Ingress): FieldCause[] {
  const errs = validateObjectMeta(ing.metadata, nameIsDNSSubdomain);
  const spec = ing.spec ?? {};
  const rules = spec.rules ?? [];
  if (rules.length === 0 && !spec.defaultBackend) {
    errs.push({
      reason: 'FieldValueInvalid',
      field: 'spec',
      message:
        'Invalid value: []networking.IngressRule(nil): either `defaultBackend` or `rules` must be specified',
    });
  }
  if (spec.defaultBackend)
    errs.push(...validateBackend(spec.defaultBackend, 'spec.defaultBackend'));
  rules.forEach((rule, i) => {
    const rp = index('spec.rules', i);
    const host = rule?.host;
    if (host) {
      if (isIPSloppy(host))
        errs.push(invalid(child(rp, 'host'), host, 'must be a DNS name, not an IP address'));
      const msgs = host.includes('*') ? isWildcardDNS1123Subdomain(host) : isDNS1123Subdomain(host);
      msgs.forEach((msg) => errs.push(invalid(child(rp, 'host'), host, msg)));
    }
    if (!rule?.http) return;
    const hp = child(rp, 'http');
    const paths = rule.http.paths ?? [];
    if (paths.length === 0) errs.push(required(child(hp, 'paths'), ''));
    paths.forEach((p, j) => {
      const pp = index(child(hp, 'paths'), j);
      if (!p.pathType) {
        errs.push(required(child(pp, 'pathType'), 'pathType must be specified'));
        return;
      }
      const text = p.path ?? '';
      if (p.pathType === 'Exact' || p.pathType === 'Prefix') {
        if (!text.startsWith('/'))
          errs.push(invalid(child(pp, 'path'), text, 'must be an absolute path'));
        if (text.length > 0) {
          for (const seq of INVALID_PATH_SEQUENCES) {
            if (text.includes(seq))
              errs.push(invalid(child(pp, 'path'), text, `must not contain '${seq}'`));
          }
          for (const suffix of INVALID_PATH_SUFFIXES) {
            if (text.endsWith(suffix))
              errs.push(invalid(child(pp, 'path'), text, `cannot end with '${suffix}'`));
          }
        }
      } else if (p.pathType === 'ImplementationSpecific') {
        if (text.length > 0 && !text.startsWith('/'))
          errs.push(invalid(child(pp, 'path'), text, 'must be an absolute path'));
      } else {
        errs.push(notSupported(child(pp, 'pathType'), p.pathType, PATH_TYPES));
      }
      errs.push(...validateBackend(p.backend, child(pp, 'backend')));
    });
  });
  (spec.tls ?? []).forEach((tls, i) => {
    const tp = index('spec.tls', i);
    (tls.hosts ?? []).forEach((host, j) => {
      const msgs = host.includes('*') ? isWildcardDNS1123Subdomain(host) : isDNS1123Subdomain(host);
      msgs.forEach((msg) => errs.push(invalid(index(child(tp, 'hosts'), j), host, msg)));
    });
    if (tls.secretName)
      isDNS1123Subdomain(tls.secretName).forEach((msg) =>
        errs.push(invalid(child(tp, 'secretName'), tls.secretName, msg)),
      );
  });
  if (spec.ingressClassName !== undefined) {
    isDNS1123Subdomain(spec.ingressClassName).forEach((msg) =>
      errs.push(invalid('spec.ingressClassName', spec.ingressClassName, msg)),
    );
  }
  const annotation = ing.metadata?.annotations?.['kubernetes.io/ingress.class'];
  if (
    annotation !== undefined &&
    spec.ingressClassName !== undefined &&
    annotation !== spec.ingressClassName
  ) {
    errs.push(
      invalid(
        'annotations.kubernetes.io/ingress.class',
        annotation,
        'must match `ingressClassName` when both are specified',
      ),
    );
  }
  return errs;
}

/** ValidateIngressClass: controller required, at most 250 bytes, a domain-prefixed path. */
export function validateIngressClass(ic: IngressClass): FieldCause[] {
  const errs = validateObjectMeta(ic.metadata, nameIsDNSSubdomain);
  const controller = ic.spec?.controller ?? '';
  if (!controller) errs.push(required('spec.controller', ''));
  else {
    if (controller.length > 250) errs.push(tooLong('spec.controller', 250));
    for (const r of isDomainPrefixedPath(controller)) {
      if ('required' in r) errs.push(required('spec.controller', ''));
      else errs.push(invalid('spec.controller', r.value, r.message));
    }
  }
  const params = ic.spec?.parameters;
  if (params) {
    const pp = 'spec.parameters';
    if (!params.kind) errs.push(required(child(pp, 'kind'), ''));
    if (!params.name) errs.push(required(child(pp, 'name'), ''));
    if (params.scope === undefined) errs.push(required(child(pp, 'scope'), ''));
    else if (params.scope !== 'Cluster' && params.scope !== 'Namespace') {
      errs.push(notSupported(child(pp, 'scope'), params.scope, ['Cluster', 'Namespace']));
    } else if (params.scope === 'Namespace' && params.namespace === undefined) {
      errs.push(required(child(pp, 'namespace'), "`parameters.scope` is set to 'Namespace'"));
    } else if (params.scope === 'Cluster' && params.namespace !== undefined) {
      errs.push(forbidden(child(pp, 'namespace'), "`parameters.scope` is set to 'Cluster'"));
    }
  }
  return errs;
}

// ---- EndpointSlice ----

const ADDRESS_TYPES = ['FQDN', 'IPv4', 'IPv6'];
const ES_PROTOCOLS = ['SCTP', 'TCP', 'UDP'];
export const MAX_ENDPOINTS_PER_SLICE = 1000;
const MAX_ADDRESSES = 100;
const MAX_PORTS = 20000;

/** ValidateEndpointIP for IPv4: no unspecified, loopback, link-local or link-local multicast. */
function endpointIPv4Errors(ip: number, path: string, text: string): FieldCause[] {
  if (ip === 0) return [invalid(path, text, 'may not be unspecified (0.0.0.0, ::)')];
  if (ip >>> 24 === 127)
    return [invalid(path, text, 'may not be in the loopback range (127.0.0.0/8, ::1/128)')];
  if (ip >>> 16 === 0xa9fe)
    return [invalid(path, text, 'may not be in the link-local range (169.254.0.0/16, fe80::/10)')];
  if (ip >>> 8 === 0xe00000)
    return [
      invalid(path, text, 'may not be in the link-local multicast range (224.0.0.0/24, ff02::/10)'),
    ];
  return [];
}

/** IsFullyQualifiedDomainName: a trailing dot allowed, subdomain, at least two labels. */
function fqdnErrors(path: string, name: string): FieldCause[] {
  if (!name) return [required(path, '')];
  const n = name.replace(/\.$/, '');
  const sub = isDNS1123Subdomain(n);
  if (sub.length) return [invalid(path, n, sub.join(','))];
  if (n.split('.').length < 2)
    return [invalid(path, n, 'should be a domain with at least two segments separated by dots')];
  for (const label of n.split('.')) {
    const errs = isDNS1123Label(label);
    if (errs.length) return [invalid(path, label, errs.join(','))];
  }
  return [];
}

/**
 * ValidateEndpointSlice: addressType (FQDN, IPv4, IPv6), at most 1000 endpoints each with 1-100
 * addresses valid for the type, hostname a DNS-1123 label, ports named as DNS-1123 labels and unique,
 * protocol, appProtocol a qualified name.
 */
export function validateEndpointSlice(es: EndpointSlice): FieldCause[] {
  const errs = validateObjectMeta(es.metadata, nameIsDNSSubdomain);
  const addrType = es.addressType as string | undefined;
  if (!addrType) errs.push(required('addressType', ''));
  else if (!ADDRESS_TYPES.includes(addrType))
    errs.push(notSupported('addressType', addrType, ADDRESS_TYPES));

  const endpoints = es.endpoints ?? [];
  if (endpoints.length > MAX_ENDPOINTS_PER_SLICE) {
    errs.push(tooMany('endpoints', endpoints.length, MAX_ENDPOINTS_PER_SLICE));
  } else {
    endpoints.forEach((ep, i) => {
      const ip = index('endpoints', i);
      const ap = child(ip, 'addresses');
      const addresses = ep.addresses ?? [];
      if (addresses.length === 0) errs.push(required(ap, 'must contain at least 1 address'));
      else if (addresses.length > MAX_ADDRESSES)
        errs.push(tooMany(ap, addresses.length, MAX_ADDRESSES));
      addresses.forEach((addr, j) => {
        const p = index(ap, j);
        if (addrType === 'IPv4') {
          const v4 = parseIPv4Sloppy(addr);
          if (v4 === undefined) errs.push(invalid(p, addr, 'must be a valid IPv4 address'));
          else errs.push(...endpointIPv4Errors(v4, p, addr));
        } else if (addrType === 'IPv6') {
          if (!isIPv6(addr)) errs.push(invalid(p, addr, 'must be a valid IPv6 address'));
        } else if (addrType === 'FQDN') {
          errs.push(...fqdnErrors(p, addr));
        }
      });
      if (ep.nodeName)
        isDNS1123Subdomain(ep.nodeName).forEach((msg) =>
          errs.push(invalid(child(ip, 'nodeName'), ep.nodeName, msg)),
        );
      if (ep.hostname !== undefined)
        isDNS1123Label(ep.hostname).forEach((msg) =>
          errs.push(invalid(child(ip, 'hostname'), ep.hostname, msg)),
        );
    });
  }

  const ports = es.ports ?? [];
  if (ports.length > MAX_PORTS) errs.push(tooMany('ports', ports.length, MAX_PORTS));
  const names = new Set<string>();
  ports.forEach((port, i) => {
    const p = index('ports', i);
    const name = port.name ?? '';
    if (name)
      isDNS1123Label(name).forEach((msg) => errs.push(invalid(child(p, 'name'), name, msg)));
    if (names.has(name)) errs.push(duplicate(child(p, 'name'), name));
    else names.add(name);
    if (!port.protocol) errs.push(required(child(p, 'protocol'), ''));
    else if (!ES_PROTOCOLS.includes(port.protocol))
      errs.push(notSupported(child(p, 'protocol'), port.protocol, ES_PROTOCOLS));
    if (port.appProtocol !== undefined) {
      isQualifiedName(port.appProtocol).forEach((msg) =>
        errs.push(invalid(child(p, 'appProtocol'), port.appProtocol, msg)),
      );
    }
  });
  return errs;
}
