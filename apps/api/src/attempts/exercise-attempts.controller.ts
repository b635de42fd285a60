import { Controller, Get, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Principal } from '@app/store';
import { BearerToken, CurrentPrincipal, Roles } from '../common/auth/principal.decorator';
import { AttemptsService } from './attempts.service';

/** `POST /v1/exercises/{slug}/attempts`: lives with attempts so exercises never import them. */
@ApiTags('exercises')
@ApiBearerAuth()
@Controller('v1/exercises')
export class ExerciseAttemptsController {
  constructor(private readonly attempts: AttemptsService) {}

  /** Starts an attempt: a new cluster seeded with the exercise's setup. */
  @Post(':slug/attempts')
  start(
    @CurrentPrincipal() principal: Principal,
    @Param('slug') slug: string,
    @BearerToken() token: string,
  ) {
    return this.attempts.start(principal, slug, token);
  }

  /** Instructors: pass rate per check and the most frequent mistakes across the attempts. */
  @Get(':slug/class-view')
  @Roles('admin', 'instructor')
  classView(@CurrentPrincipal() principal: Principal, @Param('slug') slug: string) {
    return this.attempts.classView(principal, slug);
  }
}
