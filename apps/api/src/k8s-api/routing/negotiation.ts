/**
 * Content negotiation for the facade, after k8s.io/apiserver endpoints/handlers/negotiation
 * and response.go: which representation an `Accept` header asks for. Responses are always JSON
 * (a protobuf Accept from kubectl's typed clients also lists application/json).
 */
import type { IncludeObject } from '@app/kube';

/** The Content-Type of Table answers. */
export const TABLE_CONTENT_TYPE = 'application/json;as=Table;v=v1;g=meta.k8s.io';

/**
 * True when one media range of `accept` asks for a meta.k8s.io Table (`as=Table`, group
 * `meta.k8s.io`, version v1 or v1beta1 — both are answered with v1, which every kubectl
 * accepts).
 */
export function wantsTable(accept: string | undefined): boolean {
  for (const range of (accept ?? '').split(',')) {
    const params = new Map(
      range
        .split(';')
        .slice(1)
        .map((p) => {
          const [k, v = ''] = p.trim().split('=');
          return [k.trim(), v.trim()] as const;
        }),
    );
    if (params.get('as') === 'Table' && (params.get('g') ?? 'meta.k8s.io') === 'meta.k8s.io') {
      return true;
    }
  }
  return false;
}

/** `includeObject` query value; upstream's default is Metadata, unknown values are ignored. */
export function includeObjectOf(value: unknown): IncludeObject {
  return value === 'None' || value === 'Object' ? value : 'Metadata';
}

/** Media type of a request body without parameters, lower-cased ('' when absent). */
export function mediaTypeOf(contentType: string | undefined): string {
  return (contentType ?? '').split(';')[0].trim().toLowerCase();
}

/** A query flag that upstream reads as a boolean (`watch=true`, `watch=1`). */
export const queryFlag = (value: unknown): boolean => value === 'true' || value === '1';
