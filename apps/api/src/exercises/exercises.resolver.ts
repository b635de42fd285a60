import { Args, Field, ID, Int, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import type { Principal } from '@app/store';
import { BearerToken, CurrentPrincipal, Roles } from '../common/auth/principal.decorator';
import { JSONScalar } from '../common/graphql/json.scalar';
import { AttemptsService } from '../attempts/attempts.service';
import { ExercisesService } from './exercises.service';

@ObjectType('ExerciseCheckSummary')
class ExerciseCheckModel {
  @Field() id!: string;
  @Field() description!: string;
  @Field(() => Int) points!: number;
}

@ObjectType('Exercise')
class ExerciseModel {
  @Field() slug!: string;
  @Field() title!: string;
  @Field() difficulty!: string;
  @Field(() => [String]) tags!: string[];
  @Field({ description: 'Markdown' }) instructions!: string;
  @Field({ description: 'built-in or tenant' }) origin!: string;
  @Field(() => Int) version!: number;
  @Field(() => Int) maxScore!: number;
  @Field(() => [ExerciseCheckModel]) checks!: ExerciseCheckModel[];
  @Field({ nullable: true, description: 'The YAML spec (instructors and admins only)' })
  source?: string;
}

@ObjectType('CheckResult')
class CheckResultModel {
  @Field() id!: string;
  @Field() description!: string;
  @Field(() => Int) points!: number;
  @Field(() => Int) earned!: number;
  @Field() passed!: boolean;
  @Field(() => JSONScalar, { nullable: true }) observed?: unknown;
  @Field(() => JSONScalar, { nullable: true }) expected?: unknown;
  @Field() explanation!: string;
  @Field({ nullable: true }) hint?: string;
}

@ObjectType('Grade')
class GradeModel {
  @Field(() => Int) score!: number;
  @Field(() => Int) maxScore!: number;
  @Field() passed!: boolean;
  @Field(() => [CheckResultModel]) checks!: CheckResultModel[];
  @Field(() => ID) gradingId!: string;
  @Field(() => Int) clusterRevision!: number;
}

@ObjectType('Attempt')
class AttemptModel {
  @Field(() => ID) id!: string;
  @Field() exerciseSlug!: string;
  @Field(() => Int) exerciseVersion!: number;
  @Field() learnerKeyId!: string;
  @Field() learnerName!: string;
  @Field(() => ID, { nullable: true }) clusterId?: string;
  @Field() createdAt!: Date;
  @Field(() => JSONScalar, {
    nullable: true,
    description: 'The latest grading: score, maxScore, passed, result',
  })
  lastGrading?: unknown;
}

@ObjectType('AttemptStarted')
class AttemptStartedModel {
  @Field(() => AttemptModel) attempt!: AttemptModel;
  @Field(() => ID) clusterId!: string;
  @Field(() => JSONScalar) exercise!: unknown;
  @Field({ nullable: true, description: 'A kubeconfig for kubectl with your key' })
  kubeconfig?: string;
  @Field(() => JSONScalar, {
    description: 'kubeconfig, REST and GraphQL ways to work on the cluster',
  })
  howToWork!: unknown;
}

@Resolver()
export class ExercisesResolver {
  constructor(
    private readonly exercises: ExercisesService,
    private readonly attemptsService: AttemptsService,
  ) {}

  @Query(() => [ExerciseModel], { description: 'Built-in exercises and your tenant’s own' })
  exerciseCatalog(@CurrentPrincipal() p: Principal) {
    return this.exercises.list(p);
  }

  @Query(() => ExerciseModel)
  async exercise(@CurrentPrincipal() p: Principal, @Args('slug') slug: string) {
    return (await this.exercises.resolve(p, slug)).view;
  }

  @Mutation(() => ExerciseModel, {
    description: 'Add an exercise (YAML spec); instructors and admins',
  })
  @Roles('admin', 'instructor')
  createExercise(@CurrentPrincipal() p: Principal, @Args('spec') spec: string) {
    return this.exercises.save(p, spec);
  }

  @Mutation(() => AttemptStartedModel, {
    description: 'Start an attempt: a cluster seeded with the setup',
  })
  startAttempt(
    @CurrentPrincipal() p: Principal,
    @Args('slug') slug: string,
    @BearerToken() token: string,
  ) {
    return this.attemptsService.start(p, slug, token);
  }

  @Mutation(() => GradeModel, { description: 'Grade the attempt’s cluster as it is now' })
  gradeAttempt(@CurrentPrincipal() p: Principal, @Args('id', { type: () => ID }) id: string) {
    return this.attemptsService.grade(p, id);
  }

  @Query(() => [AttemptModel], { description: 'Instructors: all attempts; learners: their own' })
  attempts(
    @CurrentPrincipal() p: Principal,
    @Args('exercise', { nullable: true }) exercise?: string,
    @Args('learner', { nullable: true, description: 'API key id' }) learner?: string,
  ) {
    return this.attemptsService.list(p, { exercise, learner });
  }
}
