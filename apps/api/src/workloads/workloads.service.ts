import { Injectable } from '@nestjs/common';
import {
  findKind,
  KubeError,
  KubeErrorCode,
  type Container,
  type KindInfo,
  type KubeObject,
  type Pod,
  type PodCondition,
  type Protocol,
} from '@app/kube';
import type { Principal } from '@app/store';
import { ObjectWritesService, writeOptionsOf } from '../objects/object-writes.service';
import type {
  ContainerInput,
  DeploymentInput,
  ObjectSpecInput,
  PodInput,
  ServiceInput,
} from './inputs/workload.inputs';

/** The caller of a mutation: who, and the User-Agent its writes' field manager is named after. */
export interface Writer {
  principal: Principal;
  userAgent?: string;
}

const optionsOf = (writer: Writer) =>
  writeOptionsOf('PatchOptions', { userAgent: writer.userAgent });
const kindInfo = (kind: string): KindInfo => findKind(kind) as KindInfo;

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
 * Typed GraphQL inputs turned into Kubernetes objects and written through the one object-write
 * use case (one validation, one event log, managedFields), plus the two state changes labs need:
 * scale and readiness.
 */
@Injectable()
export class WorkloadsService {
  constructor(private readonly writes: ObjectWritesService) {}

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
  async put(writer: Writer, clusterId: string, object: KubeObject): Promise<KubeObject> {
    const { results } = await this.writes.apply(
      { principal: writer.principal, clusterId },
      [object],
      optionsOf(writer),
    );
    return results[0].object as KubeObject;
  }

  async remove(
    writer: Writer,
    clusterId: string,
    kind: string,
    namespace: string,
    name: string,
  ): Promise<boolean> {
    await this.writes.delete(
      { principal: writer.principal, clusterId },
      { info: kindInfo(kind), namespace, name },
      optionsOf(writer),
    );
    return true;
  }

  /** `kubectl scale deployment/NAME --replicas=N`. */
  async scale(
    writer: Writer,
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
    const { object } = await this.writes.scale(
      { principal: writer.principal, clusterId },
      { info: kindInfo('Deployment'), namespace, name },
      replicas,
      optionsOf(writer),
    );
    return object;
  }

  /**
   * Sets the Pod's Ready condition (and ContainersReady) the way a failing or recovering
   * readiness probe would, so a lab can watch the Pod leave or rejoin its Services' endpoints.
   */
  async setReadiness(
    writer: Writer,
    clusterId: string,
    namespace: string,
    name: string,
    ready: boolean,
  ): Promise<KubeObject> {
    const status = ready ? 'True' : 'False';
    const { object } = await this.writes.updateLatest<Pod>(
      { principal: writer.principal, clusterId },
      { info: kindInfo('Pod'), namespace, name },
      (pod) => {
        const conditions: PodCondition[] = (pod.status?.conditions ?? []).filter(
          (c) => c.type !== 'Ready' && c.type !== 'ContainersReady',
        );
        conditions.push({ type: 'ContainersReady', status }, { type: 'Ready', status });
        return { ...pod, status: { ...pod.status, conditions } };
      },
      { ...optionsOf(writer), subresource: 'status' },
    );
    return object;
  }
}
