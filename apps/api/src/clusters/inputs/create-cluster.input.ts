import { Field, InputType, Int } from '@nestjs/graphql';
import { DatapathInput } from './datapath.input';

@InputType({ description: 'Omitted fields take the documented defaults' })
export class CreateClusterInput {
  @Field() name!: string;
  @Field(() => Int, { nullable: true }) nodes?: number;
  @Field({ nullable: true, description: 'calico, cilium, weave or flannel' })
  networkPlugin?: string;
  @Field({ nullable: true, description: 'iptables or ipvs' }) proxyMode?: string;
  @Field({ nullable: true }) serviceCIDR?: string;
  @Field({ nullable: true }) podCIDR?: string;
  @Field({ nullable: true }) clusterDomain?: string;
  @Field({ nullable: true, description: 'min-max, e.g. 30000-32767' }) nodePortRange?: string;
  @Field({ nullable: true }) loadBalancerCIDR?: string;
  @Field({ nullable: true, description: 'none or ingress-nginx' }) ingressController?: string;
  @Field(() => DatapathInput, { nullable: true }) datapath?: DatapathInput;
  @Field({
    nullable: true,
    description: 'Taint node-1 as kubeadm taints control-plane nodes (NoSchedule); default false',
  })
  controlPlaneTaint?: boolean;
  @Field({ nullable: true, description: 'none or envoy-gateway (Gateway API)' })
  gatewayController?: string;
}
