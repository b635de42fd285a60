import { Injectable } from '@nestjs/common';
import {
  decodeObject,
  dropUnknownFields,
  KubeError,
  KubeErrorCode,
  parseManifests,
  type KubeObject,
} from '@app/kube';
import { Simulation, type ClusterMatrix } from '@app/netsim';
import type { Principal } from '@app/store';
import { ClustersService } from '../clusters/clusters.service';
import { ReachabilityService } from '../reachability/reachability.service';
import { InFlightLimit } from '../common/limits/in-flight-limit';
import {
  assertDrawable,
  ElkWorker,
  layoutTopology,
  topologyDot,
  topologyGraph,
  topologySvg,
  type TopologyLayout,
} from './topology';
import { matrixSvg } from './matrix-svg';

export interface MatrixQuery {
  port?: string;
  protocol?: string;
  namespace?: string;
  labelSelector?: string;
}

export interface MatrixCellChange {
  from: string;
  to: string;
  before: boolean;
  after: boolean;
}

export interface MatrixDryRun {
  /** The revision the manifests were admitted against (nothing was written). */
  revision: number;
  results: Array<{ kind: string; namespace: string; name: string; action: string }>;
  before: ClusterMatrix;
  after: ClusterMatrix;
  /** Cells whose verdict the manifests would flip; Pods the manifests add or remove are listed
   * in `after.pods` / `before.pods` only. */
  changes: MatrixCellChange[];
}

/**
 * Pictures of a cluster (topology, heat map) and the policy editor's dry run, over the same
 * ClustersService snapshot and Simulation every other question uses.
 */
@Injectable()
export class ConsoleService {
  constructor(
    private readonly clusters: ClustersService,
    private readonly reachability: ReachabilityService,
    private readonly inFlight: InFlightLimit,
    private readonly elk: ElkWorker,
  ) {}

  /** Layouts per simulation (one per cluster revision) and namespace: the JSON and the SVG of
   * one revision, and every console polling it, share one layout. */
  private readonly layouts = new WeakMap<Simulation, Map<string, Promise<TopologyLayout>>>();

  /** The laid-out topology of the cluster (or of one namespace of it). */
  async topology(
    principal: Principal,
    id: string,
    namespace?: string,
  ): Promise<TopologyLayout & { cluster: { id: string; name: string } }> {
    return this.inFlight.run('heavy', principal, async () => {
      const { sim, cluster } = await this.clusters.simulation(principal, id);
      const cached = this.layouts.get(sim) ?? new Map<string, Promise<TopologyLayout>>();
      this.layouts.set(sim, cached);
      let layout = cached.get(namespace ?? '');
      if (!layout) {
        const graph = topologyGraph(sim, namespace || undefined);
        assertDrawable(graph);
        layout = layoutTopology(graph, (root) => this.elk.layout(root));
        cached.set(namespace ?? '', layout);
        layout.catch(() => cached.delete(namespace ?? ''));
      }
      return { ...(await layout), cluster: { id: cluster.id, name: cluster.name } };
    });
  }

  async topologySvg(principal: Principal, id: string, namespace?: string): Promise<string> {
    const layout = await this.topology(principal, id, namespace);
    const scope = namespace ? ` (namespace ${namespace})` : '';
    return topologySvg(layout, `Topology of cluster ${layout.cluster.name}${scope}`);
  }

  async topologyDot(principal: Principal, id: string, namespace?: string): Promise<string> {
    const { sim, cluster } = await this.clusters.simulation(principal, id);
    const graph = topologyGraph(sim, namespace || undefined);
    assertDrawable(graph);
    return topologyDot(graph, cluster.name);
  }

