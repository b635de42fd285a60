import { Field, InputType, Int, ObjectType } from '@nestjs/graphql';
import { JSONScalar } from '../../common/graphql/json.scalar';

@InputType({
  description: 'Exactly one of pod ("namespace/name") or external (an IP outside the cluster)',
})
export class ReachabilityFromInput {
  @Field({ nullable: true }) pod?: string;
  @Field({ nullable: true }) external?: string;
}

@InputType({
  description:
    'Exactly one target: pod, service ("namespace/name"), host (DNS name), ip, node + nodePort, or url',
})
export class ReachabilityToInput {
  @Field({ nullable: true }) pod?: string;
  @Field({ nullable: true }) service?: string;
  @Field({ nullable: true }) host?: string;
  @Field({ nullable: true }) ip?: string;
  @Field({ nullable: true }) node?: string;
  @Field(() => Int, { nullable: true }) nodePort?: number;
  @Field({ nullable: true }) url?: string;
}

@ObjectType('Hop')
class HopModel {
  @Field({
    description: 'dns, ingress, load-balancer, node-port, kube-proxy, cni, network-policy or pod',
  })
  kind!: string;
  @Field({ description: 'What happened at this step, in a sentence' }) summary!: string;
  @Field(() => JSONScalar) details!: Record<string, unknown>;
}

@ObjectType('EndpointPolicies')
class EndpointPoliciesModel {
  @Field(() => [String]) egress!: string[];
  @Field(() => [String]) ingress!: string[];
}

@ObjectType('EndpointReachability')
class EndpointReachabilityModel {
  @Field({ nullable: true }) pod?: string;
  @Field() ip!: string;
  @Field(() => Int) port!: number;
  @Field() node!: string;
  @Field() allowed!: boolean;
  @Field() reason!: string;
  @Field(() => EndpointPoliciesModel) policies!: EndpointPoliciesModel;
  @Field(() => [String]) explanation!: string[];
  @Field() path!: string;
  @Field(() => JSONScalar, {
    nullable: true,
    description:
      'The packet: rewrites, route, outer header when encapsulated, encryption, MTU (docs/cni-datapath.md)',
  })
  packet?: Record<string, unknown>;
}

@ObjectType('NetworkPluginInfo')
class NetworkPluginModel {
  @Field() name!: string;
  @Field() enforcesNetworkPolicy!: boolean;
}

@ObjectType('ReachabilityAnswer')
export class ReachabilityAnswerModel {
  @Field() allowed!: boolean;
  @Field({
    description: 'allowed, denied-by-policy, no-endpoints, nxdomain, no-such-port, not-enforced, …',
  })
  verdict!: string;
  @Field() summary!: string;
  @Field(() => NetworkPluginModel) networkPlugin!: NetworkPluginModel;
  @Field(() => [HopModel]) hops!: HopModel[];
  @Field(() => [EndpointReachabilityModel]) endpoints!: EndpointReachabilityModel[];
  @Field(() => JSONScalar, { nullable: true, description: 'For URL targets: status, backend, TLS' })
  http?: unknown;
}

@ObjectType('ReachabilityMatrix')
export class ReachabilityMatrixModel {
  @Field(() => [String], { description: 'namespace/name; rows are sources, columns destinations' })
  pods!: string[];
  @Field(() => [[Boolean]]) allowed!: boolean[][];
  @Field({ description: 'False when the network plugin ignores NetworkPolicy' }) enforced!: boolean;
  @Field() networkPlugin!: string;
}
