import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Principal } from '@app/store';
import { CurrentPrincipal } from '../common/auth/principal.decorator';
import { ClustersService } from '../clusters/clusters.service';
import { ClusterClockDto } from './cluster-clock.dto';

/**
 * The cluster clock: it runs with the wall clock, and labs, graders and tests step it ahead so
 * grace periods and rollout waits pass at once, with no sleeping.
 */
@ApiTags('clusters')
@ApiBearerAuth()
@Controller('v1/clusters/:id/clock')
export class ClockController {
  constructor(private readonly clusters: ClustersService) {}

  @Get()
  @ApiOkResponse({ type: ClusterClockDto })
  async get(@CurrentPrincipal() principal: Principal, @Param('id') id: string) {
    return this.clusters.clock(principal, id);
  }

  /** Steps the clock `seconds` ahead and runs what falls due (terminations, rollout steps). */
  @Post()
  @HttpCode(200)
  @ApiBody({
    schema: {
      type: 'object',
      properties: {
        seconds: { type: 'number', minimum: 0, exclusiveMinimum: true, maximum: 31622400 },
      },
      required: ['seconds'],
    },
  })
  @ApiOkResponse({ type: ClusterClockDto })
  async step(
    @CurrentPrincipal() principal: Principal,
    @Param('id') id: string,
    @Body() body: { seconds?: unknown },
  ) {
    return this.clusters.stepClock(principal, id, body?.seconds);
  }
}
