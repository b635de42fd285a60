import type { Db } from '../prisma-client';
import { readableAttempts } from '../tenancy/access-policy';
import type { Principal } from './tenant.repository';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface StoredExercise {
  slug: string;
  version: number;
  title: string;
  source: string;
  createdAt: Date;
}

export interface AttemptRecord {
  id: string;
  exerciseSlug: string;
  exerciseVersion: number;
  learnerKeyId: string;
  learnerName: string;
  clusterId: string | null;
  createdAt: Date;
  lastGrading: GradingRecord | null;
}

export interface GradingRecord {
  id: string;
  score: number;
  maxScore: number;
  passed: boolean;
  clusterRevision: number;
  result: unknown;
  createdAt: Date;
}

/** Tenants' own exercises (versioned), attempts and every grading, always scoped by tenant. */
export class ExerciseRepository {
  constructor(private readonly db: Db) {}

  /** Stores a new version of the tenant's exercise (1 for a new slug). */
  async saveExercise(
    tenantId: string,
    slug: string,
    title: string,
    source: string,
  ): Promise<StoredExercise> {
    return this.db.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT id FROM tenants WHERE id = ${tenantId}::uuid FOR UPDATE`;
      const latest = await tx.exercise.findFirst({
        where: { tenantId, slug },
        orderBy: { version: 'desc' },
      });
      const row = await tx.exercise.create({
        data: { tenantId, slug, title, source, version: (latest?.version ?? 0) + 1 },
      });
      return pickExercise(row);
    });
  }

  /** The latest version of each of the tenant's exercises. */
  async listExercises(tenantId: string): Promise<StoredExercise[]> {
    const rows = await this.db.exercise.findMany({
      where: { tenantId },
      orderBy: [{ slug: 'asc' }, { version: 'desc' }],
      distinct: ['slug'],
    });
    return rows.map(pickExercise);
  }

  async findExercise(tenantId: string, slug: string): Promise<StoredExercise | null> {
    const row = await this.db.exercise.findFirst({
      where: { tenantId, slug },
      orderBy: { version: 'desc' },
    });
    return row ? pickExercise(row) : null;
  }

  async createAttempt(
    tenantId: string,
    data: {
      exerciseSlug: string;
      exerciseVersion: number;
      learnerKeyId: string;
      learnerName: string;
      clusterId: string;
    },
  ): Promise<AttemptRecord> {
    const row = await this.db.attempt.create({ data: { tenantId, ...data } });
    return { ...pickAttempt(row), lastGrading: null };
  }

  /** The attempt when the principal may see it (learners: their own), else null. */
  async findAttempt(principal: Principal, id: string): Promise<AttemptRecord | null> {
    if (!UUID.test(id)) return null;
    const row = await this.db.attempt.findFirst({
      where: { ...readableAttempts(principal), id },
      include: { gradings: { orderBy: { createdAt: 'desc' }, take: 1 } },
    });
    return row
      ? { ...pickAttempt(row), lastGrading: row.gradings[0] ? pickGrading(row.gradings[0]) : null }
      : null;
  }

  /**
   * The attempts the principal may see, with their latest grading; filter by exercise and/or
   * learner key (a learner's filter can only narrow to its own attempts).
   */
  async listAttempts(
    principal: Principal,
    filter: { exerciseSlug?: string; learnerKeyId?: string },
  ): Promise<AttemptRecord[]> {
    if (filter.learnerKeyId !== undefined && !UUID.test(filter.learnerKeyId)) return [];
    const scope = readableAttempts(principal);
    const rows = await this.db.attempt.findMany({
      where: {
        AND: [scope, { exerciseSlug: filter.exerciseSlug, learnerKeyId: filter.learnerKeyId }],
      },
      include: { gradings: { orderBy: { createdAt: 'desc' }, take: 1 } },
      orderBy: { createdAt: 'asc' },
    });
    return rows.map((row) => ({
      ...pickAttempt(row),
      lastGrading: row.gradings[0] ? pickGrading(row.gradings[0]) : null,
    }));
  }

  async saveGrading(
    attemptId: string,
    data: {
      score: number;
      maxScore: number;
      passed: boolean;
      clusterRevision: number;
      result: unknown;
    },
  ): Promise<GradingRecord> {
    const row = await this.db.grading.create({
      data: {
        attemptId,
        ...data,
        clusterRevision: BigInt(data.clusterRevision),
        result: data.result as object,
      },
    });
    return pickGrading(row);
  }

  async listGradings(attemptId: string): Promise<GradingRecord[]> {
    const rows = await this.db.grading.findMany({
      where: { attemptId },
      orderBy: { createdAt: 'asc' },
    });
    return rows.map(pickGrading);
  }
}

const pickExercise = (r: StoredExercise): StoredExercise => ({
  slug: r.slug,
  version: r.version,
  title: r.title,
  source: r.source,
  createdAt: r.createdAt,
});

const pickAttempt = (
  r: Omit<AttemptRecord, 'lastGrading'>,
): Omit<AttemptRecord, 'lastGrading'> => ({
  id: r.id,
  exerciseSlug: r.exerciseSlug,
  exerciseVersion: r.exerciseVersion,
  learnerKeyId: r.learnerKeyId,
  learnerName: r.learnerName,
  clusterId: r.clusterId,
  createdAt: r.createdAt,
});

const pickGrading = (
  r: Omit<GradingRecord, 'clusterRevision'> & { clusterRevision: bigint },
): GradingRecord => ({
  id: r.id,
  score: r.score,
  maxScore: r.maxScore,
  passed: r.passed,
  clusterRevision: Number(r.clusterRevision),
  result: r.result,
  createdAt: r.createdAt,
});
