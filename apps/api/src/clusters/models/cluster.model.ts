import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { KubeObject } from '@app/kube';
import { JSONScalar } from '../../common/graphql/json.scalar';

@ObjectType('ClusterConfig', { description: 'Networking configuration fixed at creation' })
export class ClusterConfigModel {
  @Field(() => Int) nodes!: number;
  @Field() networkPlugin!: string;
  @Field() proxyMode!: string;
  @Field() serviceCIDR!: string;
  @Field() podCIDR!: string;
  @Field() clusterDomain!: string;
  @Field() nodePortRange!: string;
  @Field() loadBalancerCIDR!: string;
  @Field() ingressController!: string;
  @Field(() => JSONScalar, {
    nullable: true,
    description: "The plugin's datapath options, defaults filled in (docs/cni-datapath.md)",
  })
  datapath?: Record<string, unknown>;
  @Field({ description: 'node-1 carries the kubeadm control-plane NoSchedule taint' })
  controlPlaneTaint!: boolean;
  @Field({ description: 'none or envoy-gateway (Gateway API)' }) gatewayController!: string;
}

@ObjectType('KubeObject', { description: 'A stored Kubernetes object' })
export class KubeObjectModel {
  @Field() apiVersion!: string;
  @Field() kind!: string;
  @Field({ nullable: true, description: 'Absent for cluster-scoped kinds' }) namespace?: string;
  @Field() name!: string;
  @Field({ nullable: true }) uid?: string;
  @Field({ nullable: true }) resourceVersion?: string;
  @Field(() => JSONScalar) labels!: Record<string, string>;
  @Field(() => JSONScalar, { description: 'The whole object as the Kubernetes API returns it' })
  object!: Record<string, unknown>;
}

@ObjectType('Cluster')
export class ClusterModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => ID, {
    nullable: true,
    description: "The API key that created it; null: owned by the tenant's admins",
  })
  ownerKeyId!: string | null;
  @Field(() => Int, { description: 'Bumped by every write; the Kubernetes resourceVersion' })
  revision!: number;
  @Field() createdAt!: Date;
  @Field(() => ClusterConfigModel) config!: ClusterConfigModel;
}

/** A stored object as the GraphQL KubeObject type. */
export const toObjectModel = (o: KubeObject): KubeObjectModel => ({
  apiVersion: o.apiVersion,
  kind: o.kind,
  namespace: o.metadata.namespace,
  name: o.metadata.name ?? '',
  uid: o.metadata.uid,
  resourceVersion: o.metadata.resourceVersion,
  labels: o.metadata.labels ?? {},
  object: o,
});
