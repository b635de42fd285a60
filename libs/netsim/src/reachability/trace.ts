/**
 * The reachability trace: "can A reach B, and if not, why?" — DNS, load balancer, node port,
 * kube-proxy, CNI and NetworkPolicy, hop by hop, each hop stating the evidence of the module that
 * decided it (dns/resolver, proxy/select-backend, cni/plugins, netpol/evaluate, explain/).
 */
import { cidrContains, KubeError, KubeErrorCode, notFound, parseCIDR, parseIPv4 } from '@app/kube';
import type { Pod, Protocol, Service, ServicePort } from '@app/kube';
import { isHeadless, podIPs, serviceClusterIPs } from '../cluster-index';
import { crossNodePath, describePlugin, type PluginDescription } from '../cni/plugins';
import { resolveDns } from '../dns/resolver';
import type { DnsAnswer } from '../dns/types';
import { explainVerdict } from '../explain/explain-verdict';
import { joinAnd } from '../explain/describe';
import { evaluate } from '../netpol/evaluate';
import type { PolicyEndpoint, PolicyVerdict } from '../netpol/types';
import { decideProxy, type ProxyDecision } from '../proxy/select-backend';
import { cniHop, dnsHop, podHop, policyHop, proxyHop, type Hop } from './hop';
import { podIndexOf, type TraceContext } from './trace-context';
import { parseRequestUrl } from '../ingress/request-url';
import { proxyServicePorts } from '../proxy/service-ports';
import {
  findIngressController,
  routeThroughController,
  SERVICE_UPSTREAM_ANNOTATION,
  type IngressRouting,
} from './trace-ingress';
import type {
  EndpointReachability,
  HttpOutcome,
  ReachabilityAnswer,
  ReachabilityRequest,
  ReachabilityVerdict,
} from './trace-types';

export * from './trace-types';

/**
 * Traces one connection and answers whether it gets through.
 *
 * Source: a Pod (its node and IP; a hostNetwork Pod uses its node's IP) or an outside client IP.
 * Targets and what happens:
 * - `pod`: straight to the Pod IP, no kube-proxy; `port` is a number or one of the Pod's
 *   container port names (unknown name → `no-such-port`; none given → its first container port).
 * - `service`: its ClusterIP:port through kube-proxy; `port` is a Service port number or name
 *   (default the first; one it does not expose → `no-such-port`). Headless: DNS gives the Pod IPs
 *   and traffic goes straight to them (to the endpoint port the EndpointSlice gives). ExternalName:
 *   DNS answers a CNAME and traffic leaves the cluster (kube-proxy programs nothing).
 * - `host`: resolved from the source Pod's resolv.conf (NXDOMAIN → `nxdomain` listing the names
 *   tried), then handled as the IP it resolves to.
 * - `ip`: a ClusterIP, a Pod IP, a load-balancer or external IP, a node IP (the port is then a
 *   NodePort), an unassigned address of the service or pod CIDR (`no-route`), or an address
 *   outside the cluster (traffic leaves the cluster; only the source's egress policy applies).
 * - `node` + `nodePort`: NodeIP:nodePort through kube-proxy on that node; any node works, except
 *   that externalTrafficPolicy Local drops outside traffic on a node without an endpoint.
 * - `url`: through the Ingress controller (see trace-ingress.ts).
 * From outside the cluster, ClusterIPs and Pod IPs are `unreachable` (they exist only inside);
 * NodeIP:nodePort and load-balancer IPs work.
 *
 * kube-proxy: REJECT (no endpoints) → `no-endpoints` ("connection refused"); DROP (Local traffic
 * policy without a local endpoint) → `dropped`. DNAT: every candidate endpoint is judged.
 *
 * NetworkPolicy, per candidate: the source Pod's egress and the destination Pod's ingress,
 * evaluated against the destination Pod IP and the port after DNAT (never the Service IP), the
 * way a CNI plugin sees the packet. When kube-proxy masquerades (externalTrafficPolicy Cluster
 * for NodePort/LoadBalancer traffic from outside, per the "Using Source IP" tutorial), ingress
 * rules see the receiving node's IP (for a load balancer, which may pick any node: every node's
 * IP, and the endpoint passes only if all do); with Local the client IP is preserved. A Pod that
 * reaches itself through a Service (hairpin) is never blocked.
 *
 * Overall verdict: `allowed` is true only when every candidate endpoint passes (kube-proxy picks
 * one per connection, so a single blocked endpoint makes some connections fail); when some or
 * all are denied the verdict is `denied-by-policy` and the summary says "k of n endpoints".
 * On a plugin that does not enforce NetworkPolicy (flannel) traffic passes (`allowed` true), the
 * verdict is `not-enforced` when a policy would have denied some endpoint, and every summary says
 * the plugin does not enforce NetworkPolicy.
 *
 * Throws KubeError NotFound when the source Pod does not exist, BadRequest for a malformed
 * external IP or port. Every other outcome is an answer.
 */
export function traceReachability(ctx: TraceContext, req: ReachabilityRequest): ReachabilityAnswer {
  return new Trace(ctx, req).run();
}

type Source =
  | { kind: 'pod'; key: string; pod: Pod; ip: string; node: string; label: string }
  | { kind: 'external'; ip: string; label: string };

/** A destination address after DNAT (or without it). */
interface TraceTarget {
  pod: string | null;
  ip: string;
  port: number;
  node: string | null;
  hairpin?: boolean;
}

/** How the source looks to the destination after kube-proxy's SNAT: a node and its IP. */
interface SeenAs {
  ip: string;
  node: string;
}

type Picked<T> = ({ ok: true } & T) | { ok: false; reason: string };

const badRequest = (message: string): KubeError => new KubeError(KubeErrorCode.BadRequest, message);

class Trace {
  private readonly hops: Hop[] = [];
  private readonly plugin: PluginDescription;
  private src: Source;
  private port: number | string | undefined;
  private http: HttpOutcome | undefined;
  /** Set by lookup() when the source's egress policy blocks the DNS query itself. */
  private dnsBlocked: ReachabilityAnswer | undefined;

  constructor(
    private readonly ctx: TraceContext,
    private readonly req: ReachabilityRequest,
  ) {
    this.plugin = describePlugin(ctx.index.config.networkPlugin);
    this.src = this.resolveSource();
    this.port = normalisePort(req.port);
  }

  run(): ReachabilityAnswer {
    const to = this.req.to;
    if (this.src.kind === 'pod' && !this.src.ip) {
      return this.fail(
        'unreachable',
        `${this.src.label} has no IP address yet (it is not running), so it cannot send anything.`,
      );
    }
    if ('pod' in to) return this.toPod(to.pod.namespace, to.pod.name);
    if ('service' in to) return this.toService(to.service.namespace, to.service.name);
    if ('host' in to) return this.toHost(to.host);
    if ('ip' in to) {
      if (parseIPv4(to.ip) === undefined)
        throw badRequest(`to.ip must be an IPv4 address, got "${to.ip}"`);
      return this.toAddress(to.ip, to.ip);
    }
    if ('nodePort' in to) {
      if (!validPort(to.nodePort))
        throw badRequest(`to.nodePort must be 1-65535, got ${to.nodePort}`);
      return this.toNodePort(to.node, to.nodePort);
    }
    return this.toUrl(to.url);
  }

