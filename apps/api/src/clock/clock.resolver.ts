import {
  Args,
  Field,
  Float,
  ID,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
} from '@nestjs/graphql';
import type { Principal } from '@app/store';
import { CurrentPrincipal } from '../common/auth/principal.decorator';
import { ClustersService } from '../clusters/clusters.service';

@ObjectType('ClusterClock', { description: 'The cluster clock: wall time plus the steps taken' })
export class ClusterClockModel {
  @Field({ description: "The cluster's time (RFC 3339)" })
  now!: string;

  @Field(() => Float, { description: 'Seconds the cluster clock runs ahead of the wall clock' })
  offsetSeconds!: number;

  @Field(() => String, {
    nullable: true,
    description: 'When something next falls due (a grace period ending, a rollout step)',
  })
  nextWakeUp!: string | null;

  @Field(() => Int)
  revision!: number;
}

@Resolver()
export class ClockResolver {
  constructor(private readonly clusters: ClustersService) {}

  @Query(() => ClusterClockModel, { description: "A cluster's clock" })
  async clusterClock(
    @CurrentPrincipal() p: Principal,
    @Args('clusterId', { type: () => ID }) clusterId: string,
  ) {
    return this.clusters.clock(p, clusterId);
  }

  @Mutation(() => ClusterClockModel, {
    description:
      'Step the cluster clock ahead; what falls due (grace periods, rollout steps) happens at once',
  })
  async stepClock(
    @CurrentPrincipal() p: Principal,
    @Args('clusterId', { type: () => ID }) clusterId: string,
    @Args('seconds', { type: () => Float }) seconds: number,
  ) {
    return this.clusters.stepClock(p, clusterId, seconds);
  }
}
