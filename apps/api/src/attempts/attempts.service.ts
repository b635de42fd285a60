import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { isDNS1123Label, KubeError, KubeErrorCode, notFound } from '@app/kube';
import {
  classView,
  clusterOptions,
  findBuiltInExercise,
  grade,
  gradeOptionsFor,
  gradingChanges,
  resetOps,
  setupRequests,
  type ClassView,
  type ExerciseSpec,
  type GradeOptions,
  type GradeResult,
  type GradingChanges,
  type StoredGrading,
} from '@app/grading';
import type { NetworkPolicy } from '@app/kube';
import {
  ExerciseRepository,
  type AttemptRecord,
  type GradingRecord,
  type Principal,
} from '@app/store';
import { ClustersService } from '../clusters/clusters.service';
import { InFlightLimit } from '../common/limits/in-flight-limit';
import { ExercisesService } from '../exercises/exercises.service';
import { KubeconfigService } from '../kubeconfig/kubeconfig.service';
import { parseUuidParam } from '../common/http/query-params';

export interface AttemptStarted {
  attempt: AttemptRecord;
  exercise: { slug: string; title: string; instructions: string; maxScore: number };
  clusterId: string;
  /** A kubeconfig for kubectl with the caller's key (absent when the HTTPS listener is off). */
  kubeconfig?: string;
  howToWork: { kubeconfig: string; rest: string; graphql: string; grade: string; reset: string };
}

export interface AttemptReset {
  attempt: AttemptRecord;
  clusterId: string;
  /** The cluster's revision after the reset (the kubeconfig and key stay valid). */
  revision: number;
  /** Objects removed and system objects restored before the setup was applied again. */
  removed: number;
  restored: number;
}

export interface AttemptHistoryEntry {
  gradingId: string;
  createdAt: Date;
  score: number;
  maxScore: number;
  passed: boolean;
  clusterRevision: number;
  /** What changed since the previous grading (absent for gradings stored before it existed). */
  changes: GradingChanges | null;
}

/**
 * Attempts: a learner's own cluster seeded with an exercise's setup, graded on demand; every
 * grading is kept. Learners see only their own attempts, instructors and admins all of the tenant's.
 */
@Injectable()
export class AttemptsService {
  constructor(
    private readonly exercises: ExercisesService,
    private readonly clusters: ClustersService,
    private readonly store: ExerciseRepository,
    private readonly kubeconfigs: KubeconfigService,
    private readonly inFlight: InFlightLimit,
  ) {}

  async start(principal: Principal, slug: string, token: string): Promise<AttemptStarted> {
    const { spec, version, view } = await this.exercises.resolve(principal, slug);
    const name = `${spec.slug.slice(0, 50).replace(/-+$/, '')}-${randomBytes(3).toString('hex')}`;
    const cluster = await this.clusters.create(principal, { name, ...clusterOptions(spec) });
    try {
      for (const ops of setupRequests(spec)) await this.clusters.write(principal, cluster.id, ops);
    } catch (error) {
      await this.clusters.delete(principal, cluster.id);
      throw error;
    }
    const attempt = await this.store.createAttempt(principal.tenantId, {
      exerciseSlug: spec.slug,
      exerciseVersion: version,
      learnerKeyId: principal.keyId,
      learnerName: principal.keyName,
      clusterId: cluster.id,
    });
    const base = `/v1/clusters/${cluster.id}`;
    return {
      attempt,
      exercise: {
        slug: spec.slug,
        title: spec.title,
        instructions: spec.instructions,
        maxScore: view.maxScore,
      },
      clusterId: cluster.id,
      kubeconfig: this.kubeconfigs.render(cluster, principal, token),
      howToWork: {
        kubeconfig: `save "kubeconfig" (or GET ${base}/kubeconfig) as kubeconfig.yaml, then: kubectl --kubeconfig kubeconfig.yaml get pods`,
        rest: `POST ${base}/apply with YAML manifests; GET ${base}/objects; POST ${base}/reachability`,
        graphql: `query { cluster(id: "${cluster.id}") { objects { kind name } } } — mutation applyManifests(clusterId: "${cluster.id}", manifests: "...")`,
        grade: `POST /v1/attempts/${attempt.id}/grade`,
        reset: `POST /v1/attempts/${attempt.id}/reset`,
      },
    };
  }

  async list(
    principal: Principal,
    filter: { exercise?: string; learner?: string },
  ): Promise<AttemptRecord[]> {
    // Checked before the query: Postgres refuses a non-UUID key id (and a NUL in any text).
    const learner = parseUuidParam(filter.learner, 'learner');
    const exercise = filter.exercise || undefined;
    const problems = exercise ? isDNS1123Label(exercise) : [];
    if (exercise && problems.length > 0) {
      throw new KubeError(KubeErrorCode.BadRequest, `exercise must be an exercise slug`, [
        {
          reason: 'FieldValueInvalid',
          field: 'exercise',
          message: `Invalid value: ${JSON.stringify(exercise.slice(0, 100))}: ${problems.join('; ')}`,
        },
      ]);
    }
    return this.store.listAttempts(principal, { exerciseSlug: exercise, learnerKeyId: learner });
  }