  // ---- sources and answers ----

  private resolveSource(): Source {
    const from = this.req.from;
    if ('pod' in from) {
      const { namespace, name } = from.pod;
      const pod = this.ctx.index.pod(namespace, name);
      if (!pod) throw notFound('pods', name);
      const node = pod.spec.nodeName ?? '';
      const ip = pod.spec.hostNetwork
        ? (this.ctx.index.nodeIP(node) ?? '')
        : (podIPs(pod)[0] ?? '');
      return {
        kind: 'pod',
        key: `${namespace}/${name}`,
        pod,
        ip,
        node,
        label: `Pod ${namespace}/${name}`,
      };
    }
    if (parseIPv4(from.external) === undefined) {
      throw badRequest(`from.external must be an IPv4 address, got "${from.external}"`);
    }
    return { kind: 'external', ip: from.external, label: `outside client ${from.external}` };
  }

  private answer(
    allowed: boolean,
    verdict: ReachabilityVerdict,
    summary: string,
    endpoints: EndpointReachability[] = [],
  ): ReachabilityAnswer {
    const note =
      this.plugin.enforcesNetworkPolicy || summary.includes('does not enforce NetworkPolicy')
        ? ''
        : ` Note: the ${this.plugin.name} network plugin does not enforce NetworkPolicy.`;
    return {
      allowed,
      verdict,
      summary: summary + note,
      networkPlugin: {
        name: this.plugin.name,
        enforcesNetworkPolicy: this.plugin.enforcesNetworkPolicy,
      },
      hops: this.hops,
      endpoints,
      ...(this.http ? { http: this.http } : {}),
    };
  }

  private fail(verdict: ReachabilityVerdict, summary: string): ReachabilityAnswer {
    return this.answer(false, verdict, summary);
  }

  // ---- targets ----

  private toPod(namespace: string, name: string): ReachabilityAnswer {
    const pod = this.ctx.index.pod(namespace, name);
    if (!pod) return this.fail('no-such-target', `Pod ${namespace}/${name} not found.`);
    return this.directToPod(pod);
  }

  /** A Pod IP, no kube-proxy: the port is a number or one of the Pod's container port names. */
  private directToPod(pod: Pod): ReachabilityAnswer {
    const key = keyOf(pod);
    const ip = podIPs(pod)[0];
    if (!ip)
      return this.fail(
        'unreachable',
        `Pod ${key} has no IP address yet, so nothing can connect to it.`,
      );
    const picked = pickPodPort(pod, this.port, this.req.protocol);
    if (!picked.ok) return this.fail('no-such-port', picked.reason);
    if (this.src.kind === 'external') {
      return this.fail(
        'unreachable',
        `${ip} is the IP of Pod ${key}: Pod IPs belong to the cluster's pod network (${this.ctx.index.config.podCIDR}) and are not routed from outside. Expose the Pod with a NodePort or LoadBalancer Service (or an Ingress).`,
      );
    }
    const target: TraceTarget = {
      pod: key,
      ip,
      port: picked.port,
      node: pod.spec.nodeName ?? null,
    };
    return this.deliver(
      [target],
      picked.protocol,
      `Pod ${key} at ${ip}:${picked.port} (directly, no kube-proxy)`,
      undefined,
      this.src.node,
    );
  }

  private toService(namespace: string, name: string): ReachabilityAnswer {
    const svc = this.ctx.index.service(namespace, name);
    const key = `${namespace}/${name}`;
    if (!svc) return this.fail('no-such-target', `Service ${key} not found.`);
    const fqdn = `${name}.${namespace}.svc.${this.ctx.index.config.clusterDomain}`;
    if (svc.spec.type === 'ExternalName') {
      const external = svc.spec.externalName ?? '';
      if (this.src.kind === 'pod') this.lookup(`${fqdn}.`);
      if (this.dnsBlocked) return this.dnsBlocked;
      const port = this.port ?? svc.spec.ports?.[0]?.port;
      return this.leaveCluster(
        `${external} (the ExternalName of Service ${key}: a DNS CNAME, kube-proxy programs no rules for it)`,
        undefined,
        port,
      );
    }
    if (isHeadless(svc)) return this.toHeadless(svc, fqdn);
    const picked = pickServicePort(svc, this.port, this.req.protocol);
    if (!picked.ok) return this.fail('no-such-port', picked.reason);
    const ip = serviceClusterIPs(svc)[0];
    if (!ip) return this.fail('unreachable', `Service ${key} has no ClusterIP.`);
    return this.viaProxy(
      ip,
      picked.sp.port,
      picked.protocol,
      `Service ${key} (${ip}:${picked.sp.port})`,
    );
  }

  /** Headless: the name resolves to the ready endpoints' IPs and clients connect to them directly. */
  private toHeadless(svc: Service, fqdn: string): ReachabilityAnswer {
    const key = keyOf(svc);
    if (this.src.kind === 'external') {
      return this.fail(
        'unreachable',
        `Service ${key} is headless: it has no ClusterIP, and its DNS name returns Pod IPs, which are only routed inside the cluster.`,
      );
    }
    const answer = this.lookup(`${fqdn}.`);
    if (this.dnsBlocked) return this.dnsBlocked;
    const ips = addressesOf(answer);
    if (!ips.length) {
      return this.fail(
        'no-endpoints',
        `Service ${key} is headless and has no ready endpoints, so its name has no address (${answer.rcode}): there is nothing to connect to.`,
      );
    }
    const picked = pickServicePort(svc, this.port, this.req.protocol);
    if (!picked.ok && typeof this.port !== 'number')
      return this.fail('no-such-port', picked.reason);
    const protocol = picked.ok ? picked.protocol : (this.req.protocol ?? 'TCP');
    const targets = ips.map((ip): TraceTarget => {
      const pod = this.ctx.index.podByIP(ip);
      // No kube-proxy rewrites the port: a named Service port means the endpoint port DNS SRV gives.
      const port = picked.ok ? endpointPort(this.ctx, svc, picked.sp, ip) : (this.port as number);
      return { pod: pod ? keyOf(pod) : null, ip, port, node: pod?.spec.nodeName ?? null };
    });
    return this.deliver(
      targets,
      protocol,
      `headless Service ${key} (straight to its Pods, no kube-proxy)`,
      undefined,
      this.src.node,
    );
  }

