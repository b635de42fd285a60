import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DatapathDto } from './datapath.dto';

/** POST /v1/clusters body. Omitted fields take the defaults of docs/architecture.md. */
export class CreateClusterDto {
  @ApiProperty({ example: 'lab-1', description: 'DNS-1123 label, unique within the tenant' })
  name!: string;

  @ApiPropertyOptional({
    example: 2,
    minimum: 1,
    maximum: 50,
    description: 'Ready nodes node-1 … node-N',
  })
  nodes?: number;

  @ApiPropertyOptional({ enum: ['calico', 'cilium', 'weave', 'flannel'], default: 'calico' })
  networkPlugin?: string;

  @ApiPropertyOptional({ enum: ['iptables', 'ipvs'], default: 'iptables' })
  proxyMode?: string;

  @ApiPropertyOptional({ example: '10.96.0.0/12' })
  serviceCIDR?: string;

  @ApiPropertyOptional({ example: '10.244.0.0/16' })
  podCIDR?: string;

  @ApiPropertyOptional({ example: 'cluster.local' })
  clusterDomain?: string;

  @ApiPropertyOptional({ example: '30000-32767' })
  nodePortRange?: string;

  @ApiPropertyOptional({
    example: '203.0.113.0/24',
    description: 'Pool for LoadBalancer ingress IPs',
  })
  loadBalancerCIDR?: string;

  @ApiPropertyOptional({ enum: ['none', 'ingress-nginx'], default: 'none' })
  ingressController?: string;

  @ApiPropertyOptional({ type: DatapathDto, description: 'See docs/cni-datapath.md' })
  datapath?: DatapathDto;

  @ApiPropertyOptional({
    default: false,
    description:
      'Taint node-1 node-role.kubernetes.io/control-plane:NoSchedule, as kubeadm does: Pods without a toleration avoid it',
  })
  controlPlaneTaint?: boolean;

  @ApiPropertyOptional({
    enum: ['none', 'envoy-gateway'],
    default: 'none',
    description:
      'Gateway API implementation: envoy-gateway accepts its GatewayClass and programs Gateways',
  })
  gatewayController?: string;
}

export class ClusterDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({
    format: 'uuid',
    nullable: true,
    type: String,
    description: "The API key that created it; null: owned by the tenant's admins",
  })
  ownerKeyId!: string | null;
  @ApiProperty({ description: 'Bumped by every write; the Kubernetes resourceVersion' })
  revision!: number;
  @ApiProperty() createdAt!: string;
  @ApiProperty({ type: CreateClusterDto, description: 'The effective configuration' })
  config!: Record<string, unknown>;
}
