import { Args, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { Principal } from '@app/store';
import { CurrentPrincipal } from '../common/auth/principal.decorator';
import { ClusterModel } from '../clusters/models/cluster.model';
import type { ClusterView } from '../clusters/clusters.service';
import { DnsService } from './dns.service';
import { DnsAnswerModel } from './models/dns-answer.model';

@Resolver(() => ClusterModel)
export class DnsResolver {
  constructor(private readonly dnsService: DnsService) {}

  @ResolveField(() => DnsAnswerModel, {
    description: 'A DNS lookup; from a Pod, its resolv.conf expands the name',
  })
  dns(
    @CurrentPrincipal() principal: Principal,
    @Parent() cluster: ClusterView,
    @Args('name') name: string,
    @Args('type', { nullable: true, description: 'A (default), AAAA, SRV, PTR, CNAME, TXT or ANY' })
    type?: string,
    @Args('from', { nullable: true, description: 'namespace/name of the asking Pod' })
    from?: string,
  ) {
    return this.dnsService.lookup(principal, cluster.id, { name, type, from });
  }
}