  private toHost(name: string): ReachabilityAnswer {
    if (this.src.kind === 'external') {
      return this.fail(
        'nxdomain',
        `"${name}" cannot be resolved by ${this.src.label}: the cluster DNS is a ClusterIP Service, reachable only from inside the cluster, and the sandbox has no public DNS.`,
      );
    }
    const answer = this.lookup(name);
    if (this.dnsBlocked) return this.dnsBlocked;
    const ips = addressesOf(answer);
    if (!ips.length) {
      const cname = answer.answers.find((a) => a.type === 'CNAME');
      if (cname) {
        const target = cname.data.replace(/\.$/, '');
        // The owner name is <service>.<namespace>.svc.<domain>: default to that Service's first port.
        const [svcName, ns] = cname.name.split('.');
        const port =
          this.port ?? this.ctx.index.service(ns ?? '', svcName ?? '')?.spec.ports?.[0]?.port;
        return this.leaveCluster(
          `${target} (the CNAME "${name}" resolves to: an ExternalName Service, no kube-proxy rules)`,
          undefined,
          port,
        );
      }
      return this.fail(
        'nxdomain',
        `"${name}" does not resolve from ${this.src.label}: ${answer.rcode === 'NOERROR' ? 'no address (NODATA)' : answer.rcode} after trying ${answer.tried.join(', ')}.`,
      );
    }
    if (ips.length === 1) return this.toAddress(ips[0], `"${name}" (${ips[0]})`);
    // Several A records: a headless Service's Pods; the client connects to one of them directly.
    const targets: TraceTarget[] = [];
    let protocol: Protocol = this.req.protocol ?? 'TCP';
    for (const ip of ips) {
      const pod = this.ctx.index.podByIP(ip);
      let port = typeof this.port === 'number' ? this.port : undefined;
      if (pod) {
        const picked = pickPodPort(pod, this.port, this.req.protocol);
        if (!picked.ok) return this.fail('no-such-port', picked.reason);
        port = picked.port;
        protocol = picked.protocol;
      }
      if (port === undefined)
        return this.fail('no-such-port', `No port given for ${ip}, which belongs to no Pod.`);
      targets.push({ pod: pod ? keyOf(pod) : null, ip, port, node: pod?.spec.nodeName ?? null });
    }
    return this.deliver(
      targets,
      protocol,
      `"${name}" (${ips.length} addresses, connected to directly)`,
      undefined,
      this.src.node,
    );
  }

  /** Whatever an address is: ClusterIP, Pod, external or load-balancer IP, node, or outside. */
  private toAddress(ip: string, label: string): ReachabilityAnswer {
    const index = this.ctx.index;
    const byClusterIP = index.serviceByClusterIP(ip);
    if (byClusterIP) {
      const picked = pickServicePort(byClusterIP, this.port, this.req.protocol);
      if (!picked.ok) return this.fail('no-such-port', picked.reason);
      return this.viaProxy(
        ip,
        picked.sp.port,
        picked.protocol,
        `${label}, the ClusterIP of Service ${keyOf(byClusterIP)}`,
      );
    }
    const pod = index.podByIP(ip);
    if (pod) return this.directToPod(pod);
    const lb = index.services.find((s) => loadBalancerIPs(s).includes(ip));
    if (lb) {
      const picked = pickServicePort(lb, this.port, this.req.protocol);
      if (!picked.ok) return this.fail('no-such-port', picked.reason);
      return this.viaLoadBalancer(lb, picked.sp, ip, picked.protocol);
    }
    const byExternalIP = index.services.find((s) => (s.spec.externalIPs ?? []).includes(ip));
    if (byExternalIP) {
      const picked = pickServicePort(byExternalIP, this.port, this.req.protocol);
      if (!picked.ok) return this.fail('no-such-port', picked.reason);
      return this.viaProxy(
        ip,
        picked.sp.port,
        picked.protocol,
        `${label}, an external IP of Service ${keyOf(byExternalIP)}`,
      );
    }
    const node = index.nodeByIP(ip);
    if (node) {
      if (typeof this.port !== 'number') {
        return this.fail(
          'no-such-port',
          `${ip} is node ${node.metadata.name}: give the NodePort as a number.`,
        );
      }
      return this.toNodePort(node.metadata.name ?? '', this.port);
    }
    const addr = parseIPv4(ip) ?? NaN;
    const inside = (cidr: string): boolean => {
      const parsed = parseCIDR(cidr);
      return parsed !== undefined && cidrContains(parsed, addr);
    };
    if (inside(index.config.serviceCIDR)) {
      return this.fail(
        'no-route',
        `${ip} is in the service CIDR ${index.config.serviceCIDR} but no Service has it as ClusterIP: kube-proxy has no rule for it and nothing answers.`,
      );
    }
    if (inside(index.config.podCIDR)) {
      return this.fail(
        'no-route',
        `${ip} is in the pod CIDR ${index.config.podCIDR} but no Pod has it: nothing answers.`,
      );
    }
    return this.leaveCluster(ip, ip, this.port);
  }

  private toNodePort(nodeName: string, nodePort: number): ReachabilityAnswer {
    const index = this.ctx.index;
    const nodeIP = index.nodeIP(nodeName);
    if (!index.node(nodeName) || !nodeIP)
      return this.fail('no-such-target', `Node ${nodeName} not found.`);
    const owner = findNodePort(index.services, nodePort, this.req.protocol);
    if (!owner) {
      return this.fail(
        'no-such-port',
        `No Service uses NodePort ${nodePort}${this.req.protocol ? `/${this.req.protocol}` : ''} (the NodePort range is ${index.config.nodePortRange}): nothing listens on ${nodeIP}:${nodePort}, so the connection is refused.`,
      );
    }
    const { svc, sp } = owner;
    const protocol = sp.protocol ?? 'TCP';
    this.hops.push({
      kind: 'node-port',
      summary: `${cap(this.src.label)} connects to node ${nodeName} (${nodeIP}) on NodePort ${nodePort}/${protocol}, which kube-proxy opens on every node for Service ${keyOf(svc)} (port ${sp.port}).`,
      details: {
        node: nodeName,
        nodeIP,
        nodePort,
        protocol,
        service: keyOf(svc),
        port: sp.port,
        externalTrafficPolicy: svc.spec.externalTrafficPolicy ?? 'Cluster',
      },
    });
    return this.viaProxy(
      nodeIP,
      nodePort,
      protocol,
      `${nodeIP}:${nodePort} (NodePort of Service ${keyOf(svc)})`,
    );
  }

