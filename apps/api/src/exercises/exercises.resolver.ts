import { Args, Field, Int, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { EXERCISE_SPEC_SCHEMA } from '@app/grading';
import type { Principal } from '@app/store';
import { JSONScalar } from '../common/graphql/json.scalar';
import { CurrentPrincipal, Roles } from '../common/auth/principal.decorator';
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

@Resolver()
export class ExercisesResolver {
  constructor(private readonly exercises: ExercisesService) {}

  @Query(() => [ExerciseModel], { description: 'Built-in exercises and your tenant’s own' })
  exerciseCatalog(@CurrentPrincipal() p: Principal) {
    return this.exercises.list(p);
  }

  @Query(() => JSONScalar, {
    description: 'The JSON Schema of the exercise spec (also GET /v1/schemas/exercise)',
  })
  exerciseSpecSchema() {
    return EXERCISE_SPEC_SCHEMA;
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
}