  async matrixSvg(principal: Principal, id: string, query: MatrixQuery): Promise<string> {
    const matrix = await this.reachability.matrix(principal, id, query);
    const scope = [
      `${(query.protocol ?? 'TCP').toUpperCase()} port ${query.port}`,
      query.namespace ? `namespace ${query.namespace}` : 'all namespaces',
      query.labelSelector ? `pods ${query.labelSelector}` : '',
    ].filter(Boolean);
    return matrixSvg(
      matrix,
      `Reachability, row = source, column = destination: ${scope.join(', ')}`,
    );
  }

  /**
   * Which matrix cells the manifests would change: they are admitted exactly as an apply would
   * admit them (defaults, validation, controllers) without writing, and the matrix is computed
   * on the cluster as it is and on the cluster as it would be. Refused as the apply would be.
   */
  async matrixDryRun(
    principal: Principal,
    id: string,
    body: unknown,
    query: MatrixQuery,
  ): Promise<MatrixDryRun> {
    // Validates port, protocol, namespace and selector before anything is parsed.
    const before = await this.reachability.matrix(principal, id, query);
    const objects = manifestsOf(body);
    return this.inFlight.run('heavy', principal, async () => {
      const outcome = await this.clusters.dryRunWrite(
        principal,
        id,
        objects.map((object) => ({ op: 'apply' as const, object })),
      );
      const { sim } = await this.clusters.simulation(principal, id);
      const keyOf = (o: { kind: string; namespace?: string; name?: string }) =>
        `${o.kind}/${o.namespace ?? ''}/${o.name}`;
      const objectKey = (o: KubeObject) =>
        keyOf({ kind: o.kind, namespace: o.metadata.namespace, name: o.metadata.name });
      const removed = new Set([...outcome.deletes.map(keyOf), ...outcome.upserts.map(objectKey)]);
      const next = Simulation.build({
        config: sim.snapshot.config,
        revision: sim.snapshot.revision + 1,
        objects: [
          ...sim.snapshot.objects.filter((o) => !removed.has(objectKey(o))),
          ...outcome.upserts,
        ],
      });
      const after = next.matrix({
        port: /^\d+$/.test(query.port ?? '') ? Number(query.port) : (query.port as string),
        protocol: (query.protocol ?? 'TCP').toUpperCase() as 'TCP',
        namespace: query.namespace || undefined,
        labelSelector: query.labelSelector || undefined,
      });
      return {
        revision: outcome.revision,
        results: outcome.results.map(({ object: _o, ...r }) => r),
        before,
        after,
        changes: changedCells(before, after),
      };
    });
  }
}

/** Parsed and decoded as the apply endpoint does; unknown fields are dropped (Warn). */
function manifestsOf(body: unknown): KubeObject[] {
  if (
    body === undefined ||
    body === null ||
    body === '' ||
    (typeof body === 'object' && Object.keys(body).length === 0)
  ) {
    throw new KubeError(
      KubeErrorCode.BadRequest,
      'the request body is empty: send YAML or JSON manifests',
      [{ reason: 'FieldValueRequired', field: 'body', message: 'Required value' }],
    );
  }
  const parsed = parseManifests(body);
  if (parsed.length === 0) {
    throw new KubeError(KubeErrorCode.BadRequest, 'the request body holds no Kubernetes objects');
  }
  for (const object of parsed) decodeObject(object.kind, object);
  return parsed.map((input) => dropUnknownFields(input.kind, input).object);
}

/** Cells present in both matrices whose verdict differs, row-major. */
export function changedCells(before: ClusterMatrix, after: ClusterMatrix): MatrixCellChange[] {
  const index = new Map(after.pods.map((pod, i) => [pod, i]));
  const changes: MatrixCellChange[] = [];
  before.pods.forEach((from, r) => {
    const ar = index.get(from);
    if (ar === undefined) return;
    before.pods.forEach((to, c) => {
      const ac = index.get(to);
      if (ac === undefined) return;
      if (before.allowed[r][c] !== after.allowed[ar][ac]) {
        changes.push({ from, to, before: before.allowed[r][c], after: after.allowed[ar][ac] });
      }
    });
  });
  return changes;
}
