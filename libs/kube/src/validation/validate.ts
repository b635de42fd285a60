/**
 * The entry points: validate any sandbox object the way kube-apiserver does on create, and build the
 * Invalid error it returns (staging/src/k8s.io/apimachinery/pkg/api/errors/errors.go NewInvalid).
 */
import { KubeError, KubeErrorCode, type FieldCause } from '../errors';
import { findKindExact, kindFor } from '../kinds/registry';
import type { KubeObject } from '../objects/meta';
import { defaultObject } from '../defaulting/default-object';
import { CauseType } from './field';
import { nameIsDNSSubdomain, validateObjectMeta } from './meta';

/** `field: message`, as field.Error.Error() prints a cause. */
export const formatCause = (c: FieldCause): string => `${c.field}: ${c.message}`;

/**
 * Validates `obj` as kube-apiserver would on create and returns the causes ([] when valid), in
 * upstream's order. The object is defaulted first (defaultObject), exactly as the API server defaults
 * before validating, so omitted defaultable fields are not reported. An apiVersion/kind pair the
 * sandbox does not serve yields the single cause
 * `{ reason: FieldValueNotSupported, field: "kind", message: 'no matches for kind "X" in version "Y"' }`
 * (the REST mapper's wording) and nothing else. Kinds follow pkg/apis/{core,apps,networking,discovery}/validation.
 */
export function validateObject(obj: KubeObject): FieldCause[] {
  const info = kindFor(obj?.apiVersion, obj?.kind);
  if (!info) {
    return [
      {
        reason: CauseType.NotSupported,
        field: 'kind',
        message: `no matches for kind ${JSON.stringify(String(obj?.kind ?? ''))} in version ${JSON.stringify(String(obj?.apiVersion ?? ''))}`,
      },
    ];
  }
  const o = defaultObject(obj);
  // Each kind's validation is the `validate` of its definition in the registry.
  const validate = info.validate as ((o: KubeObject) => FieldCause[]) | undefined;
  return validate ? validate(o) : validateObjectMeta(o.metadata, nameIsDNSSubdomain);
}

/**
 * The Invalid (422) error for `causes`, with upstream's message: `<Kind> "<name>" is invalid: <cause>`
 * for one cause, `... is invalid: [<cause>, <cause>]` for several (identical causes collapsed, as
 * ErrorList.ToAggregate does), and `... is invalid` for none. A bare kind that lives in a named
 * group is qualified the way schema.GroupKind prints it (`Deployment.apps`,
 * `NetworkPolicy.networking.k8s.io`); the subject carries kind, group and name.
 */
export function invalidError(
  kindName: string,
  objectName: string,
  causes: FieldCause[],
): KubeError {
  const info = kindName.includes('.') ? undefined : findKindExact(kindName);
  const qualified = info?.group ? `${kindName}.${info.group}` : kindName;
  const seen = new Set<string>();
  const unique = causes.filter((c) => {
    const text = formatCause(c);
    if (seen.has(text)) return false;
    seen.add(text);
    return true;
  });
  const head = `${qualified} ${JSON.stringify(objectName)} is invalid`;
  const message =
    unique.length === 0
      ? head
      : unique.length === 1
        ? `${head}: ${formatCause(unique[0])}`
        : `${head}: [${unique.map(formatCause).join(', ')}]`;
  const bareKind = kindName.split('.')[0];
  const group =
    info?.group ?? (kindName.includes('.') ? kindName.slice(kindName.indexOf('.') + 1) : '');
  return new KubeError(KubeErrorCode.Invalid, message, causes, {
    kind: bareKind,
    name: objectName,
    group,
  });
}
