/**
 * What the trace stages (resolve → route → judge → summarise) pass each other: the environment of
 * one revision, the sender, the probe (port and protocol as asked) and a `Leg` — the hops a stage
 * recorded and where it ended. Stages return legs; none keeps state between calls.
 */
import { KubeError, KubeErrorCode, type Pod, type Protocol } from '@app/kube';
import type { PluginDescription } from '../cni/plugins';
import type { DnsAnswer } from '../dns/types';
import type { ClusterModel } from '../model/cluster-model';
import type { Hop } from '../explain/explain-hops';
import type { TraceContext } from './trace-context';
import type {
  EndpointReachability,
  HttpOutcome,
  ReachabilityAnswer,
  ReachabilityVerdict,
} from './trace-types';

/** One revision as the trace reads it. */
export interface TraceEnv {
  ctx: TraceContext;
  model: ClusterModel;
  plugin: PluginDescription;
}

export type TraceSource =
  | { kind: 'pod'; key: string; pod: Pod; ip: string; node: string; label: string }
  | { kind: 'external'; ip: string; label: string };

/** The port and protocol as asked; undefined: the engine picks (see trace-ports.ts). */
export interface Probe {
  port: number | string | undefined;
  protocol: Protocol | undefined;
}

/** A destination address after DNAT (or without it). */
export interface TraceTarget {
  pod: string | null;
  ip: string;
  port: number;
  node: string | null;
  hairpin?: boolean;
}

/** How the source looks to the destination after kube-proxy's SNAT: a node and its IP. */
export interface SeenAs {
  ip: string;
  node: string;
}

/** Where a stage ended: the verdict and its summary, before the plugin note is added. */
export interface Ending {
  allowed: boolean;
  verdict: ReachabilityVerdict;
  summary: string;
  endpoints: EndpointReachability[];
  http?: HttpOutcome;
}

export interface Leg {
  hops: Hop[];
  end: Ending;
}

export const ended = (
  allowed: boolean,
  verdict: ReachabilityVerdict,
  summary: string,
  endpoints: EndpointReachability[] = [],
): Ending => ({ allowed, verdict, summary, endpoints });

/** A leg that ends before any hop of its own. */
export const fail = (verdict: ReachabilityVerdict, summary: string, hops: Hop[] = []): Leg => ({
  hops,
  end: ended(false, verdict, summary),
});

/** `hops` happened before `leg`. */
export const after = (hops: readonly Hop[], leg: Leg): Leg => ({
  hops: [...hops, ...leg.hops],
  end: leg.end,
});

/** The summarise stage: the answer with the plugin's note when it ignores NetworkPolicy. */
export function toAnswer(env: TraceEnv, leg: Leg): ReachabilityAnswer {
  const { plugin } = env;
  const { summary } = leg.end;
  const note =
    plugin.enforcesNetworkPolicy || summary.includes('does not enforce NetworkPolicy')
      ? ''
      : ` Note: the ${plugin.name} network plugin does not enforce NetworkPolicy.`;
  return {
    allowed: leg.end.allowed,
    verdict: leg.end.verdict,
    summary: summary + note,
    networkPlugin: { name: plugin.name, enforcesNetworkPolicy: plugin.enforcesNetworkPolicy },
    hops: leg.hops,
    endpoints: leg.end.endpoints,
    ...(leg.end.http ? { http: leg.end.http } : {}),
  };
}

export const badRequest = (message: string): KubeError =>
  new KubeError(KubeErrorCode.BadRequest, message);

export const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

export const lower = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1);

export function addressesOf(answer: DnsAnswer): string[] {
  if (answer.rcode !== 'NOERROR') return [];
  return answer.answers.filter((a) => a.type === 'A').map((a) => a.data);
}
