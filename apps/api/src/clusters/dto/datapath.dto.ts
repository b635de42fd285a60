import { ApiPropertyOptional } from '@nestjs/swagger';

/** POST /v1/clusters `datapath`: the plugin's encapsulation, routing, MTU and encryption. */
class CalicoDatapathDto {
  @ApiPropertyOptional({ enum: ['Always', 'CrossSubnet', 'Never'], default: 'Always' })
  ipipMode?: string;
  @ApiPropertyOptional({ enum: ['Always', 'CrossSubnet', 'Never'], default: 'Never' })
  vxlanMode?: string;
  @ApiPropertyOptional({ default: false }) wireguard?: boolean;
}

class FlannelDatapathDto {
  @ApiPropertyOptional({ enum: ['vxlan', 'host-gw'], default: 'vxlan' }) backend?: string;
  @ApiPropertyOptional({ default: 1 }) vni?: number;
  @ApiPropertyOptional({ default: 8472 }) port?: number;
}

class CiliumDatapathDto {
  @ApiPropertyOptional({ enum: ['tunnel', 'native'], default: 'tunnel' }) routingMode?: string;
  @ApiPropertyOptional({ enum: ['vxlan', 'geneve'], default: 'vxlan' }) tunnelProtocol?: string;
  @ApiPropertyOptional({ default: false }) kubeProxyReplacement?: boolean;
  @ApiPropertyOptional({ default: false }) wireguard?: boolean;
}

class WeaveDatapathDto {
  @ApiPropertyOptional({ default: true, description: 'false: sleeve only (WEAVE_NO_FASTDP)' })
  fastDatapath?: boolean;
  @ApiPropertyOptional({ description: 'WEAVE_PASSWORD: encrypts traffic; never stored' })
  password?: string;
  @ApiPropertyOptional({ default: false }) encryption?: boolean;
}

export class DatapathDto {
  @ApiPropertyOptional({
    enum: ['single', 'per-zone'],
    default: 'single',
    description: "per-zone: each zone's nodes on their own /24 (172.18.z.0/24)",
  })
  nodeSubnets?: string;
  @ApiPropertyOptional({ default: 1500, minimum: 576, maximum: 9000 }) hostMTU?: number;
  @ApiPropertyOptional({ description: "Pods' MTU; default: host MTU minus the overhead" })
  podMTU?: number;
  @ApiPropertyOptional({ type: CalicoDatapathDto }) calico?: CalicoDatapathDto;
  @ApiPropertyOptional({ type: FlannelDatapathDto }) flannel?: FlannelDatapathDto;
  @ApiPropertyOptional({ type: CiliumDatapathDto }) cilium?: CiliumDatapathDto;
  @ApiPropertyOptional({ type: WeaveDatapathDto }) weave?: WeaveDatapathDto;
}
