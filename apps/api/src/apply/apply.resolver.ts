import { Args, Field, ID, Int, Mutation, ObjectType, Resolver } from '@nestjs/graphql';
import { deleteOptionsOf } from '@app/netsim';
import type { Principal } from '@app/store';
import { CurrentPrincipal, UserAgent } from '../common/auth/principal.decorator';
import { ApplyService } from './apply.service';

@ObjectType('ApplyResultItem')
class ApplyResultItemModel {
  @Field() kind!: string;
  @Field() namespace!: string;
  @Field() name!: string;
  @Field({ description: 'created, configured, unchanged or deleted' }) action!: string;
}

@ObjectType('ApplyResult')
export class ApplyResultModel {
  @Field(() => Int) revision!: number;
  @Field(() => [ApplyResultItemModel]) results!: ApplyResultItemModel[];
  @Field(() => [String], { description: 'Unknown fields that were dropped' }) warnings!: string[];
}

@Resolver()
export class ApplyResolver {
  constructor(private readonly apply: ApplyService) {}

  @Mutation(() => ApplyResultModel, {
    description: 'Apply YAML or JSON manifests atomically: all objects or none',
  })
  applyManifests(
    @CurrentPrincipal() principal: Principal,
    @Args('clusterId', { type: () => ID }) clusterId: string,
    @Args('manifests') manifests: string,
    @UserAgent() userAgent: string,
    @Args('fieldValidation', { nullable: true, description: 'Ignore, Warn (default) or Strict' })
    fieldValidation?: string,
    @Args('fieldManager', {
      nullable: true,
      description:
        'Who owns the written fields in metadata.managedFields (default: the User-Agent)',
    })
    fieldManager?: string,
    @Args('dryRun', { nullable: true, description: 'Admit and answer, persist nothing' })
    dryRun?: boolean,
  ): Promise<ApplyResultModel> {
    return this.apply.apply(principal, clusterId, manifests, {
      fieldValidation,
      fieldManager,
      dryRun: dryRun ? 'All' : undefined,
      userAgent,
    });
  }

  @Mutation(() => ApplyResultModel, {
    description: 'Delete one object (namespace omitted for cluster-scoped kinds)',
  })
  deleteObject(
    @CurrentPrincipal() principal: Principal,
    @Args('clusterId', { type: () => ID }) clusterId: string,
    @Args('kind') kind: string,
    @Args('name') name: string,
    @Args('namespace', { nullable: true }) namespace?: string,
    @Args('dryRun', { nullable: true, description: 'Check, delete nothing' }) dryRun?: boolean,
    @Args('gracePeriodSeconds', {
      type: () => Int,
      nullable: true,
      description: 'Pods: seconds they stay Terminating (absent: their own; 0: gone at once)',
    })
    gracePeriodSeconds?: number,
    @Args('propagationPolicy', { nullable: true, description: 'Background (default) or Orphan' })
    propagationPolicy?: string,
  ): Promise<ApplyResultModel> {
    const deletion = deleteOptionsOf({ gracePeriodSeconds, propagationPolicy }, {});
    return this.apply.delete(
      principal,
      clusterId,
      kind,
      namespace ?? '',
      name,
      { dryRun: dryRun ? 'All' : undefined },
      deletion,
    );
  }
}
