/** Shapes of the REST answers the console reads (see /docs for the full ones). */

export interface Cluster {
  id: string;
  name: string;
  revision: number;
  config: { networkPlugin: string; nodes: number; proxyMode: string };
}

export interface PlacedItem {
  id: string;
  kind: 'node' | 'namespace' | 'pod' | 'service' | 'ingress' | 'gateway' | 'route';
  ref: string;
  title: string;
  lines: string[];
  ready?: boolean;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PlacedEdge {
  id: string;
  from: string;
  to: string;
  kind: 'endpoint' | 'endpoint-not-ready' | 'route' | 'overlay';
  label?: string;
  points: Array<{ x: number; y: number }>;
}

export interface Topology {
  revision: number;
  networkPlugin: string;
  overlay: string;
  width: number;
  height: number;
  items: PlacedItem[];
  edges: PlacedEdge[];
}

export interface Matrix {
  pods: string[];
  allowed: boolean[][];
  enforced: boolean;
  networkPlugin: string;
}

export interface RuleRef {
  policy: string;
  ruleIndex: number;
}

export interface DirectionVerdict {
  direction: 'Ingress' | 'Egress';
  isolated: boolean;
  isolatingPolicies: string[];
  allowedBy: RuleRef[];
  closest?: RuleRef & { mismatch: string; detail: string };
  allowed: boolean;
}

export interface Hop {
  kind: string;
  summary: string;
  details: Record<string, unknown> & {
    passes?: boolean;
    ingress?: DirectionVerdict;
    egress?: DirectionVerdict;
  };
}

export interface Trace {
  allowed: boolean;
  verdict: string;
  summary: string;
  hops: Hop[];
}

export interface CellChange {
  from: string;
  to: string;
  before: boolean;
  after: boolean;
}

export interface DryRun {
  revision: number;
  results: Array<{ kind: string; namespace: string; name: string; action: string }>;
  before: Matrix;
  after: Matrix;
  changes: CellChange[];
}

export interface KubeObject {
  kind: string;
  metadata: { name: string; namespace?: string; [field: string]: unknown };
  [field: string]: unknown;
}

export interface Exercise {
  slug: string;
  title: string;
  difficulty?: string;
  tags?: string[];
  instructions: string;
  maxScore?: number;
  checks?: Array<{ id: string; description: string; points: number }>;
}

export interface Grading {
  score: number;
  maxScore: number;
  passed: boolean;
  checks: Array<{
    id: string;
    description: string;
    points: number;
    earned: number;
    passed: boolean;
    explanation?: string;
    hint?: string;
  }>;
}

export interface Attempt {
  id: string;
  exerciseSlug: string;
  learnerName: string;
  clusterId: string;
  createdAt: string;
  lastGrading: (Partial<Grading> & { score: number; maxScore: number }) | null;
}
