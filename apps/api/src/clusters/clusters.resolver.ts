import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Principal } from '@app/store';
import { CurrentPrincipal } from '../common/auth/principal.decorator';
import { ClustersService, type ClusterView } from './clusters.service';
import { CreateClusterInput } from './inputs/create-cluster.input';
import { ClusterModel, KubeObjectModel, toObjectModel } from './models/cluster.model';

@Resolver(() => ClusterModel)
export class ClustersResolver {
  constructor(private readonly service: ClustersService) {}

  @Query(() => [ClusterModel], { description: "Your tenant's clusters" })
  clusters(@CurrentPrincipal() principal: Principal): Promise<ClusterView[]> {
    return this.service.list(principal);
  }

  @Query(() => ClusterModel)
  cluster(
    @CurrentPrincipal() principal: Principal,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<ClusterView> {
    return this.service.get(principal, id);
  }

  @Mutation(() => ClusterModel)
  createCluster(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: CreateClusterInput,
  ): Promise<ClusterView> {
    return this.service.create(principal, { ...input });
  }

  @Mutation(() => Boolean)
  async deleteCluster(
    @CurrentPrincipal() principal: Principal,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<boolean> {
    await this.service.delete(principal, id);
    return true;
  }

  @ResolveField(() => [KubeObjectModel], {
    description: 'Objects, filtered like a Kubernetes list',
  })
  async objects(
    @CurrentPrincipal() principal: Principal,
    @Parent() cluster: ClusterView,
    @Args('kind', { nullable: true }) kind?: string,
    @Args('namespace', { nullable: true }) namespace?: string,
    @Args('labelSelector', { nullable: true }) labelSelector?: string,
  ): Promise<KubeObjectModel[]> {
    const { items } = await this.service.listObjects(principal, cluster.id, {
      kind,
      namespace,
      labelSelector,
    });
    return items.map(toObjectModel);
  }
}
