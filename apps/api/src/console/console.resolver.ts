import { Args, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { Principal } from '@app/store';
import { CurrentPrincipal } from '../common/auth/principal.decorator';
import { JSONScalar } from '../common/graphql/json.scalar';
import { ClusterModel } from '../clusters/models/cluster.model';
import type { ClusterView } from '../clusters/clusters.service';
import { ConsoleService } from './console.service';

/** The console's pictures and dry run on the cluster type, as REST has them. */
@Resolver(() => ClusterModel)
export class ConsoleResolver {
  constructor(private readonly console: ConsoleService) {}

  @ResolveField(() => JSONScalar, {
    description: 'Nodes, Pods, Services, endpoints and routes with their laid-out boxes and arrows',
  })
  topology(
    @CurrentPrincipal() principal: Principal,
    @Parent() cluster: ClusterView,
    @Args('namespace', { nullable: true }) namespace?: string,
  ) {
    return this.console.topology(principal, cluster.id, namespace);
  }

  @ResolveField(() => String, { description: 'The topology as an SVG document' })
  topologySvg(
    @CurrentPrincipal() principal: Principal,
    @Parent() cluster: ClusterView,
    @Args('namespace', { nullable: true }) namespace?: string,
  ) {
    return this.console.topologySvg(principal, cluster.id, namespace);
  }

  @ResolveField(() => String, { description: 'The topology in Graphviz DOT' })
  topologyDot(
    @CurrentPrincipal() principal: Principal,
    @Parent() cluster: ClusterView,
    @Args('namespace', { nullable: true }) namespace?: string,
  ) {
    return this.console.topologyDot(principal, cluster.id, namespace);
  }

  @ResolveField(() => String, { description: 'The reachability matrix as an SVG heat map' })
  reachabilityMatrixSvg(
    @CurrentPrincipal() principal: Principal,
    @Parent() cluster: ClusterView,
    @Args('port') port: string,
    @Args('protocol', { nullable: true }) protocol?: string,
    @Args('namespace', { nullable: true }) namespace?: string,
    @Args('labelSelector', { nullable: true }) labelSelector?: string,
  ) {
    return this.console.matrixSvg(principal, cluster.id, {
      port,
      protocol,
      namespace,
      labelSelector,
    });
  }

  @ResolveField(() => JSONScalar, {
    description:
      'The matrix before and after applying the manifests (a dry run: nothing is written) and the cells that change',
  })
  reachabilityMatrixDryRun(
    @CurrentPrincipal() principal: Principal,
    @Parent() cluster: ClusterView,
    @Args('manifests', { description: 'YAML or JSON, as for applyManifests' }) manifests: string,
    @Args('port') port: string,
    @Args('protocol', { nullable: true }) protocol?: string,
    @Args('namespace', { nullable: true }) namespace?: string,
    @Args('labelSelector', { nullable: true }) labelSelector?: string,
  ) {
    return this.console.matrixDryRun(principal, cluster.id, manifests, {
      port,
      protocol,
      namespace,
      labelSelector,
    });
  }
}
