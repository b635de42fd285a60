import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Principal } from '@app/store';
import { BearerToken, CurrentPrincipal, Roles } from '../common/auth/principal.decorator';
import { AttemptsService } from './attempts.service';
import {
  AttemptHistoryEntryModel,
  AttemptModel,
  AttemptResetModel,
  AttemptStartedModel,
  ClassViewModel,
  GradeModel,
} from './models/attempt.model';

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

  @Mutation(() => AttemptResetModel, {
    description: 'Restore the setup on the attempt’s cluster (the kubeconfig stays valid)',
  })
  resetAttempt(@CurrentPrincipal() p: Principal, @Args('id', { type: () => ID }) id: string) {
    return this.service.reset(p, id);
  }

  @Query(() => [AttemptHistoryEntryModel], {
    description: 'Every grading of the attempt with its score and what changed it',
  })
  attemptHistory(@CurrentPrincipal() p: Principal, @Args('id', { type: () => ID }) id: string) {
    return this.service.history(p, id);
  }

  @Query(() => ClassViewModel, {
    description: 'Instructors: pass rate per check and the most frequent mistakes',
  })
  @Roles('admin', 'instructor')
  exerciseClassView(@CurrentPrincipal() p: Principal, @Args('slug') slug: string) {
    return this.service.classView(p, slug);
  }
}
