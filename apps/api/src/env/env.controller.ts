import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Principal } from '@app/store';
import { CurrentPrincipal } from '../common/auth/principal.decorator';
import { ClustersService } from '../clusters/clusters.service';

@ApiTags('env')
@ApiBearerAuth()
@Controller('v1/clusters/:id/pods/:namespace/:name/env')
export class EnvController {
  constructor(private readonly clusters: ClustersService) {}

  /** The variables the kubelet gives the Pod's container: Service links, then the Pod's own env. */
  @Get()
  @ApiQuery({ name: 'container', required: false, description: 'Defaults to the first container' })
  async env(
    @CurrentPrincipal() principal: Principal,
    @Param('id') id: string,
    @Param('namespace') namespace: string,
    @Param('name') name: string,
    @Query('container') container?: string,
  ) {
    const { sim } = await this.clusters.simulation(principal, id);
    return sim.env(namespace, name, container);
  }
}