  private viaLoadBalancer(
    svc: Service,
    sp: ServicePort,
    lbIP: string,
    protocol: Protocol,
  ): ReachabilityAnswer {
    const key = keyOf(svc);
    const local = svc.spec.externalTrafficPolicy === 'Local';
    if (this.src.kind === 'pod') {
      this.hops.push({
        kind: 'load-balancer',
        summary: `${lbIP} is the load-balancer IP of Service ${key}; kube-proxy on ${this.src.node} captures traffic to it from inside the cluster, so the packet never goes out to the load balancer.`,
        details: { ip: lbIP, service: key, port: sp.port },
      });
    } else {
      const nodes = local
        ? nodesWithEndpoints(this.ctx, svc)
        : this.ctx.index.nodes.map((n) => n.metadata.name ?? '');
      this.hops.push({
        kind: 'load-balancer',
        summary: local
          ? `The load balancer for Service ${key} (${lbIP}:${sp.port}) health-checks every node on healthCheckNodePort ${svc.spec.healthCheckNodePort ?? '(unset)'} and sends traffic only to nodes with a local endpoint (externalTrafficPolicy Local): ${nodes.length ? nodes.join(', ') : 'none passes'}.`
          : `The load balancer for Service ${key} (${lbIP}:${sp.port}) spreads connections over every node (externalTrafficPolicy Cluster): ${nodes.join(', ')}.`,
        details: {
          ip: lbIP,
          service: key,
          port: sp.port,
          nodePort: sp.nodePort,
          externalTrafficPolicy: local ? 'Local' : 'Cluster',
          healthCheckNodePort: svc.spec.healthCheckNodePort,
          nodes,
        },
      });
      this.hops.push({
        kind: 'node-port',
        summary: `The chosen node receives the packet on NodePort ${sp.nodePort ?? '(none)'}/${protocol} (or on the load-balancer IP itself), and its kube-proxy takes over.`,
        details: { nodePort: sp.nodePort, nodes },
      });
    }
    return this.viaProxy(
      lbIP,
      sp.port,
      protocol,
      `${lbIP}:${sp.port} (load-balancer IP of Service ${key})`,
    );
  }

  // ---- the packet through kube-proxy, CNI and NetworkPolicy ----

  private viaProxy(
    ip: string,
    port: number,
    protocol: Protocol,
    destination: string,
  ): ReachabilityAnswer {
    const decision = this.proxy(ip, port, protocol);
    this.hops.push(proxyHop(decision, `${ip}:${port}/${protocol}`));
    return this.afterProxy(decision, destination, protocol);
  }

  private proxy(ip: string, port: number, protocol: Protocol): ProxyDecision {
    const from =
      this.src.kind === 'pod'
        ? {
            pod: {
              namespace: this.src.pod.metadata.namespace ?? 'default',
              name: this.src.pod.metadata.name ?? '',
            },
          }
        : { ip: this.src.ip };
    return decideProxy(this.ctx.index, { to: { ip, port, protocol }, from });
  }

  private afterProxy(
    decision: ProxyDecision,
    destination: string,
    protocol: Protocol,
  ): ReachabilityAnswer {
    switch (decision.action) {
      case 'NONE':
        if (decision.matched?.kind === 'ClusterIP' && this.src.kind === 'external') {
          const svc = this.ctx.index.service(...splitKey(decision.matched.service));
          return this.fail(
            'unreachable',
            `${destination} cannot be reached by ${this.src.label}: a ClusterIP is internal only — it exists only in kube-proxy's rules on the cluster's nodes.${svc ? externalHint(svc) : ''}`,
          );
        }
        return this.fail('no-such-port', `${destination}: ${decision.reason}`);
      case 'REJECT':
        return this.fail(
          'no-endpoints',
          `${destination} has no ready endpoints: kube-proxy's REJECT rule answers with ICMP port unreachable, so the client sees "connection refused".`,
        );
      case 'DROP':
        return this.fail(
          'dropped',
          `${destination}: ${decision.reason} The client gets no answer and the connection times out.`,
        );
      case 'DNAT': {
        const seenAs = this.snatSources(decision);
        const fromNode = decision.node ?? (this.src.kind === 'pod' ? this.src.node : undefined);
        const targets = decision.candidates.map((c): TraceTarget => ({
          pod: c.pod,
          ip: c.ip,
          port: c.port,
          node: c.node,
          ...(c.hairpin ? { hairpin: true } : {}),
        }));
        return this.deliver(targets, protocol, destination, seenAs, fromNode);
      }
    }
  }

  /** undefined: the source IP is preserved; else the node IP(s) the destination sees after SNAT. */
  private snatSources(decision: ProxyDecision): SeenAs[] | undefined {
    if (decision.sourceIPPreserved) return undefined;
    const index = this.ctx.index;
    const nodes = decision.node ? [decision.node] : index.nodes.map((n) => n.metadata.name ?? '');
    return nodes.flatMap((node) => {
      const ip = index.nodeIP(node);
      return ip ? [{ ip, node }] : [];
    });
  }

  /** The source's egress to an address outside the cluster (or an unresolvable name). */
  private leaveCluster(
    destination: string,
    ip: string | undefined,
    port: number | string | undefined,
  ): ReachabilityAnswer {
    if (this.src.kind === 'external') {
      return this.fail(
        'no-route',
        `${destination} is outside the cluster, and so is ${this.src.label}: the cluster is not on that path.`,
      );
    }
    if (port === undefined)
      return this.fail(
        'no-such-port',
        `Give a port: ${destination} is outside the cluster, so there is no Service or container port to default to.`,
      );
    const protocol = this.req.protocol ?? 'TCP';
    const compiled = this.ctx.compiled;
    const verdict = evaluate(compiled, {
      from: this.sourceEndpoint(),
      to: { ip: ip ?? '' },
      port,
      protocol,
    });
    const passes = verdict.allowed || !verdict.enforced;
    const nodeIP = this.ctx.index.nodeIP(this.src.node) ?? this.src.node;
    this.hops.push(
      cniHop(
        destination,
        `the packet leaves the cluster through ${this.src.node}; ${this.plugin.name} masquerades Pod traffic bound outside the cluster, so the far end sees the node IP ${nodeIP}.`,
        { node: this.src.node, nodeIP },
      ),
    );
    const explanation = explainVerdict(verdict);
    if (ip === undefined && verdict.egress.isolated) {
      explanation.push(
        'The address behind the name is unknown to the sandbox (no upstream DNS), so only egress rules that allow every destination can match; ipBlock rules cannot be checked.',
      );
    }
    const reason = verdictReason(verdict, false);
    this.hops.push(policyHop(destination, verdict, passes, explanation, reason));
    const where = `${destination}${typeof port === 'number' ? ` on ${protocol} port ${port}` : ''}`;
    if (!passes)
      return this.fail(
        'denied-by-policy',
        `${cap(this.src.label)} cannot reach ${where}: ${reason}.`,
      );
    return this.answer(
      true,
      verdict.allowed ? 'allowed' : 'not-enforced',
      `${cap(this.src.label)} can send to ${where}: the traffic leaves the cluster (${reason}); whether the far end answers is beyond what the sandbox simulates.`,
    );
  }

  private sourceEndpoint(): PolicyEndpoint {
    if (this.src.kind === 'external') return { ip: this.src.ip };
    return podIndexOf(this.ctx.compiled, this.src.key) ?? { ip: this.src.ip };
  }

