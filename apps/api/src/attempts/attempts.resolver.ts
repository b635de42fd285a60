import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Principal } from '@app/store';
import { BearerToken, CurrentPrincipal } from '../common/auth/principal.decorator';
import { AttemptsService } from './attempts.service';
import { AttemptModel, AttemptStartedModel, GradeModel } from './models/attempt.model';

/** Attempts over GraphQL: start one from an exercise, grade it, list them. */
@Resolver()
export class AttemptsResolver {
  constructor(private readonly service: AttemptsService) {}

  @Mutation(() => AttemptStartedModel, {
    description: 'Start an attempt: a cluster seeded with the setup',
  })
  startAttempt(
    @CurrentPrincipal() p: Principal,
    @Args('slug') slug: string,
    @BearerToken() token: string,
  ) {
    return this.service.start(p, slug, token);
  }

  @Mutation(() => GradeModel, { description: 'Grade the attempt’s cluster as it is now' })
  gradeAttempt(@CurrentPrincipal() p: Principal, @Args('id', { type: () => ID }) id: string) {
    return this.service.grade(p, id);
  }

  @Query(() => [AttemptModel], { description: 'Instructors: all attempts; learners: their own' })
  attempts(
    @CurrentPrincipal() p: Principal,
    @Args('exercise', { nullable: true }) exercise?: string,
    @Args('learner', { nullable: true, description: 'API key id' }) learner?: string,
  ) {
    return this.service.list(p, { exercise, learner });
  }
}
