import { Injectable } from '@nestjs/common';
import {
  decodeObject,
  dropUnknownFields,
  findKind,
  KubeError,
  KubeErrorCode,
  parseManifests,
  strictDecodingError,
} from '@app/kube';
import type { DeleteOptions } from '@app/netsim';
import type { Principal } from '@app/store';
import { ClustersService } from '../clusters/clusters.service';

export interface ApplyOutcome {
  revision: number;
  results: Array<{ kind: string; namespace: string; name: string; action: string }>;
  /** Unknown fields that were dropped (fieldValidation Warn, the default). */
  warnings: string[];
}

const FIELD_VALIDATION = ['Ignore', 'Warn', 'Strict'] as const;
type FieldValidation = (typeof FIELD_VALIDATION)[number];

/** The API server's fieldValidation query parameter: Warn when absent, 400 for anything else. */
function fieldValidationOf(value: string | undefined): FieldValidation {
  if (value === undefined || value === '') return 'Warn';
  if (FIELD_VALIDATION.includes(value as FieldValidation)) return value as FieldValidation;
  throw new KubeError(
    KubeErrorCode.BadRequest,
    `invalid fieldValidation ${JSON.stringify(value)}`,
    [
      {
        reason: 'FieldValueNotSupported',
        field: 'fieldValidation',
        message: `Unsupported value: ${JSON.stringify(value)}: supported values: "Ignore", "Warn", "Strict"`,
      },
    ],
  );
}

/** Manifests in, atomic write out; shared by REST and GraphQL. */
@Injectable()
export class ApplyService {
  constructor(private readonly clusters: ClustersService) {}

  /**
   * Applies the manifests atomically. Unknown fields are handled as the API server does with
   * `fieldValidation`: Strict refuses them (400), Warn (default) lists them in `warnings`.
   */
  async apply(
    principal: Principal,
    clusterId: string,
    body: unknown,
    fieldValidation?: string,
  ): Promise<ApplyOutcome> {
    const validation = fieldValidationOf(fieldValidation);
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
    // A wrong JSON type is the decoder's 400 and comes before unknown fields, as upstream.
    for (const object of parsed) decodeObject(object.kind, object);
    const warnings: string[] = [];
    // Unknown fields are dropped unless Strict refuses them, as the API server's decoder does.
    const objects = parsed.map((input) => {
      const { object, fields } = dropUnknownFields(input.kind, input);
      if (fields.length === 0 || validation === 'Ignore') return object;
      const info = findKind(object.kind);
      if (validation === 'Strict')
        throw strictDecodingError(object.kind, info?.version ?? 'v1', fields);
      const where = info?.namespaced
        ? `${object.kind} ${object.metadata.namespace ?? 'default'}/${object.metadata.name}`
        : `${object.kind} ${object.metadata.name}`;
      for (const f of fields) warnings.push(`${where}: unknown field "${f}"`);
      return object;
    });
    const outcome = await this.clusters.write(
      principal,
      clusterId,
      objects.map((object) => ({ op: 'apply' as const, object })),
    );
    return {
      revision: outcome.revision,
      results: outcome.results.map(({ object: _o, ...r }) => r),
      warnings,
    };
  }

  async delete(
    principal: Principal,
    clusterId: string,
    kindName: string,
    namespace: string,
    name: string,
    options: DeleteOptions = {},
  ) {
    const info = findKind(kindName);
    if (!info) {
      throw new KubeError(
        KubeErrorCode.NotFound,
        `the server doesn't have a resource type "${kindName}"`,
      );
    }
    const outcome = await this.clusters.write(principal, clusterId, [
      {
        op: 'delete',
        key: { kind: info.kind, namespace: info.namespaced ? namespace : '', name },
        options,
      },
    ]);
    return {
      revision: outcome.revision,
      results: outcome.results.map(({ object: _o, ...r }) => r),
      warnings: [],
    };
  }
}
