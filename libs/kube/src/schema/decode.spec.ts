import { KubeError, KubeErrorCode } from '../errors';
import { decodeObject } from './decode';
import { base64Error, quantityError, timeError } from './scalar-formats';

const svc = (spec: unknown, metadata: unknown = { name: 'web' }) => ({
  apiVersion: 'v1',
  kind: 'Service',
  metadata,
  spec,
});

function decodeError(kind: string, object: unknown): KubeError {
  try {
    decodeObject(kind, object);
  } catch (error) {
    if (error instanceof KubeError) return error;
    throw error;
  }
  throw new Error('expected a decode error');
}

describe('decodeObject: wrong JSON types are refused as the API server decoder refuses them', () => {
  it('a string where a list belongs: the message of a real API server, and the field path', () => {
    const error = decodeError('Service', svc({ ports: '' }));
    expect(error.code).toBe(KubeErrorCode.BadRequest);
    expect(error.message).toBe(
      'Service in version "v1" cannot be handled as a Service: json: cannot unmarshal string into Go struct field ServiceSpec.spec.ports of type []v1.ServicePort',
    );
    expect(error.causes).toEqual([
      {
        reason: 'FieldValueTypeInvalid',
        field: 'spec.ports',
        message: 'Invalid value: "": must be of type []v1.ServicePort',
      },
    ]);
  });

  it('the whole spec as a string, metadata as a list', () => {
    expect(decodeError('Service', svc('-a')).message).toMatch(
      /cannot unmarshal string into Go struct field Service\.spec of type v1\.ServiceSpec$/,
    );
    expect(decodeError('Service', svc({}, [])).message).toMatch(
      /cannot unmarshal array into Go struct field Service\.metadata of type v1\.ObjectMeta$/,
    );
  });

  it('the first wrong field in document order is reported, as encoding/json keeps the first error', () => {
    const specFirst = { apiVersion: 'v1', kind: 'Service', spec: { ports: 1 }, metadata: [] };
    expect(decodeError('Service', specFirst).causes[0].field).toBe('spec.ports');
    const metadataFirst = { apiVersion: 'v1', kind: 'Service', metadata: [], spec: { ports: 1 } };
    expect(decodeError('Service', metadataFirst).causes[0].field).toBe('metadata');
  });

  it('list items keep the Go path without indices; the cause has the index', () => {
    const error = decodeError('Service', svc({ ports: [{ port: 80 }, { port: '81' }] }));
    expect(error.message).toMatch(
      /cannot unmarshal string into Go struct field ServicePort\.spec\.ports\.port of type int32$/,
    );
    expect(error.causes[0].field).toBe('spec.ports[1].port');
  });

  it('int32: fractional, huge and out-of-range numbers are refused with the literal', () => {
    for (const [value, text] of [
      [1.5, 'number 1.5'],
      [1e308, 'number 1e+308'],
      [2 ** 31, 'number 2147483648'],
    ] as const) {
      const error = decodeError('Service', svc({ ports: [{ port: value }] }));
      expect(error.message).toContain(`cannot unmarshal ${text} into Go struct field`);
    }
    // -1 is an int32: validation, not decoding, refuses it.
    expect(() => decodeObject('Service', svc({ ports: [{ port: -1 }] }))).not.toThrow();
  });

  it('Deployment replicas as a string; labels with a number; a named string type', () => {
    const deploy = {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'web' },
      spec: { replicas: '3' },
    };
    expect(decodeError('Deployment', deploy).message).toBe(
      'Deployment in version "v1" cannot be handled as a Deployment: json: cannot unmarshal string into Go struct field DeploymentSpec.spec.replicas of type int32',
    );
    expect(decodeError('Service', svc({}, { name: 'web', labels: { a: 1 } })).message).toMatch(
      /cannot unmarshal number into Go struct field ObjectMeta\.metadata\.labels of type string$/,
    );
    expect(decodeError('Service', svc({ ports: [{ port: 80, protocol: 6 }] })).message).toMatch(
      /ServicePort\.spec\.ports\.protocol of type v1\.Protocol$/,
    );
  });

  it('IntOrString takes a string or an int32, nothing else', () => {
    expect(() =>
      decodeObject('Service', svc({ ports: [{ port: 80, targetPort: 'http' }] })),
    ).not.toThrow();
    expect(
      decodeError('Service', svc({ ports: [{ port: 80, targetPort: true }] })).message,
    ).toMatch(
      /cannot unmarshal bool into Go struct field ServicePort\.spec\.ports\.targetPort of type int32$/,
    );
  });

  it('NetworkPolicy ipBlock cidr as a number, Ingress rules as an object, EndpointSlice addresses [0]', () => {
    const np = {
      apiVersion: 'networking.k8s.io/v1',
      kind: 'NetworkPolicy',
      metadata: { name: 'np' },
      spec: { podSelector: {}, ingress: [{ from: [{ ipBlock: { cidr: 1 } }] }] },
    };
    expect(decodeError('NetworkPolicy', np).message).toMatch(
      /cannot unmarshal number into Go struct field IPBlock\.spec\.ingress\.from\.ipBlock\.cidr of type string$/,
    );
    const ing = {
      apiVersion: 'networking.k8s.io/v1',
      kind: 'Ingress',
      metadata: { name: 'i' },
      spec: { rules: {} },
    };
    expect(decodeError('Ingress', ing).message).toMatch(
      /IngressSpec\.spec\.rules of type \[\]v1\.IngressRule$/,
    );
    const slice = {
      apiVersion: 'discovery.k8s.io/v1',
      kind: 'EndpointSlice',
      metadata: { name: 's' },
      addressType: 'IPv4',
      endpoints: [{ addresses: [0] }],
    };
    expect(decodeError('EndpointSlice', slice).message).toMatch(
      /cannot unmarshal number into Go struct field Endpoint\.endpoints\.addresses of type string$/,
    );
  });
});

