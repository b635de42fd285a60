import { Args, ID, Int, Mutation, Resolver } from '@nestjs/graphql';
import type { Principal } from '@app/store';
import { CurrentPrincipal, UserAgent } from '../common/auth/principal.decorator';
import { KubeObjectModel, toObjectModel } from '../clusters/models/cluster.model';
import { DeploymentInput, ObjectSpecInput, PodInput, ServiceInput } from './inputs/workload.inputs';
import { WorkloadsService, type Writer } from './workloads.service';

const writer = (principal: Principal, userAgent: string): Writer => ({ principal, userAgent });

const ClusterId = () => Args('clusterId', { type: () => ID });

/** Typed create-or-update and delete mutations for the kinds labs touch most. */
@Resolver()
export class WorkloadsResolver {
  constructor(private readonly workloads: WorkloadsService) {}

  @Mutation(() => KubeObjectModel, {
    description: 'Create or update a Service; answers it with its ClusterIP and node ports',
  })
  async applyService(
    @CurrentPrincipal() p: Principal,
    @UserAgent() ua: string,
    @ClusterId() clusterId: string,
    @Args('input') input: ServiceInput,
  ) {
    return toObjectModel(
      await this.workloads.put(writer(p, ua), clusterId, this.workloads.serviceObject(input)),
    );
  }

  @Mutation(() => KubeObjectModel, {
    description: 'Create or update a Pod; answers it with its node and IP',
  })
  async applyPod(
    @CurrentPrincipal() p: Principal,
    @UserAgent() ua: string,
    @ClusterId() clusterId: string,
    @Args('input') input: PodInput,
  ) {
    return toObjectModel(
      await this.workloads.put(writer(p, ua), clusterId, this.workloads.podObject(input)),
    );
  }

  @Mutation(() => KubeObjectModel, {
    description: 'Create or update a Deployment; its Pods follow',
  })
  async applyDeployment(
    @CurrentPrincipal() p: Principal,
    @UserAgent() ua: string,
    @ClusterId() clusterId: string,
    @Args('input') input: DeploymentInput,
  ) {
    return toObjectModel(
      await this.workloads.put(writer(p, ua), clusterId, this.workloads.deploymentObject(input)),
    );
  }

  @Mutation(() => KubeObjectModel, {
    description: 'Create or update a NetworkPolicy from its spec',
  })
  async applyNetworkPolicy(
    @CurrentPrincipal() p: Principal,
    @UserAgent() ua: string,
    @ClusterId() clusterId: string,
    @Args('input') input: ObjectSpecInput,
  ) {
    return toObjectModel(
      await this.workloads.put(
        writer(p, ua),
        clusterId,
        this.workloads.specObject('NetworkPolicy', input),
      ),
    );
  }

  @Mutation(() => KubeObjectModel, { description: 'Create or update an Ingress from its spec' })
  async applyIngress(
    @CurrentPrincipal() p: Principal,
    @UserAgent() ua: string,
    @ClusterId() clusterId: string,
    @Args('input') input: ObjectSpecInput,
  ) {
    return toObjectModel(
      await this.workloads.put(
        writer(p, ua),
        clusterId,
        this.workloads.specObject('Ingress', input),
      ),
    );
  }

  @Mutation(() => KubeObjectModel, { description: 'kubectl scale deployment/NAME --replicas=N' })
  async scaleDeployment(
    @CurrentPrincipal() p: Principal,
    @UserAgent() ua: string,
    @ClusterId() clusterId: string,
    @Args('namespace', { defaultValue: 'default' }) namespace: string,
    @Args('name') name: string,
    @Args('replicas', { type: () => Int }) replicas: number,
  ) {
    return toObjectModel(
      await this.workloads.scale(writer(p, ua), clusterId, namespace, name, replicas),
    );
  }

  @Mutation(() => KubeObjectModel, {
    description: "Flip a Pod's readiness, as a readiness probe would",
  })
  async setPodReadiness(
    @CurrentPrincipal() p: Principal,
    @UserAgent() ua: string,
    @ClusterId() clusterId: string,
    @Args('namespace', { defaultValue: 'default' }) namespace: string,
    @Args('name') name: string,
    @Args('ready') ready: boolean,
  ) {
    return toObjectModel(
      await this.workloads.setReadiness(writer(p, ua), clusterId, namespace, name, ready),
    );
  }

  @Mutation(() => Boolean)
  deleteService(
    @CurrentPrincipal() p: Principal,
    @UserAgent() ua: string,
    @ClusterId() clusterId: string,
    @Args('namespace', { defaultValue: 'default' }) namespace: string,
    @Args('name') name: string,
  ) {
    return this.workloads.remove(writer(p, ua), clusterId, 'Service', namespace, name);
  }

  @Mutation(() => Boolean)
  deletePod(
    @CurrentPrincipal() p: Principal,
    @UserAgent() ua: string,
    @ClusterId() clusterId: string,
    @Args('namespace', { defaultValue: 'default' }) namespace: string,
    @Args('name') name: string,
  ) {
    return this.workloads.remove(writer(p, ua), clusterId, 'Pod', namespace, name);
  }

  @Mutation(() => Boolean)
  deleteDeployment(
    @CurrentPrincipal() p: Principal,
    @UserAgent() ua: string,
    @ClusterId() clusterId: string,
    @Args('namespace', { defaultValue: 'default' }) namespace: string,
    @Args('name') name: string,
  ) {
    return this.workloads.remove(writer(p, ua), clusterId, 'Deployment', namespace, name);
  }
}