  /**
   * Judges every candidate (CNI path + NetworkPolicy), records their hops and builds the answer.
   * `seenAs` set: kube-proxy masqueraded, the destination sees those node IPs as the source.
   * `fromNode`: where the packet is when it is sent to the endpoint (undefined: whichever node a
   * load balancer chose).
   */
  private deliver(
    targets: TraceTarget[],
    protocol: Protocol,
    destination: string,
    seenAs: SeenAs[] | undefined,
    fromNode: string | undefined,
  ): ReachabilityAnswer {
    const judged = targets.map((t) => this.judge(t, protocol, seenAs, fromNode));
    const endpoints = judged.map((j) => j.endpoint);
    const passing = endpoints.filter((e) => e.allowed);
    if (passing.length) this.hops.push(podHop(passing, protocol));
    const n = endpoints.length;
    const wouldDeny = judged.filter((j) => !j.policyAllowed);
    const who = cap(this.src.label);
    const list = (items: EndpointReachability[]): string =>
      joinAnd(items.map((e) => e.pod ?? e.ip));
    if (!this.ctx.compiled.enforced) {
      if (wouldDeny.length) {
        return this.answer(
          true,
          'not-enforced',
          `${who} reaches ${destination}, although NetworkPolicy would deny ${wouldDeny.length} of ${n} endpoint(s) (${list(wouldDeny.map((j) => j.endpoint))}): the ${this.plugin.name} network plugin does not enforce NetworkPolicy.`,
          endpoints,
        );
      }
      return this.answer(
        true,
        'allowed',
        `${who} can reach ${destination}: ${n === 1 ? `it lands on ${endpoints[0].pod ?? endpoints[0].ip}` : `any of its ${n} endpoints accepts it`}.`,
        endpoints,
      );
    }
    if (passing.length === n) {
      return this.answer(
        true,
        'allowed',
        `${who} can reach ${destination}: ${n === 1 ? `it lands on ${endpoints[0].pod ?? endpoints[0].ip} (${endpoints[0].reason})` : `all ${n} endpoints accept it`}.`,
        endpoints,
      );
    }
    const denied = endpoints.filter((e) => !e.allowed);
    if (!passing.length) {
      return this.answer(
        false,
        'denied-by-policy',
        `${who} cannot reach ${destination}: NetworkPolicy denies it${n > 1 ? ` on all ${n} endpoints` : ''} (${denied[0].reason}).`,
        endpoints,
      );
    }
    return this.answer(
      false,
      'denied-by-policy',
      `${who} reaches only ${passing.length} of ${n} endpoints of ${destination}: NetworkPolicy denies ${list(denied)} (${denied[0].reason}). kube-proxy picks an endpoint per connection, so some connections fail.`,
      endpoints,
    );
  }

  private judge(
    t: TraceTarget,
    protocol: Protocol,
    seenAs: SeenAs[] | undefined,
    fromNode: string | undefined,
  ): { endpoint: EndpointReachability; policyAllowed: boolean } {
    const compiled = this.ctx.compiled;
    const label = t.pod ? `${t.pod} (${t.ip}:${t.port})` : `${t.ip}:${t.port}`;
    const dst: PolicyEndpoint = (t.pod ? podIndexOf(compiled, t.pod) : undefined) ?? { ip: t.ip };
    const src = this.sourceEndpoint();
    const self = this.src.kind === 'pod' && t.pod === this.src.key;
    const verdicts: Array<{ verdict: PolicyVerdict; seen?: SeenAs }> =
      self || !seenAs || !seenAs.length
        ? [{ verdict: evaluate(compiled, { from: src, to: dst, port: t.port, protocol }) }]
        : seenAs.map((seen) => ({
            verdict: this.snatVerdict(src, seen, dst, t.port, protocol),
            seen,
          }));
    const failing = verdicts.filter((v) => !v.verdict.allowed);
    const chosen = failing[0] ?? verdicts[0];
    const policyAllowed = failing.length === 0;
    const passes = policyAllowed || !compiled.enforced;

    const explanation = explainVerdict(chosen.verdict);
    if (self && (t.hairpin || seenAs)) {
      explanation.push(
        'The Service sent the Pod back to itself (hairpin): kube-proxy masquerades the connection so the reply returns through the node, and NetworkPolicy never blocks a Pod talking to itself.',
      );
    } else if (chosen.seen) {
      const original = this.src.kind === 'pod' ? this.src.ip : this.src.ip;
      explanation.push(
        seenAs && seenAs.length > 1
          ? `kube-proxy masquerades the connection (SNAT), so ${t.pod ?? t.ip} sees the IP of whichever node received it (${seenAs.map((s) => s.ip).join(', ')}), not ${original}${failing.length && failing.length < verdicts.length ? `; it is denied when the packet arrives through ${joinAnd(failing.map((f) => f.seen?.node ?? ''))}` : ''}.`
          : `kube-proxy masquerades the connection (SNAT), so ${t.pod ?? t.ip} sees the source as ${chosen.seen.ip} (node ${chosen.seen.node}), not ${original}.`,
      );
    }
    const reason = self
      ? 'a Pod reaching itself (hairpin) is never blocked by NetworkPolicy'
      : verdictReason(chosen.verdict, !compiled.enforced);
    const path = this.pathTo(t, fromNode, seenAs === undefined);
    this.hops.push(cniHop(label, path, { fromNode: fromNode ?? null, toNode: t.node }));
    this.hops.push(policyHop(label, chosen.verdict, passes, explanation, reason));
    return {
      policyAllowed,
      endpoint: {
        pod: t.pod,
        ip: t.ip,
        port: t.port,
        node: t.node ?? '',
        allowed: passes,
        reason,
        policies: {
          egress: chosen.verdict.egress.isolatingPolicies,
          ingress: chosen.verdict.ingress.isolatingPolicies,
        },
        explanation,
        path,
      },
    };
  }

  /** Egress judged for the real source, ingress for the address kube-proxy rewrote it to. */
  private snatVerdict(
    src: PolicyEndpoint,
    seen: SeenAs,
    dst: PolicyEndpoint,
    port: number,
    protocol: Protocol,
  ): PolicyVerdict {
    const compiled = this.ctx.compiled;
    const egress = evaluate(compiled, { from: src, to: dst, port, protocol });
    const ingress = evaluate(compiled, { from: { ip: seen.ip }, to: dst, port, protocol });
    return {
      ...egress,
      from: `${egress.from} (seen as ${seen.ip} after SNAT on ${seen.node})`,
      loopback: false,
      ingress: ingress.ingress,
      allowed: egress.egress.allowed && ingress.ingress.allowed,
    };
  }

