import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
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
  @Field({ description: 'Only guards against breaking things: earns once the task is done' })
  guard!: boolean;
  @Field(() => [String], { nullable: true, description: 'Kinds of mistake the hint is about' })
  mistakes?: string[];
  @Field(() => JSONScalar, {
    nullable: true,
    description: 'NetworkPolicy rules that decided the connection',
  })
  decidedBy?: unknown;
  @Field(() => [String], {
    nullable: true,
    description: 'Connections that differ from the reference solution for these Pods',
  })
  differences?: string[];
}

@ObjectType('Grade')
export class GradeModel {
  @Field(() => Int) score!: number;
  @Field(() => Int) maxScore!: number;
  @Field() passed!: boolean;
  @Field() taskDone!: boolean;
  @Field(() => [CheckResultModel]) checks!: CheckResultModel[];
  @Field(() => JSONScalar, {
    nullable: true,
    description: 'Mistakes found and the comparison with the reference solution',
  })
  feedback?: unknown;
  @Field(() => JSONScalar, { description: 'What changed since the previous grading' })
  changes!: unknown;
  @Field(() => ID) gradingId!: string;
  @Field(() => Int) clusterRevision!: number;
}

@ObjectType('AttemptHistoryEntry')
export class AttemptHistoryEntryModel {
  @Field(() => ID) gradingId!: string;
  @Field() createdAt!: Date;
  @Field(() => Int) score!: number;
  @Field(() => Int) maxScore!: number;
  @Field() passed!: boolean;
  @Field(() => Int) clusterRevision!: number;
  @Field(() => JSONScalar, {
    nullable: true,
    description: 'scoreChange, fixed, broken, policyChanges since the previous grading',
  })
  changes?: unknown;
}

@ObjectType('CheckPassRate')
export class CheckPassRateModel {
  @Field() id!: string;
  @Field() description!: string;
  @Field() guard!: boolean;
  @Field(() => Int) passed!: number;
  @Field(() => Int) graded!: number;
  @Field(() => Float) rate!: number;
}

@ObjectType('MistakeFrequency')
export class MistakeFrequencyModel {
  @Field({ description: 'A mistake kind, or a connection class that differs from the reference' })
  key!: string;
  @Field({ description: 'mistake or difference' }) kind!: string;
  @Field(() => Int) attempts!: number;
  @Field() example!: string;
}

@ObjectType('ExerciseClassView')
export class ClassViewModel {
  @Field() exercise!: string;
  @Field(() => Int) attempts!: number;
  @Field(() => Int) graded!: number;
  @Field(() => Int) passed!: number;
  @Field(() => Float) averageScore!: number;
  @Field(() => Int) maxScore!: number;
  @Field(() => [CheckPassRateModel]) checks!: CheckPassRateModel[];
  @Field(() => [MistakeFrequencyModel]) mistakes!: MistakeFrequencyModel[];
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

@ObjectType('AttemptReset')
export class AttemptResetModel {
  @Field(() => AttemptModel) attempt!: AttemptModel;
  @Field(() => ID) clusterId!: string;
  @Field(() => Int) revision!: number;
  @Field(() => Int) removed!: number;
  @Field(() => Int) restored!: number;
}
