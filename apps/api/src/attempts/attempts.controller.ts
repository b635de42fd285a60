import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Principal } from '@app/store';
import { CurrentPrincipal } from '../common/auth/principal.decorator';
import { AttemptsService } from './attempts.service';

@ApiTags('exercises')
@ApiBearerAuth()
@Controller('v1/attempts')
export class AttemptsController {
  constructor(private readonly attempts: AttemptsService) {}

  /** Instructors and admins: every attempt of the tenant; learners: their own. */
  @Get()
  @ApiQuery({ name: 'exercise', required: false })
  @ApiQuery({ name: 'learner', required: false, description: 'API key id of the learner' })
  async list(
    @CurrentPrincipal() principal: Principal,
    @Query('exercise') exercise?: string,
    @Query('learner') learner?: string,
  ) {
    return { items: await this.attempts.list(principal, { exercise, learner }) };
  }

  @Get(':id')
  get(@CurrentPrincipal() principal: Principal, @Param('id') id: string) {
    return this.attempts.get(principal, id);
  }

  /** Grades the attempt's cluster now: score, and per check what was observed vs expected and a hint. */
  @Post(':id/grade')
  @HttpCode(200)
  grade(@CurrentPrincipal() principal: Principal, @Param('id') id: string) {
    return this.attempts.grade(principal, id);
  }

  /** Restores the setup on the same cluster (new revision; the kubeconfig stays valid). */
  @Post(':id/reset')
  @HttpCode(200)
  reset(@CurrentPrincipal() principal: Principal, @Param('id') id: string) {
    return this.attempts.reset(principal, id);
  }

  /** Every grading, oldest first: score, and the checks and connections that changed it. */
  @Get(':id/history')
  async history(@CurrentPrincipal() principal: Principal, @Param('id') id: string) {
    return { items: await this.attempts.history(principal, id) };
  }
}
