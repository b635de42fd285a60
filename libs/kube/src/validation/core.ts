/**
 * core/v1 validation for Namespace, Node, Pod (and Pod templates), Service and Secret, following
 * pkg/apis/core/validation/validation.go (ValidateNamespace, ValidateNode, ValidatePodSpec,
 * validateContainerPorts, ValidateService, validateServicePort, ValidateServiceClusterIPsRelatedFields,
 * ValidateSecret). Input is expected to be defaulted (validateObject does that).
 */
import type { FieldCause } from '../errors';
import type {
  Container,
  ContainerPort,
  Namespace,
  Node,
  Pod,
  PodSpec,
  Secret,
  Service,
  ServicePort,
} from '../objects/core';
import type { IntOrString } from '../objects/meta';
import {
  isDNS1123Label,
  isDNS1123Subdomain,
  isIANASvcName,
  isQualifiedName,
  isValidPortNum,
  regexError,
  maxLenError,
} from '../naming/names';
import { validateLabels } from '../selectors/label-selector';
import {
  child,
  duplicate,
  forbidden,
  goQuote,
  index,
  invalid,
  key,
  notSupported,
  required,
  tooLong,
} from './field';
import { validateCIDR, validateIP } from './ip';
import { nameIsDNS1035Label, nameIsDNSLabel, nameIsDNSSubdomain, validateObjectMeta } from './meta';

/** sets.List order (sorted) of supportedPortProtocols. */
export const SUPPORTED_PORT_PROTOCOLS = ['SCTP', 'TCP', 'UDP'] as const;

const nonNegative = (path: string, value: number | undefined): FieldCause[] =>
  typeof value === 'number' && value < 0
    ? [invalid(path, value, 'must be greater than or equal to 0')]
    : [];

const protocolErrors = (path: string, protocol: unknown): FieldCause[] => {
  if (protocol === undefined || protocol === null || protocol === '') return [required(path, '')];
  return (SUPPORTED_PORT_PROTOCOLS as readonly string[]).includes(protocol as string)
    ? []
    : [notSupported(path, protocol, SUPPORTED_PORT_PROTOCOLS)];
};

/** ValidatePortNumOrName: a number must be 1-65535, a string an IANA_SVC_NAME. */
export function validatePortNumOrName(port: IntOrString | undefined, path: string): FieldCause[] {
  if (typeof port === 'number') return isValidPortNum(port).map((msg) => invalid(path, port, msg));
  if (typeof port === 'string') return isIANASvcName(port).map((msg) => invalid(path, port, msg));
  return [];
}

// ---- Namespace, Node ----

export function validateNamespace(ns: Namespace): FieldCause[] {
  return validateObjectMeta(ns.metadata, nameIsDNSLabel);
}

export function validateNode(node: Node): FieldCause[] {
  const errs = validateObjectMeta(node.metadata, nameIsDNSSubdomain);
  (node.spec?.podCIDRs ?? []).forEach((cidr, i) =>
    errs.push(...validateCIDR(index('spec.podCIDRs', i), cidr)),
  );
  return errs;
}

// ---- Pod ----

/** validateContainerPorts: names IANA_SVC_NAME and unique per container, ports 1-65535, protocol. */
function validateContainerPorts(
  ports: ContainerPort[] | undefined,
  path: string,
  hostNetwork: boolean,
): FieldCause[] {
  const errs: FieldCause[] = [];
  const names = new Set<string>();
  (ports ?? []).forEach((port, i) => {
    const p = index(path, i);
    if (port.name) {
      const msgs = isIANASvcName(port.name);
      if (msgs.length) msgs.forEach((msg) => errs.push(invalid(child(p, 'name'), port.name, msg)));
      else if (names.has(port.name)) errs.push(duplicate(child(p, 'name'), port.name));
      else names.add(port.name);
    }
    if (!port.containerPort) errs.push(required(child(p, 'containerPort'), ''));
    else
      isValidPortNum(port.containerPort).forEach((msg) =>
        errs.push(invalid(child(p, 'containerPort'), port.containerPort, msg)),
      );
    if (port.hostPort)
      isValidPortNum(port.hostPort).forEach((msg) =>
        errs.push(invalid(child(p, 'hostPort'), port.hostPort, msg)),
      );
    errs.push(...protocolErrors(child(p, 'protocol'), port.protocol));
    if (hostNetwork && port.hostPort && port.hostPort !== port.containerPort) {
      errs.push(
        invalid(
          child(p, 'hostPort'),
          port.hostPort,
          'must match `containerPort` when `hostNetwork` is true',
        ),
      );
    }
  });
  return errs;
}

