import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { JSONScalar } from '../../common/graphql/json.scalar';

@ObjectType('CheckResult')
export class CheckResultModel {
  @Field() id!: string;
  @Field() description!: string;
  @Field(() => Int) points!: number;
  @Field(() => Int) earned!: number;
  @Field() passed!: boolean;
  @Field(() => JSONScalar, { nullable: true }) observed?: unknown;
  @Field(() => JSONScalar, { nullable: true }) expected?: unknown;
  @Field() explanation!: string;
  @Field({ nullable: true }) hint?: string;
}

@ObjectType('Grade')
export class GradeModel {
  @Field(() => Int) score!: number;
  @Field(() => Int) maxScore!: number;
  @Field() passed!: boolean;
  @Field(() => [CheckResultModel]) checks!: CheckResultModel[];
  @Field(() => ID) gradingId!: string;
  @Field(() => Int) clusterRevision!: number;
}

@ObjectType('Attempt')
export class AttemptModel {
  @Field(() => ID) id!: string;
  @Field() exerciseSlug!: string;
  @Field(() => Int) exerciseVersion!: number;
  @Field() learnerKeyId!: string;
  @Field() learnerName!: string;
  @Field(() => ID, { nullable: true }) clusterId?: string;
  @Field() createdAt!: Date;
  @Field(() => JSONScalar, {
    nullable: true,
    description: 'The latest grading: score, maxScore, passed, result',
  })
  lastGrading?: unknown;
}

@ObjectType('AttemptStarted')
export class AttemptStartedModel {
  @Field(() => AttemptModel) attempt!: AttemptModel;
  @Field(() => ID) clusterId!: string;
  @Field(() => JSONScalar) exercise!: unknown;
  @Field({ nullable: true, description: 'A kubeconfig for kubectl with your key' })
  kubeconfig?: string;
  @Field(() => JSONScalar, {
    description: 'kubeconfig, REST and GraphQL ways to work on the cluster',
  })
  howToWork!: unknown;
}
