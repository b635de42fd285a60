/**
 * ObjectMeta validation on create, following
 * staging/src/k8s.io/apimachinery/pkg/api/validation/objectmeta.go and generic.go (name functions).
 */
import type { FieldCause } from '../errors';
import type { ObjectMeta } from '../objects/meta';
import {
  isDNS1035Label,
  isDNS1123Label,
  isDNS1123Subdomain,
  isQualifiedName,
} from '../naming/names';
import { validateLabels } from '../selectors/label-selector';
import { child, invalid, required, tooLong } from './field';

/** A NameIsDNS… function: `prefix` is true for generateName, whose trailing '-' is tolerated. */
export type NameValidator = (name: string, prefix: boolean) => string[];

// generic.go maskTrailingDash: a generateName may end in '-' because a suffix is appended.
const maskTrailingDash = (name: string): string =>
  name.length > 1 && name.endsWith('-') ? `${name.slice(0, -2)}a` : name;

const withPrefix =
  (check: (v: string) => string[]): NameValidator =>
  (name, prefix) =>
    check(prefix ? maskTrailingDash(name) : name);

export const nameIsDNSSubdomain: NameValidator = withPrefix(isDNS1123Subdomain);
export const nameIsDNSLabel: NameValidator = withPrefix(isDNS1123Label);
export const nameIsDNS1035Label: NameValidator = withPrefix(isDNS1035Label);

const TOTAL_ANNOTATION_SIZE_LIMIT = 256 * 1024;

/** ValidateAnnotations: keys are qualified names compared case-insensitively; 256 KiB in total. */
export function validateAnnotations(
  annotations: Record<string, string> | undefined,
  path: string,
): FieldCause[] {
  const errs: FieldCause[] = [];
  let size = 0;
  for (const [k, v] of Object.entries(annotations ?? {})) {
    for (const msg of isQualifiedName(k.toLowerCase())) errs.push(invalid(path, k, msg));
    size += new TextEncoder().encode(k).length + new TextEncoder().encode(String(v)).length;
  }
  if (size > TOTAL_ANNOTATION_SIZE_LIMIT) errs.push(tooLong(path, TOTAL_ANNOTATION_SIZE_LIMIT));
  return errs;
}

/**
 * ValidateObjectMetaAccessor for a create: generateName and name against `nameFn`, name required
 * ("name or generateName is required"), namespace as a DNS-1123 label when given, labels,
 * annotations, non-negative generation. A missing namespace is not reported: the request path
 * supplies it before validation upstream. `path` is normally "metadata".
 */
export function validateObjectMeta(
  meta: ObjectMeta | undefined,
  nameFn: NameValidator,
  path = 'metadata',
): FieldCause[] {
  const m = meta ?? {};
  const errs: FieldCause[] = [];
  if (m.generateName) {
    for (const msg of nameFn(m.generateName, true))
      errs.push(invalid(child(path, 'generateName'), m.generateName, msg));
  }
  if (!m.name) {
    // generateName alone is fine: the server generates the name before this check.
    if (!m.generateName)
      errs.push(required(child(path, 'name'), 'name or generateName is required'));
  } else {
    for (const msg of nameFn(m.name, false)) errs.push(invalid(child(path, 'name'), m.name, msg));
  }
  if (m.namespace) {
    for (const msg of nameIsDNSLabel(m.namespace, false))
      errs.push(invalid(child(path, 'namespace'), m.namespace, msg));
  }
  if (typeof m.generation === 'number' && m.generation < 0) {
    errs.push(
      invalid(child(path, 'generation'), m.generation, 'must be greater than or equal to 0'),
    );
  }
  errs.push(...validateLabels(m.labels, child(path, 'labels')));
  errs.push(...validateAnnotations(m.annotations, child(path, 'annotations')));
  return errs;
}
