import { Field, Int, ObjectType } from '@nestjs/graphql';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { JSONScalar } from '../common/graphql/json.scalar';

/** One `ip route` line, structured (GraphQL type and OpenAPI schema in one class). */
@ObjectType('NodeRoute')
export class NodeRouteModel {
  @ApiProperty({ example: '10.244.2.0/24' }) @Field() dst!: string;
  @ApiPropertyOptional() @Field({ nullable: true }) via?: string;
  @ApiProperty({ example: 'tunl0' }) @Field() dev!: string;
  @ApiPropertyOptional() @Field({ nullable: true }) proto?: string;
  @ApiPropertyOptional() @Field({ nullable: true }) scope?: string;
  @ApiPropertyOptional() @Field({ nullable: true }) src?: string;
  @ApiPropertyOptional() @Field({ nullable: true }) onlink?: boolean;
  @ApiPropertyOptional() @Field(() => Int, { nullable: true }) mtu?: number;
  @ApiPropertyOptional() @Field(() => Int, { nullable: true }) table?: number;
  @ApiPropertyOptional({ enum: ['blackhole'] }) @Field({ nullable: true }) type?: string;
}

@ObjectType('NodeRoutes')
export class NodeRoutesModel {
  @ApiProperty() @Field() node!: string;
  @ApiProperty() @Field() networkPlugin!: string;
  @ApiProperty({ type: [NodeRouteModel] }) @Field(() => [NodeRouteModel]) routes!: NodeRouteModel[];
  @ApiProperty({ description: 'As `ip route` prints it' }) @Field() text!: string;
  @ApiPropertyOptional({ description: "Calico's BGP node-to-node mesh, as calicoctl node status" })
  @Field(() => JSONScalar, { nullable: true })
  bgp?: Record<string, unknown>;
}

@ObjectType('NodeInterface')
export class NodeInterfaceModel {
  @ApiProperty() @Field(() => Int) ifindex!: number;
  @ApiProperty({ example: 'eth0' }) @Field() name!: string;
  @ApiProperty({ example: 'ethernet' }) @Field() kind!: string;
  @ApiProperty() @Field(() => Int) mtu!: number;
  @ApiProperty({ type: [String] }) @Field(() => [String]) addresses!: string[];
  @ApiPropertyOptional({ description: 'veths: the Pod at the other end' })
  @Field(() => JSONScalar, { nullable: true })
  peer?: Record<string, unknown>;
  @ApiPropertyOptional({ description: 'tunnel devices: UDP port and VNI' })
  @Field(() => JSONScalar, { nullable: true })
  tunnel?: Record<string, unknown>;
}

@ObjectType('NodeInterfaces')
export class NodeInterfacesModel {
  @ApiProperty() @Field() node!: string;
  @ApiProperty() @Field() networkPlugin!: string;
  @ApiProperty({ type: [NodeInterfaceModel] })
  @Field(() => [NodeInterfaceModel])
  interfaces!: NodeInterfaceModel[];
  @ApiProperty({ description: 'As `ip addr` prints it' }) @Field() text!: string;
}

@ObjectType('PodCni')
export class PodCniModel {
  @ApiProperty({ example: 'default/web' }) @Field() pod!: string;
  @ApiProperty() @Field() node!: string;
  @ApiProperty() @Field() networkPlugin!: string;
  @ApiProperty({ description: 'The file in /etc/cni/net.d and its content' })
  @Field(() => JSONScalar)
  conflist!: Record<string, unknown>;
  @ApiProperty({ description: "The CNI ADD result, in the CNI spec's result format" })
  @Field(() => JSONScalar)
  result!: Record<string, unknown>;
  @ApiProperty({ type: [String] }) @Field(() => [String]) explanation!: string[];
}
