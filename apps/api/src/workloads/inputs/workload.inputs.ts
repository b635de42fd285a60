import { Field, InputType, Int } from '@nestjs/graphql';
import { JSONScalar } from '../../common/graphql/json.scalar';

@InputType()
export class ServicePortInput {
  @Field({ nullable: true }) name?: string;
  @Field({ nullable: true, description: 'TCP (default), UDP or SCTP' }) protocol?: string;
  @Field(() => Int) port!: number;
  @Field({ nullable: true, description: 'A number or a container port name; defaults to port' })
  targetPort?: string;
  @Field(() => Int, { nullable: true }) nodePort?: number;
}

@InputType()
export class ServiceInput {
  @Field({ nullable: true, defaultValue: 'default' }) namespace!: string;
  @Field() name!: string;
  @Field(() => JSONScalar, { nullable: true }) labels?: Record<string, string>;
  @Field({
    nullable: true,
    description: 'ClusterIP (default), NodePort, LoadBalancer or ExternalName',
  })
  type?: string;
  @Field(() => JSONScalar, {
    nullable: true,
    description: 'Label map; Pods with all these labels are selected',
  })
  selector?: Record<string, string>;
  @Field(() => [ServicePortInput], { nullable: true }) ports?: ServicePortInput[];
  @Field({ nullable: true, description: 'Requested IP, or None for a headless Service' })
  clusterIP?: string;
  @Field({ nullable: true }) externalName?: string;
  @Field({ nullable: true }) sessionAffinity?: string;
  @Field({ nullable: true }) externalTrafficPolicy?: string;
  @Field({ nullable: true }) internalTrafficPolicy?: string;
  @Field({ nullable: true }) publishNotReadyAddresses?: boolean;
}

@InputType()
export class ContainerPortInput {
  @Field({ nullable: true }) name?: string;
  @Field(() => Int) containerPort!: number;
  @Field({ nullable: true }) protocol?: string;
}

@InputType()
export class EnvVarInput {
  @Field() name!: string;
  @Field() value!: string;
}

@InputType()
export class ContainerInput {
  @Field() name!: string;
  @Field() image!: string;
  @Field(() => [ContainerPortInput], { nullable: true }) ports?: ContainerPortInput[];
  @Field(() => [EnvVarInput], { nullable: true }) env?: EnvVarInput[];
}

@InputType()
export class PodInput {
  @Field({ nullable: true, defaultValue: 'default' }) namespace!: string;
  @Field() name!: string;
  @Field(() => JSONScalar, { nullable: true }) labels?: Record<string, string>;
  @Field({ nullable: true, description: 'Pinned node; otherwise the least busy one' })
  nodeName?: string;
  @Field(() => [ContainerInput]) containers!: ContainerInput[];
  @Field({ nullable: true }) hostname?: string;
  @Field({ nullable: true }) subdomain?: string;
  @Field({ nullable: true }) enableServiceLinks?: boolean;
  @Field({
    nullable: true,
    description: 'ClusterFirst (default), Default, None or ClusterFirstWithHostNet',
  })
  dnsPolicy?: string;
}

@InputType()
export class DeploymentInput {
  @Field({ nullable: true, defaultValue: 'default' }) namespace!: string;
  @Field() name!: string;
  @Field(() => Int, { nullable: true, defaultValue: 1 }) replicas!: number;
  @Field(() => JSONScalar, { description: 'Labels of the Pods; also the Deployment selector' })
  podLabels!: Record<string, string>;
  @Field(() => [ContainerInput]) containers!: ContainerInput[];
}

@InputType({
  description: 'Any other kind (NetworkPolicy, Ingress, …) as namespace, name and spec',
})
export class ObjectSpecInput {
  @Field({ nullable: true, defaultValue: 'default' }) namespace!: string;
  @Field() name!: string;
  @Field(() => JSONScalar, { nullable: true }) labels?: Record<string, string>;
  @Field(() => JSONScalar) spec!: Record<string, unknown>;
}
