/**
 * metav1.DeleteOptions as a delete request carries it (body, or query parameters as kubectl's
 * older clients send them): gracePeriodSeconds, propagationPolicy and the deprecated
 * orphanDependents, validated as staging/src/k8s.io/apimachinery/pkg/apis/meta/v1/validation
 * ValidateDeleteOptions words it.
 */
import { KubeError, KubeErrorCode } from '@app/kube';
import type { DeleteOptions } from '../admission/write-op';

const POLICIES = ['Foreground', 'Background', 'Orphan'] as const;

const invalid = (field: string, message: string) =>
  new KubeError(
    KubeErrorCode.Invalid,
    `DeleteOptions.meta.k8s.io "" is invalid: ${field}: ${message}`,
    [{ reason: 'FieldValueInvalid', field, message }],
  );

/** DeleteOptions from a request's body and query (body first); 400/422 for values upstream refuses. */
export function deleteOptionsOf(
  body: Record<string, unknown>,
  query: Record<string, unknown>,
): DeleteOptions {
  const out: DeleteOptions = {};
  const grace = body.gracePeriodSeconds ?? query.gracePeriodSeconds;
  if (grace !== undefined && grace !== null) {
    const n = typeof grace === 'string' && /^-?\d+$/.test(grace) ? Number(grace) : grace;
    if (typeof n !== 'number' || !Number.isSafeInteger(n)) {
      throw new KubeError(
        KubeErrorCode.BadRequest,
        `json: cannot unmarshal ${typeof grace} into Go struct field DeleteOptions.gracePeriodSeconds of type int64`,
      );
    }
    out.gracePeriodSeconds = n;
  }
  const policy = body.propagationPolicy ?? query.propagationPolicy;
  const orphan = body.orphanDependents ?? query.orphanDependents;
  if (policy !== undefined && policy !== null) {
    if (!POLICIES.includes(policy as (typeof POLICIES)[number])) {
      throw invalid(
        'propagationPolicy',
        `Unsupported value: ${JSON.stringify(policy)}: supported values: "Foreground", "Background", "Orphan"`,
      );
    }
    if (orphan !== undefined && orphan !== null) {
      throw invalid(
        'propagationPolicy',
        'Invalid value: "null": orphanDependents and deletionPropagation cannot be both set',
      );
    }
    out.propagationPolicy = policy as DeleteOptions['propagationPolicy'];
  } else if (orphan === true || orphan === 'true') {
    out.propagationPolicy = 'Orphan';
  }
  return out;
}