describe('decodeObject: what decoding leaves is what Go would hold', () => {
  it('null fields vanish, null items become zero values, the input is untouched', () => {
    const input = {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'p', labels: { a: null } },
      spec: { nodeName: null, containers: [null, { name: 'c', args: [null] }] },
      status: null,
    };
    const out = decodeObject('Pod', input) as Record<string, any>;
    expect(out).toEqual({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'p', labels: { a: '' } },
      spec: { containers: [{}, { name: 'c', args: [''] }] },
    });
    expect(input.spec.nodeName).toBeNull();
  });

  it('unknown fields pass through (fieldValidation reports them), "__proto__" stays an own key', () => {
    const input = JSON.parse(
      '{"apiVersion":"v1","kind":"Service","metadata":{"name":"s"},"spec":{"__proto__":{"x":1},"selectorr":{}}}',
    );
    const out = decodeObject('Service', input) as { spec: Record<string, unknown> };
    expect(Object.keys(out.spec)).toEqual(['__proto__', 'selectorr']);
    expect(Object.getPrototypeOf(out.spec)).toBe(Object.prototype);
  });
});

describe('decodeObject: keys that name Object.prototype members', () => {
  it('"constructor" or "toString" as a field or a kind is just an unknown name', () => {
    const svc = {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: 's', constructor: 1 },
      spec: { toString: 'x' },
    };
    expect(decodeObject('Service', svc)).toEqual(svc);
    expect(decodeObject('constructor', { a: 1 })).toEqual({ a: 1 });
  });
});

describe('scalar formats', () => {
  it('quantities', () => {
    expect(quantityError('100m')).toBeUndefined();
    expect(quantityError('1Gi')).toBeUndefined();
    expect(quantityError('1e3')).toBeUndefined();
    expect(quantityError('abc')).toMatch(/^quantities must match the regular expression/);
    expect(quantityError('1Qi')).toMatch(/^quantities must match/);
    expect(quantityError('1mk')).toBe("unable to parse quantity's suffix");
  });

  it('RFC 3339 times, with time.Parse messages', () => {
    expect(timeError('2026-01-02T03:04:05Z')).toBeUndefined();
    expect(timeError('2026-01-02T03:04:05.123+02:00')).toBeUndefined();
    expect(timeError('yesterday')).toBe(
      'parsing time "yesterday" as "2006-01-02T15:04:05Z07:00": cannot parse "yesterday" as "2006"',
    );
    expect(timeError('2026-13-01T00:00:00Z')).toBe(
      'parsing time "2026-13-01T00:00:00Z": month out of range',
    );
    expect(timeError('2026-02-30T00:00:00Z')).toBe(
      'parsing time "2026-02-30T00:00:00Z": day out of range',
    );
    expect(timeError('2026-01-01T00:00:00Zjunk')).toBe(
      'parsing time "2026-01-01T00:00:00Zjunk": extra text: "junk"',
    );
    expect(timeError('2026-01-02T03:04:05.000001Z', true)).toBeUndefined();
  });

  it('base64, with the offset Go reports', () => {
    expect(base64Error('aGVsbG8=')).toBeUndefined();
    expect(base64Error('aGVs\nbG8=')).toBeUndefined();
    expect(base64Error('aGV$')).toBe('illegal base64 data at input byte 3');
    expect(base64Error('abc')).toBe('illegal base64 data at input byte 0');
    expect(base64Error('aGVsbG8=x')).toBe('illegal base64 data at input byte 8');
  });
});