  /** `preserved`: no SNAT; with no sending node that means a load balancer under Local policy. */
  private pathTo(t: TraceTarget, fromNode: string | undefined, preserved: boolean): string {
    const index = this.ctx.index;
    if (!t.node)
      return `${t.ip} is on no known node; the packet is routed towards it from ${fromNode ?? 'the receiving node'}.`;
    const nodeIPs = new Map<string, string>();
    for (const n of index.nodes) {
      const ip = index.nodeIP(n.metadata.name ?? '');
      if (ip) nodeIPs.set(n.metadata.name ?? '', ip);
    }
    if (fromNode === undefined && preserved) {
      return `The load balancer sends the packet straight to ${t.node} (${nodeIPs.get(t.node) ?? '?'}), which delivers it to the Pod locally (externalTrafficPolicy Local).`;
    }
    if (fromNode === undefined) {
      return `The node the load balancer chose forwards the packet to ${t.node} (${nodeIPs.get(t.node) ?? '?'}): locally if it is ${t.node}, otherwise ${this.plugin.name} carries it over ${this.plugin.overlay}.`;
    }
    return crossNodePath(fromNode, t.node, this.plugin.name, nodeIPs).description;
  }

  /** DNS from the source Pod, recorded as a hop. */
  private lookup(name: string): DnsAnswer {
    const src = this.src as Extract<Source, { kind: 'pod' }>;
    const answer = resolveDns(this.ctx.index, {
      from: {
        namespace: src.pod.metadata.namespace ?? 'default',
        name: src.pod.metadata.name ?? '',
      },
      name,
      type: 'A',
    });
    this.hops.push(dnsHop(cap(src.label), name, answer));
    this.dnsBlocked = this.checkDnsEgress(name, answer);
    return answer;
  }

  /**
   * The lookup itself is a UDP packet to the kube-dns ClusterIP: when the source's egress policy
   * admits no CoreDNS endpoint on that port, the query times out before any answer (the classic
   * "default-deny egress breaks DNS"). Judged like any connection, after kube-proxy's DNAT.
   */
  private checkDnsEgress(name: string, answer: DnsAnswer): ReachabilityAnswer | undefined {
    const compiled = this.ctx.compiled;
    const dns = this.ctx.index.service('kube-system', 'kube-dns');
    const dnsIP = dns ? serviceClusterIPs(dns)[0] : undefined;
    if (this.src.kind !== 'pod' || !compiled.enforced || !dnsIP || answer.nameserver !== dnsIP) {
      return undefined;
    }
    const decision = this.proxy(dnsIP, 53, 'UDP');
    if (decision.action !== 'DNAT') return undefined;
    const src = this.sourceEndpoint();
    const verdicts = decision.candidates.map((c) =>
      evaluate(compiled, {
        from: src,
        to: (c.pod ? podIndexOf(compiled, c.pod) : undefined) ?? { ip: c.ip },
        port: c.port,
        protocol: 'UDP',
      }),
    );
    if (!verdicts.length || verdicts.some((v) => v.allowed)) return undefined;
    const reason = verdictReason(verdicts[0], false);
    const first = decision.candidates[0];
    this.hops.push(
      policyHop(
        `the DNS query to ${first.pod ?? first.ip} (${first.ip}:${first.port}/UDP)`,
        verdicts[0],
        false,
        explainVerdict(verdicts[0]),
        reason,
      ),
    );
    return this.fail(
      'denied-by-policy',
      `${cap(this.src.label)} cannot even look up "${name}": NetworkPolicy blocks its DNS query to CoreDNS (${reason}), so the lookup times out. Allow egress to the kube-dns Pods on UDP and TCP port 53.`,
    );
  }

  // ---- URL targets through the Ingress controller ----

  /**
   * client → (DNS) → load balancer / node port / kube-proxy → controller Pod → Ingress rule →
   * the backend's endpoints, with the controller Pod as the source of the last leg (ingress-nginx
   * proxies the request and connects to the endpoints itself, bypassing kube-proxy, unless the
   * Ingress sets service-upstream).
   */
  private toUrl(url: string): ReachabilityAnswer {
    const parsed = parseRequestUrl(url);
    if (!parsed.ok) return this.fail('no-such-target', `Cannot request ${url}: ${parsed.reason}.`);
    const { scheme, host } = parsed.url;
    const controller = findIngressController(this.ctx);
    let port = parsed.url.port ?? (scheme === 'https' ? 443 : 80);
    let entryIP: string | undefined = parseIPv4(host) !== undefined ? host : undefined;
    if (entryIP === undefined && this.src.kind === 'pod') {
      entryIP = addressesOf(this.lookup(host))[0];
      if (this.dnsBlocked) return this.dnsBlocked;
    }
    if (entryIP === undefined) {
      if (!controller.ok) return this.noController(controller.reason);
      const assumed = assumedEntry(this.ctx, controller.service, scheme === 'https' ? 443 : 80);
      if (!assumed)
        return this.fail(
          'unreachable',
          `The Ingress controller's Service ${keyOf(controller.service)} has neither a load-balancer IP nor a NodePort, so nothing outside the cluster can reach it.`,
        );
      this.hops.push({
        kind: 'dns',
        summary: `"${host}" is not a cluster name; the sandbox assumes its DNS record points at the Ingress controller (${assumed.label}), as a real setup would.`,
        details: { name: host, assumed: assumed.ip, port: assumed.port },
      });
      entryIP = assumed.ip;
      port = assumed.port;
    }
    this.port = port;
    const toController =
      controller.ok && isControllerAddress(this.ctx, controller.service, entryIP, port);
    if (!toController) {
      const plain =
        this.ctx.index.serviceByClusterIP(entryIP) ??
        this.ctx.index.services.find((s) => loadBalancerIPs(s).includes(entryIP!)) ??
        (this.ctx.index.nodeByIP(entryIP)
          ? findNodePort(this.ctx.index.services, port, undefined)?.svc
          : undefined);
      if (!plain && !controller.ok) return this.noController(controller.reason);
      // Not the controller: a plain TCP connection to whatever the address is; no Ingress involved.
      return this.toAddress(
        entryIP,
        `${entryIP}:${port} (from ${url}, not the Ingress controller)`,
      );
    }
    const leg = this.toAddress(entryIP, `the Ingress controller at ${entryIP}:${port}`);
    if (!leg.allowed) {
      return {
        ...leg,
        summary: `The request for ${url} never reaches the Ingress controller: ${leg.summary}`,
      };
    }
    const controllerPod = leg.endpoints.find((e) => e.allowed && e.pod)?.pod;
    const pod = controllerPod ? this.ctx.index.pod(...splitKey(controllerPod)) : undefined;
    const routing = routeThroughController(this.ctx, controller.controller, url);
    this.hops.push(routing.hop);
    this.http = routing.http;
    if (routing.http.status === 404) {
      return this.answer(
        false,
        'ingress-no-match',
        `The request for ${url} reaches ingress-nginx, but ${lower(routing.match.reason)}.`,
        leg.endpoints,
      );
    }
    if (routing.http.status === 308) {
      return this.answer(
        true,
        'allowed',
        `ingress-nginx answers 308 Permanent Redirect for ${url}: TLS is configured for "${host}", so plain http is redirected to https (request the https URL to reach ${describeHttpBackend(routing.http)}).`,
        leg.endpoints,
      );
    }
    if (!pod)
      return this.fail(
        'unreachable',
        `No Pod of the Ingress controller accepted the connection for ${url}.`,
      );
    return this.toIngressBackend(url, routing, pod);
  }

