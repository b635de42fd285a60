import {
  field,
  KubeError,
  KubeErrorCode,
  parseManifests,
  validateObject,
  type FieldCause,
  type KubeObject,
  type NetworkPolicy,
} from '@app/kube';

/** One side of a diff: what is applied now, given manifests, or the manifests applied over it. */
export interface PolicySetBody {
  applied?: boolean;
  manifests?: string;
}

export interface PolicyDiffBody {
  from?: PolicySetBody;
  to?: PolicySetBody;
  /** Compare connections with addresses outside the cluster too (default true). */
  external?: boolean;
}

/** NetworkPolicies one side may hold: a set this size is far beyond any lab. */
export const MAX_DIFF_POLICIES = 500;
/** Characters of manifests one side may send. */
export const MAX_DIFF_MANIFESTS = 1024 * 1024;

export interface PolicySetRequest {
  applied: boolean;
  policies: NetworkPolicy[];
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Validates a diff request: `from` and `to` each `{applied: true}`, `{manifests}` or both (the
 * manifests replace applied policies of the same namespace and name). Manifests hold only
 * NetworkPolicies, each valid as the API server would have it. Every problem is reported with
 * its field path (`to.manifests[1].spec.podSelector`) in one 422; too-large input is a 413.
 */
export function toPolicyDiffRequest(body: unknown): {
  from: PolicySetRequest;
  to: PolicySetRequest;
  external: boolean;
} {
  const causes: FieldCause[] = [];
  const b = isObject(body) ? body : {};
  if (!isObject(body))
    causes.push(field.invalid('', 'body', 'must be a JSON object {from, to, external}'));
  const side = (name: 'from' | 'to'): PolicySetRequest => {
    const value = b[name];
    if (!isObject(value)) {
      causes.push(
        value === undefined
          ? field.required(name, 'give {applied: true}, {manifests: "..."} or both')
          : field.invalid(name, typeof value, 'must be an object {applied, manifests}'),
      );
      return { applied: false, policies: [] };
    }
    for (const k of Object.keys(value))
      if (k !== 'applied' && k !== 'manifests')
        causes.push({
          reason: 'FieldValueNotSupported',
          field: `${name}.${k}`,
          message: `unknown field "${k}"`,
        });
    if (value.applied !== undefined && typeof value.applied !== 'boolean')
      causes.push(field.invalid(`${name}.applied`, String(value.applied), 'must be a boolean'));
    const applied = value.applied === true;
    if (value.manifests === undefined) {
      if (!applied)
        causes.push(field.required(name, 'give {applied: true}, {manifests: "..."} or both'));
      return { applied, policies: [] };
    }
    if (typeof value.manifests !== 'string') {
      causes.push(
        field.invalid(`${name}.manifests`, typeof value.manifests, 'must be a YAML or JSON string'),
      );
      return { applied, policies: [] };
    }
    if (value.manifests.length > MAX_DIFF_MANIFESTS) {
      throw new KubeError(
        KubeErrorCode.RequestEntityTooLarge,
        `${name}.manifests is too large: more than ${MAX_DIFF_MANIFESTS} characters`,
      );
    }
    return { applied, policies: policiesOf(value.manifests, `${name}.manifests`, causes) };
  };
  const from = side('from');
  const to = side('to');
  if (b.external !== undefined && typeof b.external !== 'boolean')
    causes.push(field.invalid('external', String(b.external), 'must be a boolean'));
  if (causes.length > 0) {
    throw new KubeError(
      KubeErrorCode.Invalid,
      `policy diff request is invalid: ${causes.map((c) => `${c.field}: ${c.message}`).join(', ')}`,
      causes,
    );
  }
  return { from, to, external: b.external !== false };
}

function policiesOf(manifests: string, path: string, causes: FieldCause[]): NetworkPolicy[] {
  let objects: KubeObject[];
  try {
    objects = parseManifests(manifests, { maxDocuments: MAX_DIFF_POLICIES });
  } catch (e) {
    if (e instanceof KubeError && e.code === KubeErrorCode.RequestEntityTooLarge) throw e;
    causes.push(field.invalid(path, 'manifests', e instanceof Error ? e.message : String(e)));
    return [];
  }
  const out: NetworkPolicy[] = [];
  objects.forEach((obj, i) => {
    const at = `${path}[${i}]`;
    if (obj.kind !== 'NetworkPolicy') {
      causes.push(field.notSupported(`${at}.kind`, obj.kind, ['NetworkPolicy']));
      return;
    }
    const problems = validateObject(obj);
    for (const c of problems) causes.push({ ...c, field: field.child(at, c.field) });
    if (problems.length === 0) {
      const policy = obj as NetworkPolicy;
      out.push({
        ...policy,
        metadata: { ...policy.metadata, namespace: policy.metadata.namespace ?? 'default' },
      });
    }
  });
  return out;
}

/** The set one side names: applied policies, with the given ones replacing or joining them. */
export function resolvePolicySet(
  request: PolicySetRequest,
  applied: readonly NetworkPolicy[],
): NetworkPolicy[] {
  const key = (p: NetworkPolicy) => `${p.metadata.namespace ?? 'default'}/${p.metadata.name}`;
  if (!request.applied) return request.policies;
  const given = new Map(request.policies.map((p) => [key(p), p]));
  return [...applied.filter((p) => !given.has(key(p))), ...request.policies];
}
