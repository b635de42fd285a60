import { Args, Field, ObjectType, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { Principal } from '@app/store';
import { CurrentPrincipal } from '../common/auth/principal.decorator';
import { ClusterModel } from '../clusters/models/cluster.model';
import { ClustersService, type ClusterView } from '../clusters/clusters.service';

@ObjectType('EnvVar')
class EnvVarModel {
  @Field() name!: string;
  @Field() value!: string;
}

@ObjectType('PodEnvironment')
export class PodEnvironmentModel {
  @Field() container!: string;
  @Field(() => [EnvVarModel], { description: "In order: the container's own, then the Services'" })
  variables!: EnvVarModel[];
  @Field(() => [String], {
    description: 'namespace/name of each Service whose variables were injected',
  })
  services!: string[];
  @Field(() => [String]) explanation!: string[];
}

@Resolver(() => ClusterModel)
export class EnvResolver {
  constructor(private readonly clusters: ClustersService) {}

  @ResolveField(() => PodEnvironmentModel, {
    description: "The environment the kubelet gives a Pod's container",
  })
  async podEnv(
    @CurrentPrincipal() principal: Principal,
    @Parent() cluster: ClusterView,
    @Args('namespace') namespace: string,
    @Args('name') name: string,
    @Args('container', { nullable: true }) container?: string,
  ): Promise<PodEnvironmentModel> {
    const { sim } = await this.clusters.simulation(principal, cluster.id);
    const env = sim.env(namespace, name, container);
    return { ...env, variables: env.order.map((n) => ({ name: n, value: env.variables[n] })) };
  }
}