  private noController(reason: string): ReachabilityAnswer {
    this.hops.push({
      kind: 'ingress',
      summary: reason,
      details: { controller: this.ctx.index.config.ingressController },
    });
    return this.fail('ingress-no-controller', reason);
  }

  /** The last leg: controller Pod → the backend Service's endpoints; HTTP 200, 503 or 504. */
  private toIngressBackend(
    url: string,
    routing: IngressRouting,
    controllerPod: Pod,
  ): ReachabilityAnswer {
    const http = routing.http;
    const backend = http.backend!;
    const route = `${url} → Ingress ${http.ingress ?? '?'} → ${describeHttpBackend(http)}`;
    const node = controllerPod.spec.nodeName ?? '';
    this.src = {
      kind: 'pod',
      key: keyOf(controllerPod),
      pod: controllerPod,
      ip: podIPs(controllerPod)[0] ?? '',
      node,
      label: `the ingress-nginx Pod ${keyOf(controllerPod)}`,
    };
    const svc = this.ctx.index.service(...splitKey(backend.service));
    const unavailable = (verdict: ReachabilityVerdict, why: string): ReachabilityAnswer => {
      this.http = { ...http, status: 503 };
      return this.fail(verdict, `${route}: ${why} ingress-nginx answers 503 Service Unavailable.`);
    };
    if (!svc) return unavailable('no-such-target', `Service ${backend.service} does not exist.`);
    const picked = pickServicePort(svc, backend.port === '' ? undefined : backend.port, undefined);
    if (!picked.ok) return unavailable('no-such-port', picked.reason);
    let answer: ReachabilityAnswer;
    if (routing.chosen?.metadata.annotations?.[SERVICE_UPSTREAM_ANNOTATION] === 'true') {
      const ip = serviceClusterIPs(svc)[0];
      if (!ip)
        return unavailable(
          'no-endpoints',
          `Service ${backend.service} has no ClusterIP to proxy to.`,
        );
      answer = this.viaProxy(
        ip,
        picked.sp.port,
        picked.protocol,
        `Service ${backend.service} (${ip}:${picked.sp.port}, service-upstream)`,
      );
      if (answer.verdict === 'no-endpoints' || answer.verdict === 'dropped')
        return unavailable(answer.verdict, answer.summary);
    } else {
      const sp = proxyServicePorts(this.ctx.index).find(
        (p) =>
          p.serviceKey === backend.service &&
          p.portName === (picked.sp.name ?? '') &&
          p.protocol === picked.protocol,
      );
      const ready = (sp?.endpoints ?? []).filter((e) => e.ready);
      if (!ready.length)
        return unavailable('no-endpoints', `Service ${backend.service} has no ready endpoints.`);
      const targets = ready.map((e): TraceTarget => ({
        pod: e.pod,
        ip: e.ip,
        port: e.port,
        node: e.nodeName ?? null,
      }));
      this.hops.push({
        kind: 'ingress',
        summary: `ingress-nginx connects to an endpoint of Service ${backend.service} itself (it reads the EndpointSlices and bypasses kube-proxy), balancing over ${targets.length}: ${targets.map((t) => `${t.ip}:${t.port}${t.pod ? ` (${t.pod})` : ''}`).join(', ')}.`,
        details: {
          service: backend.service,
          port: backend.port,
          endpoints: targets,
          source: this.src.key,
        },
      });
      answer = this.deliver(
        targets,
        picked.protocol,
        `Service ${backend.service} port ${backend.port}`,
        undefined,
        node,
      );
    }
    // A NetworkPolicy drop leaves nginx's upstream connect to time out: 504 Gateway Timeout.
    const status = answer.allowed ? 200 : 504;
    this.http = { ...http, status };
    const tail =
      status === 504
        ? ' nginx cannot connect to the upstream and answers 504 Gateway Timeout.'
        : '';
    return { ...answer, http: this.http, summary: `${route}. ${answer.summary}${tail}` };
  }
}

/** Where an outside name for the Ingress is assumed to point: the controller's LB IP, else a NodePort. */
function assumedEntry(
  ctx: TraceContext,
  svc: Service,
  servicePort: number,
): { ip: string; port: number; label: string } | undefined {
  const lb = loadBalancerIPs(svc)[0];
  const sp = (svc.spec.ports ?? []).find((p) => p.port === servicePort) ?? svc.spec.ports?.[0];
  if (lb && sp) return { ip: lb, port: sp.port, label: `its load-balancer IP ${lb}:${sp.port}` };
  const node = ctx.index.nodes[0]?.metadata.name;
  const nodeIP = node ? ctx.index.nodeIP(node) : undefined;
  if (nodeIP && sp?.nodePort)
    return { ip: nodeIP, port: sp.nodePort, label: `node ${node}'s IP on NodePort ${sp.nodePort}` };
  return undefined;
}

function isControllerAddress(ctx: TraceContext, svc: Service, ip: string, port: number): boolean {
  const ports = svc.spec.ports ?? [];
  if (serviceClusterIPs(svc).includes(ip) || loadBalancerIPs(svc).includes(ip))
    return ports.some((p) => p.port === port);
  return ctx.index.nodeByIP(ip) !== undefined && ports.some((p) => p.nodePort === port);
}

function describeHttpBackend(http: HttpOutcome): string {
  return http.backend ? `Service ${http.backend.service} port ${http.backend.port}` : 'the backend';
}

const lower = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1);

// ---- helpers ----

const keyOf = (o: { metadata: { namespace?: string; name?: string } }): string =>
  `${o.metadata.namespace ?? 'default'}/${o.metadata.name ?? ''}`;

const splitKey = (key: string): [string, string] => {
  const i = key.indexOf('/');
  return [key.slice(0, i), key.slice(i + 1)];
};

const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

const validPort = (n: number): boolean => Number.isInteger(n) && n >= 1 && n <= 65535;

/** Numeric strings ("80") are numbers; other strings are port names. */
function normalisePort(port: number | string | undefined): number | string | undefined {
  if (port === undefined || port === '') return undefined;
  if (typeof port === 'string' && /^\d+$/.test(port)) port = Number(port);
  if (typeof port === 'number' && !validPort(port))
    throw badRequest(`port must be 1-65535 or a port name, got ${port}`);
  return port;
}

function addressesOf(answer: DnsAnswer): string[] {
  if (answer.rcode !== 'NOERROR') return [];
  return answer.answers.filter((a) => a.type === 'A').map((a) => a.data);
}

