import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { isDNS1123Label, KubeError, KubeErrorCode, notFound } from '@app/kube';
import { clusterOptions, grade, setupRequests, type GradeResult } from '@app/grading';
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
  howToWork: { kubeconfig: string; rest: string; graphql: string; grade: string };
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

  /** Runs every check against the attempt's cluster as it is now and stores the result. */
  async grade(
    principal: Principal,
    id: string,
  ): Promise<GradeResult & { gradingId: string; clusterRevision: number }> {
    const attempt = await this.visible(principal, id);
    if (!attempt.clusterId) {
      throw new KubeError(
        KubeErrorCode.Conflict,
        `attempt ${id} has no cluster any more (it was deleted); start a new attempt`,
      );
    }
    const { spec } = await this.exercises.resolve(principal, attempt.exerciseSlug);
    const clusterId = attempt.clusterId;
    // Every check is a simulation question: capped per key like the other heavy questions.
    const { result, cluster } = await this.inFlight.run('heavy', principal, async () => {
      const { sim, cluster } = await this.clusters.simulation(principal, clusterId);
      return { result: grade(spec, sim), cluster };
    });
    const stored = await this.store.saveGrading(attempt.id, {
      score: result.score,
      maxScore: result.maxScore,
      passed: result.passed,
      clusterRevision: cluster.revision,
      result,
    });
    return { ...result, gradingId: stored.id, clusterRevision: cluster.revision };
  }

  private async visible(principal: Principal, id: string): Promise<AttemptRecord> {
    const attempt = await this.store.findAttempt(principal, id);
    if (!attempt) throw notFound('attempts', id);
    return attempt;
  }
}
