/**
 * The DNS step of a trace: the source Pod's lookup (dns/resolver.ts) as a hop, and whether its
 * egress policy lets the query reach CoreDNS at all (the classic "default-deny egress breaks DNS").
 */
import { serviceClusterIPs } from '../cluster-index';
import { resolveDns } from '../dns/resolver';
import type { DnsAnswer } from '../dns/types';
import { verdictReason } from '../explain/explain-reachability';
import { explainVerdict } from '../explain/explain-verdict';
import { evaluate } from '../netpol/evaluate';
import { decideProxy, type ProxyDecision } from '../proxy/select-backend';
import { dnsHop, policyHop, type Hop } from '../explain/explain-hops';
import { podIndexOf } from './trace-context';
import { sourceEndpoint } from './trace-judge';
import { cap, fail, type Leg, type TraceEnv, type TraceSource } from './trace-state';

export interface Lookup {
  answer: DnsAnswer;
  hops: Hop[];
  /** Set when the source's egress policy blocks the DNS query itself: the trace ends here. */
  blocked?: Leg;
}

/** What kube-proxy does with the source's packet to ip:port/protocol. */
export function proxyFrom(
  env: TraceEnv,
  src: TraceSource,
  ip: string,
  port: number,
  protocol: 'TCP' | 'UDP' | 'SCTP',
): ProxyDecision {
  const from =
    src.kind === 'pod'
      ? {
          pod: {
            namespace: src.pod.metadata.namespace ?? 'default',
            name: src.pod.metadata.name ?? '',
          },
        }
      : { ip: src.ip };
  return decideProxy(env.ctx.index, { to: { ip, port, protocol }, from });
}

/** DNS from the source Pod, recorded as a hop. */
export function lookup(
  env: TraceEnv,
  src: Extract<TraceSource, { kind: 'pod' }>,
  name: string,
): Lookup {
  const answer = resolveDns(env.ctx.index, {
    from: { namespace: src.pod.metadata.namespace ?? 'default', name: src.pod.metadata.name ?? '' },
    name,
    type: 'A',
  });
  const hops = [dnsHop(cap(src.label), name, answer)];
  const blocked = checkDnsEgress(env, src, name, answer);
  return blocked
    ? { answer, hops, blocked: { ...blocked, hops: [...hops, ...blocked.hops] } }
    : { answer, hops };
}

/**
 * The lookup itself is a UDP packet to the kube-dns ClusterIP: when the source's egress policy
 * admits no CoreDNS endpoint on that port, the query times out before any answer. Judged like any
 * connection, after kube-proxy's DNAT.
 */
function checkDnsEgress(
  env: TraceEnv,
  src: Extract<TraceSource, { kind: 'pod' }>,
  name: string,
  answer: DnsAnswer,
): Leg | undefined {
  const compiled = env.ctx.compiled;
  const dns = env.ctx.index.service('kube-system', 'kube-dns');
  const dnsIP = dns ? serviceClusterIPs(dns)[0] : undefined;
  if (!compiled.enforced || !dnsIP || answer.nameserver !== dnsIP) return undefined;
  const decision = proxyFrom(env, src, dnsIP, 53, 'UDP');
  if (decision.action !== 'DNAT') return undefined;
  const from = sourceEndpoint(env, src);
  const verdicts = decision.candidates.map((c) =>
    evaluate(compiled, {
      from,
      to: (c.pod ? podIndexOf(compiled, c.pod) : undefined) ?? { ip: c.ip },
      port: c.port,
      protocol: 'UDP',
    }),
  );
  if (!verdicts.length || verdicts.some((v) => v.allowed)) return undefined;
  const reason = verdictReason(verdicts[0], false);
  const first = decision.candidates[0];
  const hop = policyHop(
    `the DNS query to ${first.pod ?? first.ip} (${first.ip}:${first.port}/UDP)`,
    verdicts[0],
    false,
    explainVerdict(verdicts[0]),
    reason,
  );
  return fail(
    'denied-by-policy',
    `${cap(src.label)} cannot even look up "${name}": NetworkPolicy blocks its DNS query to CoreDNS (${reason}), so the lookup times out. Allow egress to the kube-dns Pods on UDP and TCP port 53.`,
    [hop],
  );
}
