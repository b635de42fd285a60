/**
 * The watch parameters of a list request, decoded as the API server's parameter codec does
 * (k8s.io/apimachinery pkg/runtime/conversion.go: the first value of a repeated parameter,
 * integers through strconv.ParseInt, booleans false only for "false"/"0") and checked as its
 * watch storage does (resourceVersion through strconv.ParseUint, APIObjectVersioner).
 */
import { KubeError, KubeErrorCode } from '@app/kube';

export interface WatchParams {
  /** '' or '0': start with the current objects; otherwise changes after that revision. */
  resourceVersion: string;
  /** Undefined when absent or 0: the server picks its own timeout. */
  timeoutSeconds?: number;
  allowWatchBookmarks: boolean;
}

const INT64_MAX = 9223372036854775807n;
const UINT64_MAX = 18446744073709551615n;

/** Go's strconv error text, which upstream puts in the Status message unchanged. */
function strconvError(fn: 'ParseInt' | 'ParseUint', raw: string): string | undefined {
  const syntax = fn === 'ParseInt' ? /^[+-]?\d+$/ : /^\d+$/;
  if (!syntax.test(raw)) return `strconv.${fn}: parsing ${JSON.stringify(raw)}: invalid syntax`;
  const value = BigInt(raw);
  const inRange =
    fn === 'ParseInt' ? value <= INT64_MAX && value >= -INT64_MAX - 1n : value <= UINT64_MAX;
  return inRange ? undefined : `strconv.${fn}: parsing ${JSON.stringify(raw)}: value out of range`;
}

/** The first value of a query parameter, as url.Values.Get; undefined when absent. */
function first(value: unknown): string | undefined {
  if (Array.isArray(value)) return value.length > 0 ? String(value[0]) : undefined;
  if (value === undefined || value === null) return undefined;
  return typeof value === 'string' ? value : undefined;
}

const badRequest = (message: string, field: string, detail: string) =>
  new KubeError(KubeErrorCode.BadRequest, message, [
    { reason: 'FieldValueInvalid', field, message: detail },
  ]);

/**
 * Decodes `timeoutSeconds`, `resourceVersion` and `allowWatchBookmarks`, or throws a 400:
 * - timeoutSeconds not an integer: upstream's message, `strconv.ParseInt: parsing "x": invalid
 *   syntax` (or `value out of range`);
 * - timeoutSeconds negative: refused (upstream would end the watch at once; a learner's typo);
 * - resourceVersion not an unsigned integer: `resourceVersion: Invalid value: "x":
 *   strconv.ParseUint: parsing "x": invalid syntax`, upstream's field error;
 * - allowWatchBookmarks never fails (any value but "false" and "0" is true, as upstream).
 */
export function parseWatchParams(query: Record<string, unknown>): WatchParams {
  const timeoutRaw = first(query.timeoutSeconds);
  let timeoutSeconds: number | undefined;
  if (timeoutRaw !== undefined) {
    const error = strconvError('ParseInt', timeoutRaw);
    if (error)
      throw badRequest(
        error,
        'timeoutSeconds',
        `Invalid value: ${JSON.stringify(timeoutRaw)}: ${error}`,
      );
    const value = Number(timeoutRaw);
    if (value < 0) {
      const detail = `Invalid value: ${value}: must be greater than or equal to 0`;
      throw badRequest(`timeoutSeconds: ${detail}`, 'timeoutSeconds', detail);
    }
    timeoutSeconds = value === 0 ? undefined : value;
  }
  const resourceVersion = first(query.resourceVersion) ?? '';
  if (resourceVersion !== '' && resourceVersion !== '0') {
    const error = strconvError('ParseUint', resourceVersion);
    if (error) {
      const detail = `Invalid value: ${JSON.stringify(resourceVersion)}: ${error}`;
      throw badRequest(`resourceVersion: ${detail}`, 'resourceVersion', detail);
    }
  }
  const bookmarks = first(query.allowWatchBookmarks);
  const allowWatchBookmarks =
    bookmarks !== undefined && bookmarks !== '0' && bookmarks.toLowerCase() !== 'false';
  return { resourceVersion, timeoutSeconds, allowWatchBookmarks };
}
