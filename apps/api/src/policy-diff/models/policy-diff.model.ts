import { Field, InputType, Int, ObjectType } from '@nestjs/graphql';

@InputType('PolicySetInput', {
  description:
    'applied: what is applied now; manifests: exactly these; both: these over the applied',
})
export class PolicySetInput {
  @Field({ nullable: true }) applied?: boolean;
  @Field({ nullable: true, description: 'YAML or JSON NetworkPolicy manifests' })
  manifests?: string;
}

@ObjectType('DiffEndpointSet')
export class DiffEndpointSetModel {
  @Field() description!: string;
  @Field(() => [String], { description: '"namespace/name" of every Pod in the set' })
  pods!: string[];
  @Field(() => [String], { description: 'External addresses in the set, as CIDRs' })
  external!: string[];
}

@ObjectType('DiffProtocolPorts')
export class DiffProtocolPortsModel {
  @Field() protocol!: string;
  @Field(() => [String], { description: '"80", "1-79"' }) ports!: string[];
}

@ObjectType('PolicyDiffClass')
export class PolicyDiffClassModel {
  @Field({ description: 'added: denied by from, allowed by to; removed: the reverse' })
  change!: string;
  @Field(() => DiffEndpointSetModel) from!: DiffEndpointSetModel;
  @Field(() => DiffEndpointSetModel) to!: DiffEndpointSetModel;
  @Field(() => [DiffProtocolPortsModel]) connections!: DiffProtocolPortsModel[];
  @Field() connectionsText!: string;
  @Field() summary!: string;
  @Field(() => Int) pairs!: number;
}

@ObjectType('PolicyDiff')
export class PolicyDiffModel {
  @Field() identical!: boolean;
  @Field(() => Int) changedPairs!: number;
  @Field(() => [PolicyDiffClassModel]) classes!: PolicyDiffClassModel[];
  @Field(() => Int) totalClasses!: number;
  @Field() truncated!: boolean;
  @Field() enforced!: boolean;
}