const PULL_POLICIES = ['Always', 'IfNotPresent', 'Never'];

function validateContainers(
  containers: Container[] | undefined,
  path: string,
  names: Set<string>,
  hostNetwork: boolean,
  requireImage: boolean,
): FieldCause[] {
  const errs: FieldCause[] = [];
  (containers ?? []).forEach((c, i) => {
    const p = index(path, i);
    const namePath = child(p, 'name');
    if (!c.name) errs.push(required(namePath, ''));
    else isDNS1123Label(c.name).forEach((msg) => errs.push(invalid(namePath, c.name, msg)));
    if (c.name && names.has(c.name)) errs.push(duplicate(namePath, c.name));
    else if (c.name) names.add(c.name);
    if (!c.image) {
      if (requireImage) errs.push(required(child(p, 'image'), ''));
    } else if (c.image.trim() !== c.image) {
      errs.push(
        invalid(child(p, 'image'), c.image, 'must not have leading or trailing whitespace'),
      );
    }
    errs.push(...validateContainerPorts(c.ports, child(p, 'ports'), hostNetwork));
    if (
      c.imagePullPolicy === undefined ||
      c.imagePullPolicy === null ||
      (c.imagePullPolicy as string) === ''
    ) {
      errs.push(required(child(p, 'imagePullPolicy'), ''));
    } else if (!PULL_POLICIES.includes(c.imagePullPolicy)) {
      errs.push(notSupported(child(p, 'imagePullPolicy'), c.imagePullPolicy, PULL_POLICIES));
    }
  });
  return errs;
}

const DNS_POLICIES = ['ClusterFirst', 'ClusterFirstWithHostNet', 'Default', 'None'];
const RESTART_POLICIES = ['Always', 'OnFailure', 'Never'];

/**
 * ValidatePodSpec, the parts the sandbox models: containers (required, names, image, ports, pull
 * policy), initContainers, restartPolicy, dnsPolicy, nodeName, hostname, subdomain,
 * terminationGracePeriodSeconds. `requireImage` is true for Pods, false for templates (upstream
 * requires an image only when a Pod is created).
 */