  async get(
    principal: Principal,
    id: string,
  ): Promise<AttemptRecord & { gradings: GradingRecord[] }> {
    const attempt = await this.visible(principal, id);
    return { ...attempt, gradings: await this.store.listGradings(attempt.id) };
  }

  /**
   * Runs every check against the attempt's cluster as it is now and stores the result, with
   * the cluster's NetworkPolicies and what changed since the previous grading.
   */
  async grade(
    principal: Principal,
    id: string,
  ): Promise<
    GradeResult & { gradingId: string; clusterRevision: number; changes: GradingChanges }
  > {
    const attempt = await this.visible(principal, id);
    const clusterId = this.clusterOf(attempt, id);
    const { spec } = await this.exercises.resolve(principal, attempt.exerciseSlug);
    const options = this.gradeOptions(spec);
    const previous = attempt.lastGrading;
    // Every check is a simulation question: capped per key like the other heavy questions.
    const { result, cluster, changes, policies } = await this.inFlight.run(
      'heavy',
      principal,
      async () => {
        const { sim, cluster } = await this.clusters.simulation(principal, clusterId);
        const result = grade(spec, sim, options);
        const changes = gradingChanges(
          previous
            ? {
                id: previous.id,
                clusterRevision: previous.clusterRevision,
                result: previous.result as StoredGrading,
              }
            : undefined,
          result,
          sim,
        );
        const policies = sim.snapshot.objects.filter(
          (o): o is NetworkPolicy => o.kind === 'NetworkPolicy',
        );
        return { result, cluster, changes, policies };
      },
    );
    const stored: StoredGrading = { ...result, policies, changes };
    const saved = await this.store.saveGrading(attempt.id, {
      score: result.score,
      maxScore: result.maxScore,
      passed: result.passed,
      clusterRevision: cluster.revision,
      result: stored,
    });
    return { ...result, changes, gradingId: saved.id, clusterRevision: cluster.revision };
  }

  /**
   * Restores the attempt's cluster to the exercise's setup: what the learner added is deleted,
   * system objects the learner changed are restored, then the setup is applied again, each
   * request as at the start. Same cluster, so the kubeconfig and key stay valid; the revision moves on.
   */
  async reset(principal: Principal, id: string): Promise<AttemptReset> {
    const attempt = await this.visible(principal, id);
    const clusterId = this.clusterOf(attempt, id);
    const { spec } = await this.exercises.resolve(principal, attempt.exerciseSlug);
    let removed = 0;
    let restored = 0;
    let result = await this.clusters.write(principal, clusterId, (snapshot) => {
      const ops = resetOps(snapshot);
      removed = ops.filter((o) => o.op === 'delete').length;
      restored = ops.length - removed;
      return ops;
    });
    for (const ops of setupRequests(spec))
      result = await this.clusters.write(principal, clusterId, ops);
    return { attempt, clusterId, revision: result.revision, removed, restored };
  }

  /** Every grading of the attempt, oldest first, with its score and what changed it. */
  async history(principal: Principal, id: string): Promise<AttemptHistoryEntry[]> {
    const attempt = await this.visible(principal, id);
    const gradings = await this.store.listGradings(attempt.id);
    return gradings.map((g) => ({
      gradingId: g.id,
      createdAt: g.createdAt,
      score: g.score,
      maxScore: g.maxScore,
      passed: g.passed,
      clusterRevision: g.clusterRevision,
      changes: (g.result as StoredGrading | null)?.changes ?? null,
    }));
  }

  /** Instructors: pass rate per check and the most frequent mistakes over the latest gradings. */
  async classView(principal: Principal, slug: string): Promise<ClassView> {
    const { spec } = await this.exercises.resolve(principal, slug);
    const attempts = await this.store.listAttempts(principal, { exerciseSlug: spec.slug });
    return classView(
      spec,
      attempts.map((a) => (a.lastGrading?.result as StoredGrading | undefined) ?? undefined),
    );
  }

  /** Setup and reference policies: built-in exercises ship a reference solution, tenant ones may. */
  private gradeOptions(spec: ExerciseSpec): GradeOptions {
    const builtIn = findBuiltInExercise(spec.slug);
    if (builtIn && builtIn.parsed === spec) return builtIn.gradeOptions;
    try {
      return gradeOptionsFor(spec, spec.solution);
    } catch {
      // A solution that no longer applies only costs the comparison, never the grading.
      return gradeOptionsFor(spec);
    }
  }

  private clusterOf(attempt: AttemptRecord, id: string): string {
    if (!attempt.clusterId) {
      throw new KubeError(
        KubeErrorCode.Conflict,
        `attempt ${id} has no cluster any more (it was deleted); start a new attempt`,
      );
    }
    return attempt.clusterId;
  }

  private async visible(principal: Principal, id: string): Promise<AttemptRecord> {
    const attempt = await this.store.findAttempt(principal, id);
    if (!attempt) throw notFound('attempts', id);
    return attempt;
  }
}
