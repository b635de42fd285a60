/**
 * The exercise spec (`apiVersion: sandbox.kns.dev/v1`, `kind: Exercise`): what an instructor
 * writes. Every check is a question to the simulation plus the answer it expects; the types here
 * are the parsed, validated and normalised form `parseExerciseSpec` returns.
 */
import type { Protocol } from '@app/kube';

export const EXERCISE_API_VERSION = 'sandbox.kns.dev/v1';
export const EXERCISE_KIND = 'Exercise';

export const DIFFICULTIES = ['beginner', 'intermediate', 'advanced'] as const;
export type Difficulty = (typeof DIFFICULTIES)[number];

export const CHECK_KINDS = [
  'reachability',
  'dns',
  'endpoints',
  'env',
  'field',
  'ingressRoute',
  'service',
] as const;
export type CheckKind = (typeof CHECK_KINDS)[number];

/** The body of POST /v1/clusters without `name`; omitted fields take the cluster defaults. */
export interface ExerciseClusterOptions {
  nodes?: number;
  networkPlugin?: string;
  proxyMode?: string;
  serviceCIDR?: string;
  podCIDR?: string;
  clusterDomain?: string;
  nodePortRange?: string;
  loadBalancerCIDR?: string;
  ingressController?: string;
  /** The network plugin's datapath (docs/cni-datapath.md). */
  datapath?: Record<string, unknown>;
}

export interface ExerciseSetup {
  cluster: ExerciseClusterOptions;
  /** A multi-document YAML stream applied (atomically) to the fresh cluster. */
  manifests: string;
  /**
   * Further YAML streams, each applied as its own request after the previous one: for setups
   * whose creation order matters across controllers (a Deployment's Pods started before a
   * Service exists). Empty when the spec has none.
   */
  then: string[];
}

/**
 * Which Pods a check asks about or from: one by name, or every Pod matching a label selector in
 * a namespace (the check must then hold for each of them, and at least one must exist).
 */
export type PodTarget =
  { namespace: string; name: string } | { namespace: string; selector: string };

interface CheckCommon {
  /** DNS-1123 label, unique within the exercise. */
  id: string;
  description: string;
  /** Integer ≥ 1. */
  points: number;
  /** Shown to the learner when the check fails. */
  hint: string;
  /** Pass when the expectation is NOT met. */
  negate: boolean;
  /**
   * The check only guards against breaking what already works (it passes on the untouched
   * setup): it earns its points only once every non-guard check passes, so doing nothing
   * scores 0.
   */
  guard: boolean;
}

export type ReachabilitySource = { pod: PodTarget } | { external: string };

export type ReachabilityDestination =
  | { pod: string }
  | { service: string }
  | { host: string }
  | { ip: string }
  | { node: string; nodePort: number }
  | { url: string };

export interface ReachabilityCheck extends CheckCommon {
  kind: 'reachability';
  from: ReachabilitySource;
  to: ReachabilityDestination;
  port?: number | string;
  protocol?: Protocol;
  expect: { allowed: boolean; verdict?: string };
}

export interface DnsCheck extends CheckCommon {
  kind: 'dns';
  from?: PodTarget;
  name: string;
  type: 'A' | 'AAAA' | 'SRV' | 'PTR' | 'CNAME' | 'TXT' | 'ANY';
  /** answers: exact set of record data (order-insensitive); contains: each must be among them. */
  expect: { rcode?: string; answers?: string[]; contains?: string[] };
}

export interface EndpointsCheck extends CheckCommon {
  kind: 'endpoints';
  /** "namespace/name" */
  service: string;
  /**
   * count: endpoints listed in the Service's EndpointSlices, ready or not; ready: those with
   * `conditions.ready` (what kube-proxy routes to); addresses: the ready endpoints' addresses as a
   * set (order-insensitive).
   */
  expect: { count?: number; ready?: number; addresses?: string[] };
}

export interface EnvCheck extends CheckCommon {
  kind: 'env';
  pod: PodTarget;
  container?: string;
  /** Variable name, e.g. REDIS_PRIMARY_SERVICE_HOST. */
  name: string;
  expect: { present: boolean; value?: string };
}

export interface ObjectRef {
  kind: string;
  /** Empty for cluster-scoped kinds; "default" when omitted for namespaced ones. */
  namespace: string;
  name: string;
}

export interface FieldCheck extends CheckCommon {
  kind: 'field';
  object: ObjectRef;
  /** "spec.ports[0].nodePort", "{.spec.type}", "metadata.labels['app']". */
  path: string;
  /** Exactly one of equals, exists, matches. */
  expect: { equals?: unknown; exists?: boolean; matches?: string };
}

export interface IngressRouteCheck extends CheckCommon {
  kind: 'ingressRoute';
  url: string;
  ingressClass?: string;
  /** service: "namespace/name" (or "name": the Ingress's namespace); tlsSecret: https URLs. */
  expect: { matched: boolean; service?: string; port?: number | string; tlsSecret?: string };
}

export interface ExpectedServicePort {
  port: number;
  protocol?: Protocol;
  name?: string;
  targetPort?: number | string;
  nodePort?: number;
}

export interface ServiceCheck extends CheckCommon {
  kind: 'service';
  service: string;
  /** ports: each listed port must exist (matched by port and protocol) with the given fields. */
  expect: { type?: string; ports?: ExpectedServicePort[] };
}

export type ExerciseCheck =
  | ReachabilityCheck
  | DnsCheck
  | EndpointsCheck
  | EnvCheck
  | FieldCheck
  | IngressRouteCheck
  | ServiceCheck;

export interface ExerciseSpec {
  apiVersion: typeof EXERCISE_API_VERSION;
  kind: typeof EXERCISE_KIND;
  slug: string;
  title: string;
  /** Markdown. */
  instructions: string;
  difficulty: Difficulty;
  tags: string[];
  setup: ExerciseSetup;
  /**
   * A reference solution (YAML applied after the setup), when the author gives one: grading
   * then lists how the learner's NetworkPolicies differ from it. Never shown to learners.
   */
  solution?: string;
  checks: ExerciseCheck[];
}
