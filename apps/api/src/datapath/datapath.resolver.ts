import { Args, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { Principal } from '@app/store';
import { CurrentPrincipal } from '../common/auth/principal.decorator';
import { resolveDatapath, type ClusterConfig } from '@app/netsim';
import { JSONScalar } from '../common/graphql/json.scalar';
import { ClusterConfigModel, ClusterModel } from '../clusters/models/cluster.model';
import type { ClusterView } from '../clusters/clusters.service';
import { DatapathService } from './datapath.service';
import { NodeInterfacesModel, NodeRoutesModel, PodCniModel } from './datapath.models';

@Resolver(() => ClusterModel)
export class DatapathResolver {
  constructor(private readonly datapath: DatapathService) {}

  @ResolveField(() => NodeRoutesModel, {
    description: "A node's `ip route`, as its network plugin programs it",
  })
  nodeRoutes(
    @CurrentPrincipal() principal: Principal,
    @Parent() cluster: ClusterView,
    @Args('node') node: string,
  ) {
    return this.datapath.routes(principal, cluster.id, node);
  }

  @ResolveField(() => NodeInterfacesModel, {
    description: "A node's `ip addr`: eth0, tunnel and bridge devices, Pod veths",
  })
  nodeInterfaces(
    @CurrentPrincipal() principal: Principal,
    @Parent() cluster: ClusterView,
    @Args('node') node: string,
  ) {
    return this.datapath.interfaces(principal, cluster.id, node);
  }

  @ResolveField(() => PodCniModel, {
    description: 'The CNI ADD result for a Pod (CNI spec result format) and the node conflist',
  })
  podCni(
    @CurrentPrincipal() principal: Principal,
    @Parent() cluster: ClusterView,
    @Args('namespace') namespace: string,
    @Args('name') name: string,
  ) {
    return this.datapath.podCni(principal, cluster.id, namespace, name);
  }
}

/** Clusters stored before datapath options existed read with their plugin's defaults. */
@Resolver(() => ClusterConfigModel)
export class ClusterConfigDatapathResolver {
  @ResolveField('datapath', () => JSONScalar, {
    nullable: true,
    description: "The plugin's datapath options, defaults filled in (docs/cni-datapath.md)",
  })
  datapath(@Parent() config: ClusterConfig) {
    return resolveDatapath(config.networkPlugin, config.datapath);
  }
}