export function validatePodSpec(
  spec: PodSpec | undefined,
  path: string,
  requireImage: boolean,
): FieldCause[] {
  const errs: FieldCause[] = [];
  if (!spec) return [required(path, '')];
  const hostNetwork = spec.hostNetwork === true;
  const names = new Set<string>();
  if (!spec.containers || spec.containers.length === 0)
    errs.push(required(child(path, 'containers'), ''));
  errs.push(
    ...validateContainers(
      spec.initContainers,
      child(path, 'initContainers'),
      names,
      hostNetwork,
      requireImage,
    ),
  );
  errs.push(
    ...validateContainers(
      spec.containers,
      child(path, 'containers'),
      names,
      hostNetwork,
      requireImage,
    ),
  );
  if (!spec.restartPolicy) errs.push(required(child(path, 'restartPolicy'), ''));
  else if (!RESTART_POLICIES.includes(spec.restartPolicy)) {
    errs.push(notSupported(child(path, 'restartPolicy'), spec.restartPolicy, RESTART_POLICIES));
  }
  if (!spec.dnsPolicy) errs.push(required(child(path, 'dnsPolicy'), ''));
  else if (!DNS_POLICIES.includes(spec.dnsPolicy))
    errs.push(notSupported(child(path, 'dnsPolicy'), spec.dnsPolicy, DNS_POLICIES));
  if (
    spec.dnsPolicy === 'None' &&
    (!spec.dnsConfig || (spec.dnsConfig.nameservers ?? []).length === 0)
  ) {
    errs.push(
      required(
        child(child(path, 'dnsConfig'), 'nameservers'),
        'must provide at least one DNS nameserver when `dnsPolicy` is None',
      ),
    );
  }
  if (spec.nodeName) {
    isDNS1123Subdomain(spec.nodeName).forEach((msg) =>
      errs.push(invalid(child(path, 'nodeName'), spec.nodeName, msg)),
    );
  }
  if (spec.hostname)
    isDNS1123Label(spec.hostname).forEach((msg) =>
      errs.push(invalid(child(path, 'hostname'), spec.hostname, msg)),
    );
  if (spec.subdomain)
    isDNS1123Label(spec.subdomain).forEach((msg) =>
      errs.push(invalid(child(path, 'subdomain'), spec.subdomain, msg)),
    );
  errs.push(
    ...nonNegative(
      child(path, 'terminationGracePeriodSeconds'),
      spec.terminationGracePeriodSeconds,
    ),
  );
  return errs;
}

export function validatePod(pod: Pod): FieldCause[] {
  return [
    ...validateObjectMeta(pod.metadata, nameIsDNSSubdomain),
    ...validatePodSpec(pod.spec, 'spec', true),
  ];
}

// ---- Service ----

const SERVICE_TYPES = ['ClusterIP', 'ExternalName', 'LoadBalancer', 'NodePort'];
const SESSION_AFFINITIES = ['ClientIP', 'None'];
const TRAFFIC_POLICIES = ['Cluster', 'Local'];
const IP_FAMILIES = ['IPv4', 'IPv6'];
const IP_FAMILY_POLICIES = ['PreferDualStack', 'RequireDualStack', 'SingleStack'];

const isHeadless = (svc: Service): boolean =>
  svc.spec.clusterIP === 'None' || svc.spec.clusterIPs?.[0] === 'None';

/** Go's %#v of the internal core.ServicePort key used in the duplicate-port message. */
const goServicePortKey = (protocol: string | undefined, port: number): string =>
  `core.ServicePort{Name:"", Protocol:${goQuote(protocol ?? '')}, AppProtocol:(*string)(nil), Port:${port}, ` +
  `TargetPort:intstr.IntOrString{Type:0, IntVal:0, StrVal:""}, NodePort:0}`;

function validateServicePort(
  sp: ServicePort,
  requireName: boolean,
  names: Set<string>,
  path: string,
): FieldCause[] {
  const errs: FieldCause[] = [];
  if (requireName && !sp.name) errs.push(required(child(path, 'name'), ''));
  else if (sp.name) {
    isDNS1123Label(sp.name).forEach((msg) => errs.push(invalid(child(path, 'name'), sp.name, msg)));
    if (names.has(sp.name)) errs.push(duplicate(child(path, 'name'), sp.name));
    else names.add(sp.name);
  }
  isValidPortNum(sp.port).forEach((msg) =>
    errs.push(invalid(child(path, 'port'), sp.port ?? 0, msg)),
  );
  errs.push(...protocolErrors(child(path, 'protocol'), sp.protocol));
  errs.push(...validatePortNumOrName(sp.targetPort, child(path, 'targetPort')));
  if (sp.appProtocol !== undefined) {
    isQualifiedName(sp.appProtocol).forEach((msg) =>
      errs.push(invalid(child(path, 'appProtocol'), sp.appProtocol, msg)),
    );
  }
  return errs;
}

