import { Args, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { Principal } from '@app/store';
import { CurrentPrincipal } from '../common/auth/principal.decorator';
import { JSONScalar } from '../common/graphql/json.scalar';
import { ClusterModel } from '../clusters/models/cluster.model';
import type { ClusterView } from '../clusters/clusters.service';
import { IngressRoutingService } from '../ingress-routing/ingress-routing.service';
import {
  ReachabilityFromInput,
  ReachabilityAnswerModel,
  ReachabilityMatrixModel,
  ReachabilityToInput,
} from './models/reachability.model';
import { ReachabilityService } from './reachability.service';

@Resolver(() => ClusterModel)
export class ReachabilityResolver {
  constructor(
    private readonly reachabilityService: ReachabilityService,
    private readonly routing: IngressRoutingService,
  ) {}

  @ResolveField(() => ReachabilityAnswerModel, {
    description: 'Can A reach B? Every hop, and why not when it cannot',
  })
  reachability(
    @CurrentPrincipal() principal: Principal,
    @Parent() cluster: ClusterView,
    @Args('from') from: ReachabilityFromInput,
    @Args('to') to: ReachabilityToInput,
    @Args('port', { nullable: true, description: 'A number or a port name' }) port?: string,
    @Args('protocol', { nullable: true }) protocol?: string,
  ) {
    return this.reachabilityService.trace(principal, cluster.id, {
      from: { ...from },
      to: { ...to },
      port,
      protocol,
    });
  }

  @ResolveField(() => ReachabilityMatrixModel, {
    description: 'The truth table over Pods for one port',
  })
  reachabilityMatrix(
    @CurrentPrincipal() principal: Principal,
    @Parent() cluster: ClusterView,
    @Args('port') port: string,
    @Args('protocol', { nullable: true }) protocol?: string,
    @Args('namespace', { nullable: true }) namespace?: string,
    @Args('labelSelector', { nullable: true }) labelSelector?: string,
  ) {
    return this.reachabilityService.matrix(principal, cluster.id, {
      port,
      protocol,
      namespace,
      labelSelector,
    });
  }

  @ResolveField(() => JSONScalar, { description: 'A NetworkPolicy in plain words, per direction' })
  explainPolicy(
    @CurrentPrincipal() principal: Principal,
    @Parent() cluster: ClusterView,
    @Args('namespace') namespace: string,
    @Args('name') name: string,
  ) {
    return this.reachabilityService.explainPolicy(principal, cluster.id, namespace, name);
  }

  @ResolveField(() => JSONScalar, {
    description:
      'The Ingress rule and backend a URL reaches (matched: false with the reason when none)',
  })
  ingressRoute(
    @CurrentPrincipal() principal: Principal,
    @Parent() cluster: ClusterView,
    @Args('url') url: string,
    @Args('ingressClass', { nullable: true }) ingressClass?: string,
  ) {
    return this.routing.route(principal, cluster.id, url, ingressClass);
  }
}
