import { Args, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { Principal } from '@app/store';
import { CurrentPrincipal } from '../common/auth/principal.decorator';
import { ClusterModel } from '../clusters/models/cluster.model';
import type { ClusterView } from '../clusters/clusters.service';
import { PolicyDiffModel, PolicySetInput } from './models/policy-diff.model';
import { PolicyDiffService } from './policy-diff.service';

@Resolver(() => ClusterModel)
export class PolicyDiffResolver {
  constructor(private readonly policyDiff: PolicyDiffService) {}

  @ResolveField(() => PolicyDiffModel, {
    description:
      'What one NetworkPolicy set allows that the other denies, as classes of connections',
  })
  networkPolicyDiff(
    @CurrentPrincipal() principal: Principal,
    @Parent() cluster: ClusterView,
    @Args('from') from: PolicySetInput,
    @Args('to') to: PolicySetInput,
    @Args('external', { nullable: true }) external?: boolean,
  ) {
    const side = (s: PolicySetInput) => ({
      ...(s.applied != null ? { applied: s.applied } : {}),
      ...(s.manifests != null ? { manifests: s.manifests } : {}),
    });
    return this.policyDiff.diff(principal, cluster.id, {
      from: side(from),
      to: side(to),
      ...(external != null ? { external } : {}),
    });
  }
}
