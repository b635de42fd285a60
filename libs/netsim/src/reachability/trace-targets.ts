/**
 * The resolve stage: what a target is — a Pod, a Service (ClusterIP, headless, ExternalName), a
 * DNS name, an address (model/address-classifier.ts) or a NodePort — and which port and protocol
 * the question means (trace-ports.ts), handed to the route stage.
 */
import type { Pod, Protocol, Service } from '@app/kube';
import { isHeadless, keyOf, podIPs, serviceClusterIPs } from '../cluster-index';
import { nodePortHop } from '../explain/explain-hops';
import { lookup } from './trace-dns';
import { deliver } from './trace-judge';
import { pickPodPort, pickServicePort } from './trace-ports';
import { leaveCluster, viaLoadBalancer, viaProxy } from './trace-route';
import {
  addressesOf,
  after,
  cap,
  fail,
  type Leg,
  type Probe,
  type TraceEnv,
  type TraceSource,
  type TraceTarget,
} from './trace-state';

type PodSource = Extract<TraceSource, { kind: 'pod' }>;

export function toPod(
  env: TraceEnv,
  src: TraceSource,
  probe: Probe,
  namespace: string,
  name: string,
): Leg {
  const pod = env.ctx.index.pod(namespace, name);
  if (!pod) return fail('no-such-target', `Pod ${namespace}/${name} not found.`);
  return directToPod(env, src, probe, pod);
}

/** A Pod IP, no kube-proxy: the port is a number or one of the Pod's container port names. */
function directToPod(env: TraceEnv, src: TraceSource, probe: Probe, pod: Pod): Leg {
  const key = keyOf(pod);
  const ip = podIPs(pod)[0];
  if (!ip)
    return fail('unreachable', `Pod ${key} has no IP address yet, so nothing can connect to it.`);
  const picked = pickPodPort(pod, probe.port, probe.protocol);
  if (!picked.ok) return fail('no-such-port', picked.reason);
  if (src.kind === 'external') {
    return fail(
      'unreachable',
      `${ip} is the IP of Pod ${key}: Pod IPs belong to the cluster's pod network (${env.ctx.index.config.podCIDR}) and are not routed from outside. Expose the Pod with a NodePort or LoadBalancer Service (or an Ingress).`,
    );
  }
  const target: TraceTarget = { pod: key, ip, port: picked.port, node: pod.spec.nodeName ?? null };
  return deliver(
    env,
    src,
    [target],
    picked.protocol,
    `Pod ${key} at ${ip}:${picked.port} (directly, no kube-proxy)`,
    undefined,
    src.node,
  );
}

export function toService(
  env: TraceEnv,
  src: TraceSource,
  probe: Probe,
  namespace: string,
  name: string,
): Leg {
  const svc = env.ctx.index.service(namespace, name);
  const key = `${namespace}/${name}`;
  if (!svc) return fail('no-such-target', `Service ${key} not found.`);
  const fqdn = `${name}.${namespace}.svc.${env.ctx.index.config.clusterDomain}`;
  if (svc.spec.type === 'ExternalName') {
    const external = svc.spec.externalName ?? '';
    const dns = src.kind === 'pod' ? lookup(env, src, `${fqdn}.`) : undefined;
    if (dns?.blocked) return dns.blocked;
    const port = probe.port ?? svc.spec.ports?.[0]?.port;
    return after(
      dns?.hops ?? [],
      leaveCluster(
        env,
        src,
        `${external} (the ExternalName of Service ${key}: a DNS CNAME, kube-proxy programs no rules for it)`,
        undefined,
        port,
        probe.protocol,
      ),
    );
  }
  if (isHeadless(svc)) return toHeadless(env, src, probe, svc, fqdn);
  const picked = pickServicePort(svc, probe.port, probe.protocol);
  if (!picked.ok) return fail('no-such-port', picked.reason);
  const ip = serviceClusterIPs(svc)[0];
  if (!ip) return fail('unreachable', `Service ${key} has no ClusterIP.`);
  return viaProxy(
    env,
    src,
    ip,
    picked.sp.port,
    picked.protocol,
    `Service ${key} (${ip}:${picked.sp.port})`,
  );
}

