/**
 * The reachability trace: "can A reach B, and if not, why?" — DNS, load balancer, node port,
 * kube-proxy, CNI and NetworkPolicy, hop by hop. Four stages that return data: resolve
 * (trace-targets.ts, trace-ports.ts, model/address-classifier.ts), route (trace-route.ts,
 * trace-url.ts), judge (trace-judge.ts) and summarise (trace-state.ts toAnswer, explain/).
 */
import { notFound, parseIPv4 } from '@app/kube';
import { podIPs } from '../cluster-index';
import { describePlugin } from '../cni/plugins';
import { modelOf } from '../model/cluster-model';
import type { TraceContext } from './trace-context';
import { normalisePort, validPort } from './trace-ports';
import {
  badRequest,
  fail,
  toAnswer,
  type Leg,
  type Probe,
  type TraceEnv,
  type TraceSource,
} from './trace-state';
import { toAddress, toHost, toNodePort, toPod, toService } from './trace-targets';
import type { ReachabilityAnswer, ReachabilityRequest } from './trace-types';
import { toUrl } from './trace-url';

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
 * Defaults are decided here, once for every transport: a numeric string port is a number; no
 * port means the destination's first; no protocol means TCP where the destination offers the
 * port over TCP, else the protocol it offers it on (trace-ports.ts). A LoadBalancer with
 * externalTrafficPolicy Local sends outside traffic only to nodes whose health check passes
 * (a local ready endpoint): with none, the connection is `dropped`, as its hop says.
 *
 * Throws KubeError NotFound when the source Pod does not exist, BadRequest for a malformed
 * external IP or port. Every other outcome is an answer.
 */
export function traceReachability(ctx: TraceContext, req: ReachabilityRequest): ReachabilityAnswer {
  const env: TraceEnv = {
    ctx,
    model: modelOf(ctx.index),
    plugin: describePlugin(ctx.index.config.networkPlugin),
  };
  const src = resolveSource(env, req);
  const probe: Probe = { port: normalisePort(req.port), protocol: req.protocol };
  return toAnswer(env, route(env, src, probe, req));
}

function route(env: TraceEnv, src: TraceSource, probe: Probe, req: ReachabilityRequest): Leg {
  const to = req.to;
  if (src.kind === 'pod' && !src.ip) {
    return fail(
      'unreachable',
      `${src.label} has no IP address yet (it is not running), so it cannot send anything.`,
    );
  }
  if ('pod' in to) return toPod(env, src, probe, to.pod.namespace, to.pod.name);
  if ('service' in to) return toService(env, src, probe, to.service.namespace, to.service.name);
  if ('host' in to) return toHost(env, src, probe, to.host);
  if ('ip' in to) {
    if (parseIPv4(to.ip) === undefined)
      throw badRequest(`to.ip must be an IPv4 address, got "${to.ip}"`);
    return toAddress(env, src, probe, to.ip, to.ip);
  }
  if ('nodePort' in to) {
    if (!validPort(to.nodePort))
      throw badRequest(`to.nodePort must be 1-65535, got ${to.nodePort}`);
    return toNodePort(env, src, probe, to.node, to.nodePort);
  }
  return toUrl(env, src, probe, to.url);
}

/** The sender: a Pod (a hostNetwork Pod uses its node's IP) or an outside client's IPv4 address. */
function resolveSource(env: TraceEnv, req: ReachabilityRequest): TraceSource {
  const from = req.from;
  if ('pod' in from) {
    const { namespace, name } = from.pod;
    const pod = env.ctx.index.pod(namespace, name);
    if (!pod) throw notFound('pods', name);
    const node = pod.spec.nodeName ?? '';
    const ip = pod.spec.hostNetwork ? (env.ctx.index.nodeIP(node) ?? '') : (podIPs(pod)[0] ?? '');
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
