/**
 * URL targets: client → (DNS) → load balancer / node port / kube-proxy → controller Pod → Ingress
 * rule (trace-ingress.ts) → the backend's endpoints, with the controller Pod as the source of the
 * last leg (ingress-nginx proxies the request and connects to the endpoints itself, bypassing
 * kube-proxy, unless the Ingress sets service-upstream).
 */
import { parseIPv4, type Pod, type Service } from '@app/kube';
import { keyOf, loadBalancerIPs, podIPs, serviceClusterIPs, splitKey } from '../cluster-index';
import { parseRequestUrl } from '../ingress/request-url';
import { lookup } from './trace-dns';
import {
  findIngressController,
  routeThroughController,
  SERVICE_UPSTREAM_ANNOTATION,
  type IngressRouting,
} from './trace-ingress';
import { deliver } from './trace-judge';
import { pickServicePort } from './trace-ports';
import { viaProxy } from './trace-route';
import { toAddress } from './trace-targets';
import {
  addressesOf,
  after,
  ended,
  fail,
  lower,
  type Leg,
  type Probe,
  type TraceEnv,
  type TraceSource,
  type TraceTarget,
} from './trace-state';
import type { HttpOutcome, ReachabilityVerdict } from './trace-types';
import type { Hop } from '../explain/explain-hops';

export function toUrl(env: TraceEnv, src: TraceSource, probe: Probe, url: string): Leg {
  const parsed = parseRequestUrl(url);
  if (!parsed.ok) return fail('no-such-target', `Cannot request ${url}: ${parsed.reason}.`);
  const { scheme, host } = parsed.url;
  const controller = findIngressController(env.ctx);
  let port = parsed.url.port ?? (scheme === 'https' ? 443 : 80);
  let entryIP: string | undefined = parseIPv4(host) !== undefined ? host : undefined;
  const hops: Hop[] = [];
  if (entryIP === undefined && src.kind === 'pod') {
    const dns = lookup(env, src, host);
    if (dns.blocked) return dns.blocked;
    hops.push(...dns.hops);
    entryIP = addressesOf(dns.answer)[0];
  }
  if (entryIP === undefined) {
    if (!controller.ok) return after(hops, noController(env, controller.reason));
    const assumed = assumedEntry(env, controller.service, scheme === 'https' ? 443 : 80);
    if (!assumed)
      return fail(
        'unreachable',
        `The Ingress controller's Service ${keyOf(controller.service)} has neither a load-balancer IP nor a NodePort, so nothing outside the cluster can reach it.`,
        hops,
      );
    hops.push({
      kind: 'dns',
      summary: `"${host}" is not a cluster name; the sandbox assumes its DNS record points at the Ingress controller (${assumed.label}), as a real setup would.`,
      details: { name: host, assumed: assumed.ip, port: assumed.port },
    });
    entryIP = assumed.ip;
    port = assumed.port;
  }
  const entry: Probe = { port, protocol: probe.protocol };
  const toController = controller.ok && isControllerAddress(env, controller.service, entryIP, port);
  if (!toController) {
    const plain =
      env.ctx.index.serviceByClusterIP(entryIP) ??
      env.ctx.index.services.find((s) => loadBalancerIPs(s).includes(entryIP!)) ??
      (env.ctx.index.nodeByIP(entryIP)
        ? env.model.addresses.nodePortOwner(port)?.service
        : undefined);
    if (!plain && !controller.ok) return after(hops, noController(env, controller.reason));
    // Not the controller: a plain TCP connection to whatever the address is; no Ingress involved.
    return after(
      hops,
      toAddress(
        env,
        src,
        entry,
        entryIP,
        `${entryIP}:${port} (from ${url}, not the Ingress controller)`,
      ),
    );
  }
  const leg = after(
    hops,
    toAddress(env, src, entry, entryIP, `the Ingress controller at ${entryIP}:${port}`),
  );
  if (!leg.end.allowed) {
    return {
      hops: leg.hops,
      end: {
        ...leg.end,
        summary: `The request for ${url} never reaches the Ingress controller: ${leg.end.summary}`,
      },
    };
  }
  const controllerPod = leg.end.endpoints.find((e) => e.allowed && e.pod)?.pod;
  const pod = controllerPod ? env.ctx.index.pod(...splitKey(controllerPod)) : undefined;
  const routing = routeThroughController(env.ctx, controller.controller, url);
  const routed = [...leg.hops, routing.hop];
  const http = routing.http;
  if (http.status === 404) {
    return {
      hops: routed,
      end: {
        ...ended(
          false,
          'ingress-no-match',
          `The request for ${url} reaches ingress-nginx, but ${lower(routing.match.reason)}.`,
          leg.end.endpoints,
        ),
        http,
      },
    };
  }
  if (http.status === 308) {
    return {
      hops: routed,
      end: {
        ...ended(
          true,
          'allowed',
          `ingress-nginx answers 308 Permanent Redirect for ${url}: TLS is configured for "${host}", so plain http is redirected to https (request the https URL to reach ${describeHttpBackend(http)}).`,
          leg.end.endpoints,
        ),
        http,
      },
    };
  }
  if (!pod) {
    return {
      hops: routed,
      end: {
        ...ended(
          false,
          'unreachable',
          `No Pod of the Ingress controller accepted the connection for ${url}.`,
        ),
        http,
      },
    };
  }
  return after(routed, toIngressBackend(env, url, routing, pod));
}

