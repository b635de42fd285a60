/**
 * The request body checks the API server makes before admission on create, update and patch
 * (k8s.io/apiserver pkg/endpoints/handlers create.go / update.go / rest.go): the body is the
 * kind at the URL, in its namespace and under its name.
 */
import { decodeObject, KubeError, KubeErrorCode, type KindInfo, type KubeObject } from '@app/kube';

const badRequest = (message: string) => new KubeError(KubeErrorCode.BadRequest, message);

/**
 * Checks and normalises a create/update body for the resource at the URL, as the API server's
 * decoding and handlers do:
 * - not an object → BadRequest; `kind`/`apiVersion` filled in when absent, BadRequest when they
 *   name another kind (`<Kind> in version "<v>" cannot be handled as a <URL Kind>`);
 * - decoded into the kind's upstream types (decodeObject): a wrong JSON type anywhere is the
 *   decoder's BadRequest (`json: cannot unmarshal string into Go struct field …`), nulls vanish;
 * - namespace: taken from the URL when absent, BadRequest `the namespace of the provided object
 *   does not match the namespace sent on the request` when different; dropped for cluster kinds;
 * - `name` (update): BadRequest `the name of the object (<a>) does not match the name on the URL (<b>)`;
 * - server-owned metadata the client may echo as null (`creationTimestamp: null` from
 *   `kubectl expose`/`create --dry-run -o yaml`) is dropped.
 */
export function requestObject(
  info: KindInfo,
  body: unknown,
  urlNamespace: string | undefined,
  urlName?: string,
): KubeObject {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw badRequest(`the body of the request is not a ${info.kind} object`);
  }
  assertTypeMetaStrings(body as Record<string, unknown>);
  const given = body as { kind?: unknown; apiVersion?: unknown };
  if (given.kind && given.kind !== info.kind) {
    throw badRequest(
      `${String(given.kind)} in version "${String(given.apiVersion ?? '')
        .split('/')
        .pop()}" cannot be handled as a ${info.kind}: the object provided is unrecognized`,
    );
  }
  if (given.apiVersion && given.apiVersion !== info.apiVersion) {
    const version = String(given.apiVersion);
    throw badRequest(
      `${info.kind} in version "${version}" cannot be handled as a ${info.kind}: no kind "${info.kind}" is registered for version "${version}"`,
    );
  }
  const typed = { ...(body as object), kind: info.kind, apiVersion: info.apiVersion };
  const obj = structuredClone(decodeObject(info.kind, typed)) as KubeObject;
  dropNullTimestamps(obj);
  const meta = (obj.metadata ?? {}) as unknown as Record<string, unknown>;
  for (const [k, v] of Object.entries(meta)) if (v === null) delete meta[k];
  obj.metadata = meta as KubeObject['metadata'];
  if (info.namespaced) {
    const ns = obj.metadata.namespace;
    if (ns && urlNamespace && ns !== urlNamespace) {
      throw badRequest(
        'the namespace of the provided object does not match the namespace sent on the request',
      );
    }
    obj.metadata.namespace = ns || urlNamespace || 'default';
  } else {
    delete obj.metadata.namespace;
  }
  if (urlName !== undefined) {
    if (obj.metadata.name && obj.metadata.name !== urlName) {
      throw badRequest(
        `the name of the object (${obj.metadata.name}) does not match the name on the URL (${urlName})`,
      );
    }
    obj.metadata.name = urlName;
  }
  return obj;
}

/** The name encoding/json gives a JSON value's type in an UnmarshalTypeError. */
const jsonTypeOf = (v: unknown): string =>
  Array.isArray(v) ? 'array' : typeof v === 'boolean' ? 'bool' : typeof v;

/**
 * The type errors the API server's JSON decoder reports before anything else looks at the
 * object, with its words: TypeMeta first (`couldn't get version/kind`), then ObjectMeta.
 */
/** apiVersion and kind are strings, or the decoder cannot even find the type (upstream's wording). */
function assertTypeMetaStrings(body: Record<string, unknown>): void {
  for (const field of ['apiVersion', 'kind']) {
    const v = body[field];
    if (v !== undefined && v !== null && typeof v !== 'string') {
      throw badRequest(
        `couldn't get version/kind; json parse error: json: cannot unmarshal ${jsonTypeOf(v)} into Go struct field .${field} of type string`,
      );
    }
  }
}

/** Removes `creationTimestamp: null` wherever kubectl's generators put it (metadata, pod templates). */
function dropNullTimestamps(value: unknown): void {
  if (Array.isArray(value)) {
    for (const v of value) dropNullTimestamps(v);
  } else if (typeof value === 'object' && value !== null) {
    const rec = value as Record<string, unknown>;
    for (const [k, v] of Object.entries(rec)) {
      if (k === 'creationTimestamp' && v === null) delete rec[k];
      else dropNullTimestamps(v);
    }
  }
}
