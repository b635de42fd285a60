import { Args, Field, Int, ObjectType, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { Principal } from '@app/store';
import { CurrentPrincipal } from '../common/auth/principal.decorator';
import { ClusterModel } from '../clusters/models/cluster.model';
import type { ClusterView } from '../clusters/clusters.service';
import { EventsService } from './events.service';

@ObjectType('ClusterEvent')
class EventModel {
  @Field(() => Int) id!: number;
  @Field({ description: 'Normal or Warning' }) type!: string;
  @Field() reason!: string;
  @Field() message!: string;
  @Field({ description: 'kind/name, as the OBJECT column of kubectl get events' }) object!: string;
  @Field({ nullable: true }) namespace?: string;
  @Field() source!: string;
  @Field() time!: string;
}

@Resolver(() => ClusterModel)
export class EventsResolver {
  constructor(private readonly eventsService: EventsService) {}

  @ResolveField(() => [EventModel], { description: 'The event log, oldest first' })
  async events(
    @CurrentPrincipal() principal: Principal,
    @Parent() cluster: ClusterView,
    @Args('namespace', { nullable: true }) namespace?: string,
  ): Promise<EventModel[]> {
    const { items } = await this.eventsService.list(principal, cluster.id, { namespace });
    return items.map((e) => ({ ...e, namespace: e.involvedObject.namespace || undefined }));
  }
}
