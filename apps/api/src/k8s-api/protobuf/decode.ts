/**
 * Decoding of `application/vnd.kubernetes.protobuf` request bodies into the JSON form of the
 * object (k8s.io/apimachinery pkg/runtime/serializer/protobuf: the 4-byte magic `k8s\0`, then a
 * runtime.Unknown whose `raw` is the typed message). Responses stay JSON.
 */
import { parse, type Type } from 'protobufjs';
import { KubeError, KubeErrorCode } from '@app/kube';
import { K8S_PROTO } from './k8s-proto';

export const PROTOBUF_CONTENT_TYPE = 'application/vnd.kubernetes.protobuf';

const MAGIC = Buffer.from([0x6b, 0x38, 0x73, 0x00]);
/** The kinds kubectl's generator commands send as protobuf. */
const DECODABLE = [
  'Namespace',
  'Service',
  'Deployment',
  'Ingress',
  'Secret',
  'DeleteOptions',
] as const;

let types: { unknown: Type; byKind: Map<string, Type> } | undefined;

function loadTypes() {
  if (!types) {
    const root = parse(K8S_PROTO, { keepCase: true }).root;
    types = {
      unknown: root.lookupType('k8s.Unknown'),
      byKind: new Map(DECODABLE.map((k) => [k, root.lookupType(`k8s.${k}`)])),
    };
  }
  return types;
}

const unsupported = (message: string) => new KubeError(KubeErrorCode.UnsupportedMediaType, message);

/**
 * Decodes a protobuf body into a plain object with `apiVersion` and `kind` from the envelope:
 * - no `k8s\0` magic or a malformed message → 400 BadRequest;
 * - a kind other than Namespace, Service, Deployment, Ingress, Secret, DeleteOptions → 415 UnsupportedMediaType naming
 *   the JSON alternative;
 * - `IntOrString` becomes a number or a string, `IngressRule.ingressRuleValue.http` becomes
 *   `http` (Go's inlined field), `Quantity` its string, and timestamps are dropped (the server
 *   sets them); empty strings, `false` and zero numbers (gogo writes every non-pointer field)
 *   are dropped as JSON's omitempty would, except `replicas`.
 */
export function decodeProtobufObject(body: Buffer): Record<string, unknown> {
  if (body.length < MAGIC.length || !body.subarray(0, MAGIC.length).equals(MAGIC)) {
    throw new KubeError(
      KubeErrorCode.BadRequest,
      'the protobuf body does not start with the Kubernetes magic number',
    );
  }
  const { unknown, byKind } = loadTypes();
  let envelope: { typeMeta?: { apiVersion?: string; kind?: string }; raw?: Uint8Array };
  try {
    envelope = unknown.toObject(unknown.decode(body.subarray(MAGIC.length)), {
      defaults: false,
    }) as typeof envelope;
  } catch (error) {
    throw new KubeError(
      KubeErrorCode.BadRequest,
      `the protobuf body could not be decoded: ${(error as Error).message}`,
    );
  }
  const kind = envelope.typeMeta?.kind ?? '';
  const type = byKind.get(kind);
  if (!type) {
    throw unsupported(
      `protobuf bodies are decoded for ${DECODABLE.join(', ')} only, not "${kind}": send application/json`,
    );
  }
  let decoded: Record<string, unknown>;
  try {
    decoded = type.toObject(type.decode(envelope.raw ?? new Uint8Array()), {
      longs: Number,
      bytes: String, // base64, the JSON form of []byte (Secret data)
      defaults: false,
    });
  } catch (error) {
    throw new KubeError(
      KubeErrorCode.BadRequest,
      `the protobuf ${kind} could not be decoded: ${(error as Error).message}`,
    );
  }
  return {
    apiVersion: envelope.typeMeta?.apiVersion,
    kind,
    ...(toJsonShape(decoded) as Record<string, unknown>),
  };
}

const INT_OR_STRING_KEYS = new Set(['type', 'intVal', 'strVal']);
/** Integer fields that are pointers upstream, where an explicit 0 means something. */
const POINTER_INTS = new Set(['replicas', 'gracePeriodSeconds']);

/** Maps protobuf-only shapes to their JSON forms (see decodeProtobufObject). */
function toJsonShape(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(toJsonShape);
  if (value === null || typeof value !== 'object' || value instanceof Uint8Array) return value;
  const rec = value as Record<string, unknown>;
  const keys = Object.keys(rec);
  // IntOrString: {type, intVal} / {type: 1, strVal}
  if (typeof rec.type === 'number' && keys.every((k) => INT_OR_STRING_KEYS.has(k))) {
    return rec.type === 1 ? (rec.strVal ?? '') : (rec.intVal ?? 0);
  }
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(rec)) {
    if (k === 'creationTimestamp') continue;
    // gogo-protobuf writes every non-pointer field; JSON's omitempty would leave these out.
    if (v === '' || v === false || (v === 0 && !POINTER_INTS.has(k))) continue;
    if (k === 'ingressRuleValue' && v && typeof v === 'object') {
      Object.assign(out, toJsonShape(v));
      continue;
    }
    if ((k === 'limits' || k === 'requests') && v && typeof v === 'object') {
      out[k] = Object.fromEntries(
        Object.entries(v as Record<string, { string?: string }>).map(([q, n]) => [
          q,
          n.string ?? '',
        ]),
      );
      continue;
    }
    out[k] = toJsonShape(v);
  }
  return out;
}