function validateClusterIPs(svc: Service): FieldCause[] {
  const spec = svc.spec;
  if (spec.type === 'ExternalName') return [];
  const errs: FieldCause[] = [];
  const ips = spec.clusterIPs ?? [];
  if (spec.clusterIP) {
    if (ips.length === 0) errs.push(required('spec.clusterIPs', ''));
    else if (ips[0] !== spec.clusterIP)
      errs.push(invalid('spec.clusterIPs', ips, 'first value must match `clusterIP`'));
  } else if (ips.length !== 0) {
    errs.push(invalid('spec.clusterIPs', ips, 'must be empty when `clusterIP` is not specified'));
  }
  const seen = new Set<string>();
  (spec.ipFamilies ?? []).forEach((fam, i) => {
    if (!IP_FAMILIES.includes(fam))
      errs.push(notSupported(index('spec.ipFamilies', i), fam, IP_FAMILIES));
    if (seen.has(fam)) errs.push(duplicate(index('spec.ipFamilies', i), fam));
    seen.add(fam);
  });
  if (spec.ipFamilyPolicy !== undefined && !IP_FAMILY_POLICIES.includes(spec.ipFamilyPolicy)) {
    errs.push(notSupported('spec.ipFamilyPolicy', spec.ipFamilyPolicy, IP_FAMILY_POLICIES));
  }
  ips.forEach((ip, i) => {
    if (i === 0 && ip === 'None') {
      if (ips.length > 1)
        errs.push(invalid('spec.clusterIPs', ips, "'None' must be the first and only value"));
      return;
    }
    errs.push(...validateIP(index('spec.clusterIPs', i), ip));
  });
  if (ips.length > 2) errs.push(invalid('spec.clusterIPs', ips, 'may only hold up to 2 values'));
  return errs;
}