/** Headless: the name resolves to the ready endpoints' IPs and clients connect to them directly. */
function toHeadless(
  env: TraceEnv,
  src: TraceSource,
  probe: Probe,
  svc: Service,
  fqdn: string,
): Leg {
  const key = keyOf(svc);
  if (src.kind === 'external') {
    return fail(
      'unreachable',
      `Service ${key} is headless: it has no ClusterIP, and its DNS name returns Pod IPs, which are only routed inside the cluster.`,
    );
  }
  const dns = lookup(env, src, `${fqdn}.`);
  if (dns.blocked) return dns.blocked;
  const ips = addressesOf(dns.answer);
  if (!ips.length) {
    return fail(
      'no-endpoints',
      `Service ${key} is headless and has no ready endpoints, so its name has no address (${dns.answer.rcode}): there is nothing to connect to.`,
      dns.hops,
    );
  }
  const picked = pickServicePort(svc, probe.port, probe.protocol);
  if (!picked.ok && typeof probe.port !== 'number')
    return fail('no-such-port', picked.reason, dns.hops);
  const protocol = picked.ok ? picked.protocol : (probe.protocol ?? 'TCP');
  const view = env.model.endpoints;
  const targets = ips.map((ip): TraceTarget => {
    const pod = env.ctx.index.podByIP(ip);
    // No kube-proxy rewrites the port: a named Service port means the endpoint port DNS SRV gives.
    const port = picked.ok
      ? (view.endpointPort(
          svc.metadata.namespace ?? 'default',
          svc.metadata.name ?? '',
          picked.sp.name ?? '',
          picked.protocol,
          ip,
        ) ?? (typeof picked.sp.targetPort === 'number' ? picked.sp.targetPort : picked.sp.port))
      : (probe.port as number);
    return { pod: pod ? keyOf(pod) : null, ip, port, node: pod?.spec.nodeName ?? null };
  });
  return after(
    dns.hops,
    deliver(
      env,
      src,
      targets,
      protocol,
      `headless Service ${key} (straight to its Pods, no kube-proxy)`,
      undefined,
      src.node,
    ),
  );
}

export function toHost(env: TraceEnv, src: TraceSource, probe: Probe, name: string): Leg {
  if (src.kind === 'external') {
    return fail(
      'nxdomain',
      `"${name}" cannot be resolved by ${src.label}: the cluster DNS is a ClusterIP Service, reachable only from inside the cluster, and the sandbox has no public DNS.`,
    );
  }
  const dns = lookup(env, src, name);
  if (dns.blocked) return dns.blocked;
  return after(dns.hops, toResolvedHost(env, src, probe, name, dns.answer));
}

function toResolvedHost(
  env: TraceEnv,
  src: PodSource,
  probe: Probe,
  name: string,
  answer: ReturnType<typeof lookup>['answer'],
): Leg {
  const ips = addressesOf(answer);
  if (!ips.length) {
    const cname = answer.answers.find((a) => a.type === 'CNAME');
    if (cname) {
      const target = cname.data.replace(/\.$/, '');
      // The owner name is <service>.<namespace>.svc.<domain>: default to that Service's first port.
      const [svcName, ns] = cname.name.split('.');
      const port =
        probe.port ?? env.ctx.index.service(ns ?? '', svcName ?? '')?.spec.ports?.[0]?.port;
      return leaveCluster(
        env,
        src,
        `${target} (the CNAME "${name}" resolves to: an ExternalName Service, no kube-proxy rules)`,
        undefined,
        port,
        probe.protocol,
      );
    }
    return fail(
      'nxdomain',
      `"${name}" does not resolve from ${src.label}: ${answer.rcode === 'NOERROR' ? 'no address (NODATA)' : answer.rcode} after trying ${answer.tried.join(', ')}.`,
    );
  }
  if (ips.length === 1) return toAddress(env, src, probe, ips[0], `"${name}" (${ips[0]})`);
  // Several A records: a headless Service's Pods; the client connects to one of them directly.
  const targets: TraceTarget[] = [];
  let protocol: Protocol = probe.protocol ?? 'TCP';
  for (const ip of ips) {
    const pod = env.ctx.index.podByIP(ip);
    let port = typeof probe.port === 'number' ? probe.port : undefined;
    if (pod) {
      const picked = pickPodPort(pod, probe.port, probe.protocol);
      if (!picked.ok) return fail('no-such-port', picked.reason);
      port = picked.port;
      protocol = picked.protocol;
    }
    if (port === undefined)
      return fail('no-such-port', `No port given for ${ip}, which belongs to no Pod.`);
    targets.push({ pod: pod ? keyOf(pod) : null, ip, port, node: pod?.spec.nodeName ?? null });
  }
  return deliver(
    env,
    src,
    targets,
    protocol,
    `"${name}" (${ips.length} addresses, connected to directly)`,
    undefined,
    src.node,
  );
}

