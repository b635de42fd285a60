import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { notFound } from '@app/kube';
import type { Principal } from '@app/store';
import { CurrentPrincipal } from '../common/auth/principal.decorator';
import { ClustersService } from '../clusters/clusters.service';

@ApiTags('endpoints')
@ApiBearerAuth()
@Controller('v1/clusters/:id/services/:namespace/:name/endpoints')
export class EndpointsController {
  constructor(private readonly clusters: ClustersService) {}

  /** The Service's EndpointSlices, as the EndpointSlice controller derived them (or the user applied them). */
  @Get()
  async endpoints(
    @CurrentPrincipal() principal: Principal,
    @Param('id') id: string,
    @Param('namespace') namespace: string,
    @Param('name') name: string,
  ) {
    const { sim } = await this.clusters.simulation(principal, id);
    if (!sim.index.service(namespace, name)) throw notFound('services', name);
    return { items: sim.endpoints(namespace, name) };
  }
}