function noController(env: TraceEnv, reason: string): Leg {
  const hop: Hop = {
    kind: 'ingress',
    summary: reason,
    details: { controller: env.ctx.index.config.ingressController },
  };
  return fail('ingress-no-controller', reason, [hop]);
}

/** The last leg: controller Pod → the backend Service's endpoints; HTTP 200, 503 or 504. */
function toIngressBackend(
  env: TraceEnv,
  url: string,
  routing: IngressRouting,
  controllerPod: Pod,
): Leg {
  const http = routing.http;
  const backend = http.backend!;
  const route = `${url} → Ingress ${http.ingress ?? '?'} → ${describeHttpBackend(http)}`;
  const node = controllerPod.spec.nodeName ?? '';
  // The backend leg is sent by the controller Pod, not by the original client.
  const src: TraceSource = {
    kind: 'pod',
    key: keyOf(controllerPod),
    pod: controllerPod,
    ip: podIPs(controllerPod)[0] ?? '',
    node,
    label: `the ingress-nginx Pod ${keyOf(controllerPod)}`,
  };
  const svc = env.ctx.index.service(...splitKey(backend.service));
  const unavailable = (verdict: ReachabilityVerdict, why: string, hops: Hop[] = []): Leg => ({
    hops,
    end: {
      ...ended(false, verdict, `${route}: ${why} ingress-nginx answers 503 Service Unavailable.`),
      http: { ...http, status: 503 },
    },
  });
  if (!svc) return unavailable('no-such-target', `Service ${backend.service} does not exist.`);
  const picked = pickServicePort(svc, backend.port === '' ? undefined : backend.port, undefined);
  if (!picked.ok) return unavailable('no-such-port', picked.reason);
  let leg: Leg;
  if (routing.chosen?.metadata.annotations?.[SERVICE_UPSTREAM_ANNOTATION] === 'true') {
    const ip = serviceClusterIPs(svc)[0];
    if (!ip)
      return unavailable(
        'no-endpoints',
        `Service ${backend.service} has no ClusterIP to proxy to.`,
      );
    leg = viaProxy(
      env,
      src,
      ip,
      picked.sp.port,
      picked.protocol,
      `Service ${backend.service} (${ip}:${picked.sp.port}, service-upstream)`,
    );
    if (leg.end.verdict === 'no-endpoints' || leg.end.verdict === 'dropped')
      return unavailable(leg.end.verdict, leg.end.summary, leg.hops);
  } else {
    const row = env.model.servicePort(backend.service, picked.sp.name ?? '', picked.protocol);
    const ready = (row?.endpoints ?? []).filter((e) => e.ready);
    if (!ready.length)
      return unavailable('no-endpoints', `Service ${backend.service} has no ready endpoints.`);
    const targets = ready.map((e): TraceTarget => ({
      pod: e.pod,
      ip: e.ip,
      port: e.port,
      node: e.nodeName ?? null,
    }));
    const hop: Hop = {
      kind: 'ingress',
      summary: `ingress-nginx connects to an endpoint of Service ${backend.service} itself (it reads the EndpointSlices and bypasses kube-proxy), balancing over ${targets.length}: ${targets.map((t) => `${t.ip}:${t.port}${t.pod ? ` (${t.pod})` : ''}`).join(', ')}.`,
      details: {
        service: backend.service,
        port: backend.port,
        endpoints: targets,
        source: src.key,
      },
    };
    leg = after(
      [hop],
      deliver(
        env,
        src,
        targets,
        picked.protocol,
        `Service ${backend.service} port ${backend.port}`,
        undefined,
        node,
      ),
    );
  }
  // A NetworkPolicy drop leaves nginx's upstream connect to time out: 504 Gateway Timeout.
  const status = leg.end.allowed ? 200 : 504;
  const tail =
    status === 504 ? ' nginx cannot connect to the upstream and answers 504 Gateway Timeout.' : '';
  return {
    hops: leg.hops,
    end: { ...leg.end, http: { ...http, status }, summary: `${route}. ${leg.end.summary}${tail}` },
  };
}

/** Where an outside name for the Ingress is assumed to point: the controller's LB IP, else a NodePort. */
function assumedEntry(
  env: TraceEnv,
  svc: Service,
  servicePort: number,
): { ip: string; port: number; label: string } | undefined {
  const lb = loadBalancerIPs(svc)[0];
  const sp = (svc.spec.ports ?? []).find((p) => p.port === servicePort) ?? svc.spec.ports?.[0];
  if (lb && sp) return { ip: lb, port: sp.port, label: `its load-balancer IP ${lb}:${sp.port}` };
  const node = env.ctx.index.nodes[0]?.metadata.name;
  const nodeIP = node ? env.ctx.index.nodeIP(node) : undefined;
  if (nodeIP && sp?.nodePort)
    return { ip: nodeIP, port: sp.nodePort, label: `node ${node}'s IP on NodePort ${sp.nodePort}` };
  return undefined;
}

function isControllerAddress(env: TraceEnv, svc: Service, ip: string, port: number): boolean {
  const ports = svc.spec.ports ?? [];
  if (serviceClusterIPs(svc).includes(ip) || loadBalancerIPs(svc).includes(ip))
    return ports.some((p) => p.port === port);
  return env.ctx.index.nodeByIP(ip) !== undefined && ports.some((p) => p.nodePort === port);
}

function describeHttpBackend(http: HttpOutcome): string {
  return http.backend ? `Service ${http.backend.service} port ${http.backend.port}` : 'the backend';
}
