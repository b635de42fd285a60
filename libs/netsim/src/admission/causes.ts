/** Field causes with upstream's wording, from '@app/kube' (field/errors.go). */
import { field } from '@app/kube';

export const invalidCause = field.invalid;
export const notSupportedCause = field.notSupported;
export const forbiddenCause = field.forbidden;
