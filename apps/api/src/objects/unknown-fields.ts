/**
 * fieldValidation applied to one written object, as the API server's decoder does
 * (k8s.io/apiserver pkg/endpoints/handlers create.go, the strict/non-strict serializers):
 * unknown fields are always dropped — decoding into the typed struct loses them, so a
 * `__proto__` or `constructor` field is never stored — and Strict refuses them instead.
 */
import { dropUnknownFields, strictDecodingError, type KindInfo } from '@app/kube';
import type { FieldValidation } from './write-options';

/**
 * The object without its unknown fields, and their paths (`spec.selectorr`) to warn about;
 * none under Ignore. Strict throws the strict decoder's 400
 * (`Service in version "v1" cannot be handled as a Service: strict decoding error: …`).
 */
export function decodeFields<T>(
  info: Pick<KindInfo, 'kind' | 'version'>,
  input: T,
  mode: FieldValidation,
): { object: T; unknownFields: string[] } {
  const { object, fields } = dropUnknownFields(info.kind, input);
  if (fields.length > 0 && mode === 'Strict') {
    throw strictDecodingError(info.kind, info.version, fields);
  }
  return { object, unknownFields: mode === 'Ignore' ? [] : fields };
}
