import { Injectable } from '@nestjs/common';
import { findKind, KubeError, KubeErrorCode, parseManifests } from '@app/kube';
import type { DeleteOptions } from '@app/netsim';
import type { Principal } from '@app/store';
import { ClustersService } from '../clusters/clusters.service';
import {
  ObjectWritesService,
  writeOptionsOf,
  type RawWriteOptions,
} from '../objects/object-writes.service';

export interface ApplyOutcome {
  revision: number;
  results: Array<{ kind: string; namespace: string; name: string; action: string }>;
  /** Unknown fields that were dropped (fieldValidation Warn, the default). */
  warnings: string[];
}

/** Manifests in, atomic write out; shared by REST and GraphQL, over the one object-write use case. */
@Injectable()
export class ApplyService {
  constructor(
    private readonly clusters: ClustersService,
    private readonly writes: ObjectWritesService,
  ) {}

  /**
   * Applies the manifests atomically. Unknown fields are handled as the API server does with
   * `fieldValidation`: Strict refuses them (400), Warn (default) lists them in `warnings`; the
   * written fields are recorded in managedFields for `fieldManager` (else the User-Agent).
   */
  async apply(
    principal: Principal,
    clusterId: string,
    body: unknown,
    raw: RawWriteOptions = {},
  ): Promise<ApplyOutcome> {
    const options = writeOptionsOf('PatchOptions', raw);
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
    const parsed = parseManifests(body);
    if (parsed.length === 0) {
      throw new KubeError(KubeErrorCode.BadRequest, 'the request body holds no Kubernetes objects');
    }
    const outcome = await this.writes.apply({ principal, clusterId }, parsed, options);
    const warnings = outcome.results.flatMap((r) => {
      const where = findKind(r.kind)?.namespaced
        ? `${r.kind} ${r.namespace}/${r.name}`
        : `${r.kind} ${r.name}`;
      return r.unknownFields.map((f) => `${where}: unknown field "${f}"`);
    });
    return {
      revision: outcome.revision,
      results: outcome.results.map(({ kind, namespace, name, action }) => ({
        kind,
        namespace,
        name,
        action,
      })),
      warnings,
    };
  }

  async delete(
    principal: Principal,
    clusterId: string,
    kindName: string,
    namespace: string,
    name: string,
    raw: RawWriteOptions = {},
    deletion: DeleteOptions = {},
  ): Promise<ApplyOutcome> {
    const options = writeOptionsOf('DeleteOptions', raw);
    const info = findKind(kindName);
    if (!info) {
      throw new KubeError(
        KubeErrorCode.NotFound,
        `the server doesn't have a resource type "${kindName}"`,
      );
    }
    const { object, revision } = await this.writes.delete(
      { principal, clusterId },
      { info, namespace, name },
      { dryRun: options.dryRun, deletion },
    );
    return {
      revision,
      results: [
        {
          kind: info.kind,
          namespace: object.metadata.namespace ?? '',
          name: object.metadata.name ?? name,
          action: 'deleted',
        },
      ],
      warnings: [],
    };
  }
}
