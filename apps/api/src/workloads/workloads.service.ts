import { Injectable } from '@nestjs/common';
import {
  KubeError,
  KubeErrorCode,
  notFound,
  type Container,
  type KubeObject,
  type Pod,
  type PodCondition,
  type Protocol,
} from '@app/kube';
import type { WriteOp } from '@app/netsim';
import type { Principal } from '@app/store';
import { ClustersService } from '../clusters/clusters.service';
import type {
  ContainerInput,
  DeploymentInput,
  ObjectSpecInput,
  PodInput,
  ServiceInput,
} from './inputs/workload.inputs';

const intOrString = (value: string | undefined): number | string | undefined =>
  value === undefined ? undefined : /^\d+$/.test(value) ? Number(value) : value;

const prune = <T extends object>(value: T): T =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && v !== null)) as T;

const container = (c: ContainerInput): Container =>
  prune({
    name: c.name,
    image: c.image,
    ports: c.ports?.map((p) =>
      prune({
        name: p.name,
        containerPort: p.containerPort,
        protocol: p.protocol as Protocol | undefined,
      }),
    ),
    env: c.env?.map((e) => ({ name: e.name, value: e.value })),
  });

/**
 * Typed GraphQL inputs turned into Kubernetes objects and written through the same admission as
 * `apply` (one validation, one event log), plus the two state changes labs need: scale and readiness.
 */
@Injectable()
export class WorkloadsService {
  constructor(private readonly clusters: ClustersService) {}

  serviceObject(input: ServiceInput): KubeObject {
    return {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: prune({ name: input.name, namespace: input.namespace, labels: input.labels }),
      spec: prune({
        type: input.type,
        selector: input.selector,
        clusterIP: input.clusterIP,
        externalName: input.externalName,
        sessionAffinity: input.sessionAffinity,
        externalTrafficPolicy: input.externalTrafficPolicy,
        internalTrafficPolicy: input.internalTrafficPolicy,
        publishNotReadyAddresses: input.publishNotReadyAddresses,
        ports: input.ports?.map((p) =>
          prune({
            name: p.name,
            protocol: p.protocol,
            port: p.port,
            targetPort: intOrString(p.targetPort),
            nodePort: p.nodePort,
          }),
        ),
      }),
    };
  }

  podObject(input: PodInput): KubeObject {
    return {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: prune({ name: input.name, namespace: input.namespace, labels: input.labels }),
      spec: prune({
        nodeName: input.nodeName,
        hostname: input.hostname,
        subdomain: input.subdomain,
        enableServiceLinks: input.enableServiceLinks,
        dnsPolicy: input.dnsPolicy,
        containers: input.containers.map(container),
      }),
    };
  }

  deploymentObject(input: DeploymentInput): KubeObject {
    return {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: input.name, namespace: input.namespace, labels: input.podLabels },
      spec: {
        replicas: input.replicas,
        selector: { matchLabels: input.podLabels },
        template: {
          metadata: { labels: input.podLabels },
          spec: { containers: input.containers.map(container) },
        },
      },
    };
  }

  specObject(kind: 'NetworkPolicy' | 'Ingress', input: ObjectSpecInput): KubeObject {
    return {
      apiVersion: 'networking.k8s.io/v1',
      kind,
      metadata: prune({ name: input.name, namespace: input.namespace, labels: input.labels }),
      spec: input.spec,
    };
  }

  /** Creates or replaces the object; answers it as stored (with allocated IPs, ports, status). */
  async put(principal: Principal, clusterId: string, object: KubeObject): Promise<KubeObject> {
    return this.writeOne(principal, clusterId, { op: 'apply', object });
  }

  async remove(
    principal: Principal,
    clusterId: string,
    kind: string,
    namespace: string,
    name: string,
  ): Promise<boolean> {
    await this.clusters.write(principal, clusterId, [
      { op: 'delete', key: { kind, namespace, name } },
    ]);
    return true;
  }

  /** `kubectl scale deployment/NAME --replicas=N`. */
  async scale(
    principal: Principal,
    clusterId: string,
    namespace: string,
    name: string,
    replicas: number,
  ): Promise<KubeObject> {
    if (!Number.isInteger(replicas) || replicas < 0) {
      throw new KubeError(
        KubeErrorCode.Invalid,
        `Deployment.apps "${name}" is invalid: spec.replicas: Invalid value: ${replicas}: must be greater than or equal to 0`,
        [
          {
            reason: 'FieldValueInvalid',
            field: 'spec.replicas',
            message: `Invalid value: ${replicas}: must be greater than or equal to 0`,
          },
        ],
      );
    }
    return this.updateLatest(
      principal,
      clusterId,
      'Deployment',
      namespace,
      name,
      'deployments.apps',
      (current) => ({
        ...current,
        spec: { ...(current.spec as object), replicas },
      }),
    );
  }

  /**
   * Sets the Pod's Ready condition (and ContainersReady) the way a failing or recovering
   * readiness probe would, so a lab can watch the Pod leave or rejoin its Services' endpoints.
   */
  async setReadiness(
    principal: Principal,
    clusterId: string,
    namespace: string,
    name: string,
    ready: boolean,
  ): Promise<KubeObject> {
    const status = ready ? 'True' : 'False';
    return this.updateLatest(principal, clusterId, 'Pod', namespace, name, 'pods', (object) => {
      const pod = object as Pod;
      const conditions: PodCondition[] = (pod.status?.conditions ?? []).filter(
        (c) => c.type !== 'Ready' && c.type !== 'ContainersReady',
      );
      conditions.push({ type: 'ContainersReady', status }, { type: 'Ready', status });
      return { ...pod, status: { ...pod.status, conditions } };
    });
  }

  /**
   * An update computed from the object as stored at the revision the write commits against, so a
   * concurrent write makes it recompute instead of failing with a 409 (GuaranteedUpdate).
   */
  private async updateLatest(
    principal: Principal,
    clusterId: string,
    kind: string,
    namespace: string,
    name: string,
    resource: string,
    change: (current: KubeObject) => KubeObject,
  ): Promise<KubeObject> {
    const { results } = await this.clusters.write(principal, clusterId, (snapshot) => {
      const current = snapshot.objects.find(
        (o) => o.kind === kind && o.metadata.namespace === namespace && o.metadata.name === name,
      );
      if (!current) throw notFound(resource, name);
      return [{ op: 'update', object: change(current) }];
    });
    return results[0].object as KubeObject;
  }

  private async writeOne(
    principal: Principal,
    clusterId: string,
    op: WriteOp,
  ): Promise<KubeObject> {
    const { results } = await this.clusters.write(principal, clusterId, [op]);
    return results[0].object as KubeObject;
  }
}
