import { Injectable } from '@nestjs/common';
import { isDNS1123Label, KubeError, KubeErrorCode, notFound } from '@app/kube';
import {
  BUILT_IN_EXERCISES,
  findBuiltInExercise,
  parseExerciseSpec,
  type ExerciseSpec,
} from '@app/grading';
import { canManageExercises, ExerciseRepository, type Principal } from '@app/store';

export interface ExerciseView {
  slug: string;
  title: string;
  difficulty: string;
  tags: string[];
  instructions: string;
  origin: 'built-in' | 'tenant';
  version: number;
  maxScore: number;
  checks: Array<{ id: string; description: string; points: number }>;
  /** The spec as written; only instructors and admins see it (it holds the expected answers). */
  source?: string;
}

export interface ResolvedExercise {
  spec: ExerciseSpec;
  version: number;
  view: ExerciseView;
}

function view(
  spec: ExerciseSpec,
  origin: ExerciseView['origin'],
  version: number,
  source: string,
  principal: Principal,
): ExerciseView {
  return {
    slug: spec.slug,
    title: spec.title,
    difficulty: spec.difficulty,
    tags: spec.tags,
    instructions: spec.instructions,
    origin,
    version,
    maxScore: spec.checks.reduce((sum, c) => sum + c.points, 0),
    checks: spec.checks.map((c) => ({ id: c.id, description: c.description, points: c.points })),
    ...(canManageExercises(principal) ? { source } : {}),
  };
}

/** The catalog a tenant sees: the built-in exercises plus its own, latest version of each. */
@Injectable()
export class ExercisesService {
  constructor(private readonly exercises: ExerciseRepository) {}

  async list(principal: Principal): Promise<ExerciseView[]> {
    const own = await this.exercises.listExercises(principal.tenantId);
    return [
      ...BUILT_IN_EXERCISES.map((e) => view(e.parsed, 'built-in', 1, e.spec, principal)),
      ...own.map((e) =>
        view(parseExerciseSpec(e.source), 'tenant', e.version, e.source, principal),
      ),
    ];
  }

  async resolve(principal: Principal, slug: string): Promise<ResolvedExercise> {
    const builtIn = findBuiltInExercise(slug);
    if (builtIn)
      return {
        spec: builtIn.parsed,
        version: 1,
        view: view(builtIn.parsed, 'built-in', 1, builtIn.spec, principal),
      };
    // A slug is a DNS-1123 label; anything else names no exercise (and may hold a NUL, which
    // Postgres refuses in a query).
    const own =
      isDNS1123Label(slug).length === 0
        ? await this.exercises.findExercise(principal.tenantId, slug)
        : null;
    if (!own) throw notFound('exercises', slug);
    const spec = parseExerciseSpec(own.source);
    return {
      spec,
      version: own.version,
      view: view(spec, 'tenant', own.version, own.source, principal),
    };
  }

  /** Validates and stores a tenant exercise (a new version when the slug exists). */
  async save(principal: Principal, source: unknown): Promise<ExerciseView> {
    if (typeof source !== 'string' || source.trim() === '') {
      throw new KubeError(
        KubeErrorCode.BadRequest,
        'send the exercise spec as YAML (Content-Type: application/yaml)',
      );
    }
    const spec = parseExerciseSpec(source);
    if (findBuiltInExercise(spec.slug)) {
      throw new KubeError(
        KubeErrorCode.AlreadyExists,
        `exercises "${spec.slug}" already exists as a built-in exercise; choose another slug`,
        [],
        {
          kind: 'exercises',
          name: spec.slug,
        },
      );
    }
    const stored = await this.exercises.saveExercise(
      principal.tenantId,
      spec.slug,
      spec.title,
      source,
    );
    return view(spec, 'tenant', stored.version, source, principal);
  }
}
