import { Field, InputType, Int } from '@nestjs/graphql';

@InputType({ description: 'Calico IPPool encapsulation and Felix WireGuard' })
export class CalicoDatapathInput {
  @Field({ nullable: true, description: 'Always, CrossSubnet or Never' }) ipipMode?: string;
  @Field({ nullable: true, description: 'Always, CrossSubnet or Never' }) vxlanMode?: string;
  @Field({ nullable: true }) wireguard?: boolean;
}

@InputType({ description: 'flannel net-conf.json Backend' })
export class FlannelDatapathInput {
  @Field({ nullable: true, description: 'vxlan or host-gw' }) backend?: string;
  @Field(() => Int, { nullable: true }) vni?: number;
  @Field(() => Int, { nullable: true }) port?: number;
}

@InputType({ description: 'Cilium routing, tunnel protocol, kube-proxy replacement, WireGuard' })
export class CiliumDatapathInput {
  @Field({ nullable: true, description: 'tunnel or native' }) routingMode?: string;
  @Field({ nullable: true, description: 'vxlan or geneve' }) tunnelProtocol?: string;
  @Field({ nullable: true }) kubeProxyReplacement?: boolean;
  @Field({ nullable: true }) wireguard?: boolean;
}

@InputType({ description: 'Weave Net fast datapath and encryption' })
export class WeaveDatapathInput {
  @Field({ nullable: true }) fastDatapath?: boolean;
  @Field({ nullable: true, description: 'WEAVE_PASSWORD: encrypts traffic; never stored' })
  password?: string;
  @Field({ nullable: true }) encryption?: boolean;
}

@InputType({ description: "The network plugin's datapath; omitted fields take its defaults" })
export class DatapathInput {
  @Field({ nullable: true, description: 'single or per-zone' }) nodeSubnets?: string;
  @Field(() => Int, { nullable: true }) hostMTU?: number;
  @Field(() => Int, { nullable: true }) podMTU?: number;
  @Field(() => CalicoDatapathInput, { nullable: true }) calico?: CalicoDatapathInput;
  @Field(() => FlannelDatapathInput, { nullable: true }) flannel?: FlannelDatapathInput;
  @Field(() => CiliumDatapathInput, { nullable: true }) cilium?: CiliumDatapathInput;
  @Field(() => WeaveDatapathInput, { nullable: true }) weave?: WeaveDatapathInput;
}