/** ValidateService for a create (the sandbox's single-stack IPv4 view of dual-stack fields). */
export function validateService(svc: Service): FieldCause[] {
  const errs = validateObjectMeta(svc.metadata, nameIsDNS1035Label);
  const spec = svc.spec;
  if (!spec) return [...errs, required('spec', '')];
  const ports = spec.ports ?? [];
  const headless = isHeadless(svc);

  if (ports.length === 0 && !headless && spec.type !== 'ExternalName')
    errs.push(required('spec.ports', ''));
  const firstIP = spec.clusterIPs?.[0] ?? spec.clusterIP ?? '';
  if (spec.type === 'LoadBalancer' && headless) {
    errs.push(
      invalid('spec.clusterIPs[0]', firstIP, "may not be set to 'None' for LoadBalancer services"),
    );
  } else if (spec.type === 'NodePort' && headless) {
    errs.push(
      invalid('spec.clusterIPs[0]', firstIP, "may not be set to 'None' for NodePort services"),
    );
  } else if (spec.type === 'ExternalName') {
    if ((spec.clusterIPs?.length ?? 0) > 0 || spec.clusterIP)
      errs.push(forbidden('spec.clusterIPs', 'may not be set for ExternalName services'));
    if ((spec.ipFamilies?.length ?? 0) > 0)
      errs.push(forbidden('spec.ipFamilies', 'may not be set for ExternalName services'));
    if (spec.ipFamilyPolicy !== undefined)
      errs.push(forbidden('spec.ipFamilyPolicy', 'may not be set for ExternalName services'));
    // A trailing dot marks the CNAME fully qualified.
    const cname = (spec.externalName ?? '').replace(/\.$/, '');
    if (cname)
      isDNS1123Subdomain(cname).forEach((msg) =>
        errs.push(invalid('spec.externalName', cname, msg)),
      );
    else errs.push(required('spec.externalName', ''));
  }

  const names = new Set<string>();
  ports.forEach((p, i) =>
    errs.push(...validateServicePort(p, ports.length > 1, names, index('spec.ports', i))),
  );

  if (spec.selector) errs.push(...validateLabels(spec.selector, 'spec.selector'));

  if (!spec.sessionAffinity) errs.push(required('spec.sessionAffinity', ''));
  else if (!SESSION_AFFINITIES.includes(spec.sessionAffinity)) {
    errs.push(notSupported('spec.sessionAffinity', spec.sessionAffinity, SESSION_AFFINITIES));
  }
  if (spec.sessionAffinity === 'ClientIP') {
    const timeout = spec.sessionAffinityConfig?.clientIP?.timeoutSeconds;
    if (timeout === undefined)
      errs.push(required('spec.sessionAffinityConfig.clientIP.timeoutSeconds', ''));
    else if (!(timeout > 0 && timeout <= 86400)) {
      errs.push(
        invalid(
          'spec.sessionAffinityConfig.clientIP.timeoutSeconds',
          timeout,
          'must be greater than 0 and less than 86400',
        ),
      );
    }
  } else if (spec.sessionAffinity === 'None' && spec.sessionAffinityConfig) {
    errs.push(
      forbidden('spec.sessionAffinityConfig', 'must not be set when session affinity is None'),
    );
  }

  errs.push(...validateClusterIPs(svc));

  (spec.externalIPs ?? []).forEach((ip, i) =>
    errs.push(...validateIP(index('spec.externalIPs', i), ip)),
  );

  if (!spec.type) errs.push(required('spec.type', ''));
  else if (!SERVICE_TYPES.includes(spec.type))
    errs.push(notSupported('spec.type', spec.type, SERVICE_TYPES));

  if (spec.type === 'ClusterIP') {
    ports.forEach((p, i) => {
      if (p.nodePort)
        errs.push(
          forbidden(
            child(index('spec.ports', i), 'nodePort'),
            "may not be used when `type` is 'ClusterIP'",
          ),
        );
    });
  }

  const nodePorts = new Set<string>();
  ports.forEach((p, i) => {
    if (!p.nodePort) return;
    const k = `${p.protocol}/${p.nodePort}`;
    if (nodePorts.has(k))
      errs.push(duplicate(child(index('spec.ports', i), 'nodePort'), p.nodePort));
    nodePorts.add(k);
  });
  const seenPorts = new Set<string>();
  ports.forEach((p, i) => {
    const k = `${p.protocol}/${p.port}`;
    if (seenPorts.has(k)) {
      errs.push({
        ...duplicate(index('spec.ports', i), ''),
        message: `Duplicate value: ${goServicePortKey(p.protocol, p.port)}`,
      });
    }
    seenPorts.add(k);
  });

  if (spec.allocateLoadBalancerNodePorts !== undefined && spec.type !== 'LoadBalancer') {
    errs.push(
      forbidden(
        'spec.allocateLoadBalancerNodePorts',
        "may only be used when `type` is 'LoadBalancer'",
      ),
    );
  }

  // validateServiceExternalTrafficPolicy: only externally-accessible Services may set it.
  const externallyAccessible =
    spec.type === 'NodePort' ||
    spec.type === 'LoadBalancer' ||
    (spec.type === 'ClusterIP' && (spec.externalIPs?.length ?? 0) > 0);
  if (!externallyAccessible) {
    if (spec.externalTrafficPolicy) {
      errs.push(
        invalid(
          'spec.externalTrafficPolicy',
          spec.externalTrafficPolicy,
          'may only be set for externally-accessible services',
        ),
      );
    }
  } else if (!spec.externalTrafficPolicy) errs.push(required('spec.externalTrafficPolicy', ''));
  else if (!TRAFFIC_POLICIES.includes(spec.externalTrafficPolicy)) {
    errs.push(
      notSupported('spec.externalTrafficPolicy', spec.externalTrafficPolicy, TRAFFIC_POLICIES),
    );
  }
  const needsHealthCheck = spec.type === 'LoadBalancer' && spec.externalTrafficPolicy === 'Local';
  if (!needsHealthCheck && spec.healthCheckNodePort) {
    errs.push(
      invalid(
        'spec.healthCheckNodePort',
        spec.healthCheckNodePort,
        "may only be set when `type` is 'LoadBalancer' and `externalTrafficPolicy` is 'Local'",
      ),
    );
  } else if (needsHealthCheck && spec.healthCheckNodePort) {
    isValidPortNum(spec.healthCheckNodePort).forEach((msg) =>
      errs.push(invalid('spec.healthCheckNodePort', spec.healthCheckNodePort, msg)),
    );
  }

  if (spec.internalTrafficPolicy === undefined) {
    if (spec.type === 'NodePort' || spec.type === 'LoadBalancer' || spec.type === 'ClusterIP') {
      errs.push(required('spec.internalTrafficPolicy', ''));
    }
  } else if (!TRAFFIC_POLICIES.includes(spec.internalTrafficPolicy)) {
    errs.push(
      notSupported('spec.internalTrafficPolicy', spec.internalTrafficPolicy, TRAFFIC_POLICIES),
    );
  }
  return errs;
}