/** Whatever an address is (model/address-classifier.ts), and how traffic to it goes on. */
export function toAddress(
  env: TraceEnv,
  src: TraceSource,
  probe: Probe,
  ip: string,
  label: string,
): Leg {
  const index = env.ctx.index;
  const what = env.model.addresses.classify(ip);
  switch (what.kind) {
    case 'ClusterIP':
    case 'ExternalIP': {
      const picked = pickServicePort(what.service, probe.port, probe.protocol);
      if (!picked.ok) return fail('no-such-port', picked.reason);
      const role = what.kind === 'ClusterIP' ? 'the ClusterIP' : 'an external IP';
      return viaProxy(
        env,
        src,
        ip,
        picked.sp.port,
        picked.protocol,
        `${label}, ${role} of Service ${keyOf(what.service)}`,
      );
    }
    case 'Pod':
      return directToPod(env, src, probe, what.pod);
    case 'LoadBalancer': {
      const picked = pickServicePort(what.service, probe.port, probe.protocol);
      if (!picked.ok) return fail('no-such-port', picked.reason);
      return viaLoadBalancer(env, src, what.service, picked.sp, ip, picked.protocol);
    }
    case 'Node':
      if (typeof probe.port !== 'number') {
        return fail(
          'no-such-port',
          `${ip} is node ${what.node.metadata.name}: give the NodePort as a number.`,
        );
      }
      return toNodePort(env, src, probe, what.node.metadata.name ?? '', probe.port);
    case 'ServiceCIDR':
      return fail(
        'no-route',
        `${ip} is in the service CIDR ${index.config.serviceCIDR} but no Service has it as ClusterIP: kube-proxy has no rule for it and nothing answers.`,
      );
    case 'PodCIDR':
      return fail(
        'no-route',
        `${ip} is in the pod CIDR ${index.config.podCIDR} but no Pod has it: nothing answers.`,
      );
    case 'Outside':
      return leaveCluster(env, src, ip, ip, probe.port, probe.protocol);
  }
}

export function toNodePort(
  env: TraceEnv,
  src: TraceSource,
  probe: Probe,
  nodeName: string,
  nodePort: number,
): Leg {
  const index = env.ctx.index;
  const nodeIP = index.nodeIP(nodeName);
  if (!index.node(nodeName) || !nodeIP)
    return fail('no-such-target', `Node ${nodeName} not found.`);
  const owner = env.model.addresses.nodePortOwner(nodePort, probe.protocol);
  if (!owner) {
    return fail(
      'no-such-port',
      `No Service uses NodePort ${nodePort}${probe.protocol ? `/${probe.protocol}` : ''} (the NodePort range is ${index.config.nodePortRange}): nothing listens on ${nodeIP}:${nodePort}, so the connection is refused.`,
    );
  }
  const { serviceKey, protocol, port } = owner;
  const hop = nodePortHop({
    sender: cap(src.label),
    node: nodeName,
    nodeIP,
    nodePort,
    protocol,
    service: serviceKey,
    port,
    externalTrafficPolicy: owner.service.spec.externalTrafficPolicy ?? 'Cluster',
  });
  return after(
    [hop],
    viaProxy(
      env,
      src,
      nodeIP,
      nodePort,
      protocol,
      `${nodeIP}:${nodePort} (NodePort of Service ${serviceKey})`,
    ),
  );
}
