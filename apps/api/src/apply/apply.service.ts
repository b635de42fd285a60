import { Injectable } from '@nestjs/common';
import { findKind, KubeError, KubeErrorCode, parseManifests } from '@app/kube';
import type { Principal } from '@app/store';
import { ClustersService } from '../clusters/clusters.service';

export interface ApplyOutcome {
  revision: number;
  results: Array<{ kind: string; namespace: string; name: string; action: string }>;
}

/** Manifests in, atomic write out; shared by REST and GraphQL. */
@Injectable()
export class ApplyService {
  constructor(private readonly clusters: ClustersService) {}

  async apply(principal: Principal, clusterId: string, body: unknown): Promise<ApplyOutcome> {
    await this.clusters.get(principal, clusterId); // 404 before parsing for another tenant's id
    if (
      body === undefined ||
      body === null ||
      body === '' ||
      (typeof body === 'object' && Object.keys(body).length === 0)
    ) {
      throw new KubeError(
        KubeErrorCode.BadRequest,
        'the request body is empty: send YAML or JSON manifests',
      );
    }
    const objects = parseManifests(body);
    if (objects.length === 0) {
      throw new KubeError(KubeErrorCode.BadRequest, 'the request body holds no Kubernetes objects');
    }
    const outcome = await this.clusters.write(
      principal,
      clusterId,
      objects.map((object) => ({ op: 'apply' as const, object })),
    );
    return {
      revision: outcome.revision,
      results: outcome.results.map(({ object: _o, ...r }) => r),
    };
  }

  async delete(
    principal: Principal,
    clusterId: string,
    kindName: string,
    namespace: string,
    name: string,
  ) {
    const info = findKind(kindName);
    if (!info) {
      throw new KubeError(
        KubeErrorCode.NotFound,
        `the server doesn't have a resource type "${kindName}"`,
      );
    }
    const outcome = await this.clusters.write(principal, clusterId, [
      { op: 'delete', key: { kind: info.kind, namespace: info.namespaced ? namespace : '', name } },
    ]);
    return {
      revision: outcome.revision,
      results: outcome.results.map(({ object: _o, ...r }) => r),
    };
  }
}