function loadBalancerIPs(svc: Service): string[] {
  if (svc.spec.type !== 'LoadBalancer') return [];
  return (svc.status?.loadBalancer?.ingress ?? []).flatMap((i) => (i.ip ? [i.ip] : []));
}

/** A container port by number or name; none given → the Pod's first declared container port. */
function pickPodPort(
  pod: Pod,
  port: number | string | undefined,
  protocol: Protocol | undefined,
): Picked<{ port: number; protocol: Protocol }> {
  const declared = pod.spec.containers.flatMap((c) => c.ports ?? []);
  const key = keyOf(pod);
  if (port === undefined) {
    const first = declared.find((p) => !protocol || (p.protocol ?? 'TCP') === protocol);
    if (!first)
      return {
        ok: false,
        reason: `No port given, and Pod ${key} declares no container port${protocol ? ` for ${protocol}` : ''} to default to.`,
      };
    return { ok: true, port: first.containerPort, protocol: first.protocol ?? 'TCP' };
  }
  if (typeof port === 'number') {
    const match = declared.find(
      (p) => p.containerPort === port && (!protocol || (p.protocol ?? 'TCP') === protocol),
    );
    return { ok: true, port, protocol: protocol ?? match?.protocol ?? 'TCP' };
  }
  const named = declared.find(
    (p) => p.name === port && (!protocol || (p.protocol ?? 'TCP') === protocol),
  );
  if (!named) {
    const names = declared
      .filter((p) => p.name)
      .map((p) => `"${p.name}" (${p.containerPort}/${p.protocol ?? 'TCP'})`);
    return {
      ok: false,
      reason: `Pod ${key} has no container port named "${port}"${protocol ? ` for ${protocol}` : ''}; its named ports: ${names.length ? names.join(', ') : 'none'}.`,
    };
  }
  return { ok: true, port: named.containerPort, protocol: named.protocol ?? 'TCP' };
}

/** A Service port by number or name; none given → the first (of that protocol). */
function pickServicePort(
  svc: Service,
  port: number | string | undefined,
  protocol: Protocol | undefined,
): Picked<{ sp: ServicePort; protocol: Protocol }> {
  const ports = svc.spec.ports ?? [];
  const proto = (sp: ServicePort): Protocol => sp.protocol ?? 'TCP';
  const fits = (sp: ServicePort): boolean => !protocol || proto(sp) === protocol;
  const found =
    port === undefined
      ? ports.find(fits)
      : ports.find(
          (sp) => (typeof port === 'number' ? sp.port === port : sp.name === port) && fits(sp),
        );
  if (found) return { ok: true, sp: found, protocol: proto(found) };
  const exposed = ports.map((sp) => `${sp.port}/${proto(sp)}${sp.name ? ` "${sp.name}"` : ''}`);
  const asked =
    port === undefined
      ? 'any port'
      : typeof port === 'number'
        ? `port ${port}`
        : `a port named "${port}"`;
  return {
    ok: false,
    reason: `Service ${keyOf(svc)} does not expose ${asked}${protocol ? `/${protocol}` : ''}; it exposes ${exposed.length ? exposed.join(', ') : 'no ports'}.`,
  };
}

/** The endpoint port the EndpointSlice gives for this Service port and address (SRV's port). */
function endpointPort(ctx: TraceContext, svc: Service, sp: ServicePort, ip: string): number {
  for (const slice of ctx.index.endpointSlices(
    svc.metadata.namespace ?? 'default',
    svc.metadata.name ?? '',
  )) {
    if (!slice.endpoints.some((e) => e.addresses.includes(ip))) continue;
    const p = (slice.ports ?? []).find(
      (x) => (x.name ?? '') === (sp.name ?? '') && (x.protocol ?? 'TCP') === (sp.protocol ?? 'TCP'),
    );
    if (p?.port) return p.port;
  }
  return typeof sp.targetPort === 'number' ? sp.targetPort : sp.port;
}

function findNodePort(
  services: readonly Service[],
  nodePort: number,
  protocol: Protocol | undefined,
): { svc: Service; sp: ServicePort } | undefined {
  for (const svc of services) {
    if (svc.spec.type !== 'NodePort' && svc.spec.type !== 'LoadBalancer') continue;
    const sp = (svc.spec.ports ?? []).find(
      (p) => p.nodePort === nodePort && (!protocol || (p.protocol ?? 'TCP') === protocol),
    );
    if (sp) return { svc, sp };
  }
  return undefined;
}

function nodesWithEndpoints(ctx: TraceContext, svc: Service): string[] {
  const nodes = new Set<string>();
  for (const slice of ctx.index.endpointSlices(
    svc.metadata.namespace ?? 'default',
    svc.metadata.name ?? '',
  )) {
    for (const e of slice.endpoints)
      if (e.conditions?.ready !== false && e.nodeName) nodes.add(e.nodeName);
  }
  return [...nodes].sort();
}

/** How a learner reaches a Service from outside instead of its ClusterIP. */
function externalHint(svc: Service): string {
  const nodePorts = (svc.spec.ports ?? []).flatMap((p) => (p.nodePort ? [p.nodePort] : []));
  const lb = loadBalancerIPs(svc);
  if (lb.length)
    return ` Service ${keyOf(svc)} is a LoadBalancer: use its load-balancer IP ${lb[0]} (or NodeIP:${nodePorts[0]}).`;
  if (nodePorts.length)
    return ` Service ${keyOf(svc)} is a NodePort Service: use any node's IP on port ${nodePorts[0]}.`;
  return ` Make it a NodePort or LoadBalancer Service (or put an Ingress in front) to reach it from outside.`;
}

/** One phrase from the verdict's evidence: which rules allow it, or which isolation denies it. */
function verdictReason(v: PolicyVerdict, notEnforced: boolean): string {
  if (v.loopback) return 'a Pod talking to itself is never blocked by NetworkPolicy';
  if (v.allowed) {
    const rules = [
      ...v.egress.allowedBy.map((r) => `spec.egress[${r.ruleIndex}] of ${r.policy}`),
      ...v.ingress.allowedBy.map((r) => `spec.ingress[${r.ruleIndex}] of ${r.policy}`),
    ];
    return rules.length ? `allowed by ${joinAnd(rules)}` : 'no NetworkPolicy isolates either side';
  }
  const failing = [v.egress, v.ingress].filter((d) => !d.allowed);
  const phrase = failing
    .map((d) => {
      const closest = d.closest
        ? `; closest: spec.${d.direction.toLowerCase()}[${d.closest.ruleIndex}] of ${d.closest.policy}, ${d.closest.detail}`
        : '; those policies allow no ' + d.direction.toLowerCase() + ' at all';
      return `${d.subject} is isolated for ${d.direction.toLowerCase()} by ${joinAnd(d.isolatingPolicies)} and no rule allows this traffic${closest}`;
    })
    .join('; and ');
  return notEnforced ? `NetworkPolicy would deny it (${phrase}), but it is not enforced` : phrase;
}
