import { Args, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { Principal } from '@app/store';
import { CurrentPrincipal } from '../common/auth/principal.decorator';
import { JSONScalar } from '../common/graphql/json.scalar';
import { ClusterModel } from '../clusters/models/cluster.model';
import type { ClusterView } from '../clusters/clusters.service';
import { ProxyRulesService } from './proxy-rules.service';

@Resolver(() => ClusterModel)
export class ProxyRulesResolver {
  constructor(private readonly proxyRules: ProxyRulesService) {}

  @ResolveField(() => String, {
    description: "kube-proxy's rules on one node, iptables-save style",
  })
  iptables(
    @CurrentPrincipal() principal: Principal,
    @Parent() cluster: ClusterView,
    @Args('node') node: string,
  ): Promise<string> {
    return this.proxyRules.iptables(principal, cluster.id, node);
  }

  @ResolveField(() => JSONScalar, {
    description: 'Where kube-proxy sends a packet for ip:port: candidates and odds',
  })
  proxy(
    @CurrentPrincipal() principal: Principal,
    @Parent() cluster: ClusterView,
    @Args('to', { description: 'ip:port' }) to: string,
    @Args('protocol', { nullable: true }) protocol?: string,
    @Args('from', { nullable: true, description: 'namespace/name of the sending Pod' })
    from?: string,
    @Args('fromIP', { nullable: true }) fromIP?: string,
    @Args('node', { nullable: true }) node?: string,
  ) {
    return this.proxyRules.decide(principal, cluster.id, { to, protocol, from, fromIP, node });
  }
}
