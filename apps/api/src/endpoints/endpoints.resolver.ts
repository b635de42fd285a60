import { Args, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { notFound } from '@app/kube';
import type { Principal } from '@app/store';
import { CurrentPrincipal } from '../common/auth/principal.decorator';
import { ClusterModel, KubeObjectModel, toObjectModel } from '../clusters/models/cluster.model';
import { ClustersService, type ClusterView } from '../clusters/clusters.service';

@Resolver(() => ClusterModel)
export class EndpointsResolver {
  constructor(private readonly clusters: ClustersService) {}

  @ResolveField(() => [KubeObjectModel], { description: "A Service's EndpointSlices" })
  async endpoints(
    @CurrentPrincipal() principal: Principal,
    @Parent() cluster: ClusterView,
    @Args('namespace') namespace: string,
    @Args('service') service: string,
  ): Promise<KubeObjectModel[]> {
    const { sim } = await this.clusters.simulation(principal, cluster.id);
    if (!sim.index.service(namespace, service)) throw notFound('services', service);
    return sim.endpoints(namespace, service).map(toObjectModel);
  }
}