// ---- Secret ----

const configMapKeyFmt = '[-._a-zA-Z0-9]+';
const MAX_SECRET_SIZE = 1024 * 1024;

/** validation.IsConfigMapKey. */
function isConfigMapKey(value: string): string[] {
  const errs: string[] = [];
  if (value.length > 253) errs.push(maxLenError(253));
  if (!new RegExp(`^${configMapKeyFmt}$`).test(value)) {
    errs.push(
      regexError(
        "a valid config key must consist of alphanumeric characters, '-', '_' or '.'",
        configMapKeyFmt,
        'key.name',
        'KEY_NAME',
        'key-name',
      ),
    );
  }
  if (value === '.') errs.push("must not be '.'");
  else if (value === '..') errs.push("must not be '..'");
  else if (value.startsWith('..')) errs.push("must not start with '..'");
  return errs;
}

/**
 * ValidateSecret: data keys (stringData merged in, as the conversion does), 1 MiB total, and the
 * per-type required keys: kubernetes.io/tls needs tls.crt and tls.key, basic-auth username or
 * password, ssh-auth ssh-privatekey, dockerconfigjson .dockerconfigjson.
 */
export function validateSecret(secret: Secret): FieldCause[] {
  const errs = validateObjectMeta(secret.metadata, nameIsDNSSubdomain);
  const data: Record<string, string> = { ...secret.data, ...secret.stringData };
  let total = 0;
  for (const [k, v] of Object.entries(data)) {
    isConfigMapKey(k).forEach((msg) => errs.push(invalid(key('data', k), k, msg)));
    total += String(v).length;
  }
  if (total > MAX_SECRET_SIZE) errs.push(tooLong('data', MAX_SECRET_SIZE));
  const has = (k: string): boolean => Object.prototype.hasOwnProperty.call(data, k);
  switch (secret.type) {
    case 'kubernetes.io/tls':
      if (!has('tls.crt')) errs.push(required('data[tls.crt]', ''));
      if (!has('tls.key')) errs.push(required('data[tls.key]', ''));
      break;
    case 'kubernetes.io/basic-auth':
      if (!has('username') && !has('password'))
        errs.push(required('data[username]', ''), required('data[password]', ''));
      break;
    case 'kubernetes.io/ssh-auth':
      if (!data['ssh-privatekey']) errs.push(required('data[ssh-privatekey]', ''));
      break;
    case 'kubernetes.io/dockerconfigjson':
      if (!has('.dockerconfigjson')) errs.push(required('data[.dockerconfigjson]', ''));
      break;
    case 'kubernetes.io/service-account-token':
      if (!secret.metadata?.annotations?.['kubernetes.io/service-account.name']) {
        errs.push(required('metadata.annotations[kubernetes.io/service-account.name]', ''));
      }
      break;
  }
  return errs;
}
