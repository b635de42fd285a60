import fc from 'fast-check';
import { KubeError } from '@app/kube';
import { toReachabilityRequest } from './reachability-request';

const VALID = [
  {
    from: { pod: 'default/frontend' },
    to: { service: 'default/backend' },
    port: 80,
    protocol: 'tcp',
  },
  { from: { external: '203.0.113.9' }, to: { node: 'node-1', nodePort: 30080 } },
  { from: { pod: 'frontend' }, to: { host: 'backend' }, port: 'http' },
  { from: { pod: 'default/a' }, to: { ip: '10.96.0.10' }, port: '53', protocol: 'UDP' },
  { from: { external: '203.0.113.9' }, to: { url: 'http://foo.bar.com/foo' } },
];

const causesOf = (body: unknown) => {
  try {
    toReachabilityRequest(body);
  } catch (e) {
    expect(e).toBeInstanceOf(KubeError);
    return (e as KubeError).causes.map((c) => c.field);
  }
  throw new Error('expected a KubeError');
};

/** Any JSON value, and the values hostile bodies carry. */
const anyJson = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom(0, 1, 65535, 65536, -1, 1.5, 1e308, '', 'a\u0000b', '\ud800', [], {}, null),
);

describe('toReachabilityRequest', () => {
  it('reads valid questions: names, default namespace, numeric port strings; no protocol default', () => {
    expect(toReachabilityRequest(VALID[0])).toEqual({
      from: { pod: { namespace: 'default', name: 'frontend' } },
      to: { service: { namespace: 'default', name: 'backend' } },
      port: 80,
      protocol: 'TCP',
    });
    // The engine decides what an absent protocol means, for every transport alike.
    expect(toReachabilityRequest(VALID[2])).toEqual({
      from: { pod: { namespace: 'default', name: 'frontend' } },
      to: { host: 'backend' },
      port: 'http',
    });
    expect(toReachabilityRequest(VALID[3])).toMatchObject({ port: 53, protocol: 'UDP' });
  });

  it('refuses a non-string protocol or port with the field, not a TypeError', () => {
    expect(causesOf({ ...VALID[0], protocol: 7 })).toEqual(['protocol']);
    expect(causesOf({ ...VALID[0], protocol: ['TCP'] })).toEqual(['protocol']);
    expect(causesOf({ ...VALID[0], port: { n: 80 } })).toEqual(['port']);
    expect(causesOf({ ...VALID[0], port: 'HTTP PORT' })).toEqual(['port']);
  });

  it('checks ports and node ports at the bounds ± 1', () => {
    for (const port of [1, 65535])
      expect(toReachabilityRequest({ ...VALID[0], port }).port).toBe(port);
    for (const port of [0, 65536, '0', '65536'])
      expect(causesOf({ ...VALID[0], port })).toEqual(['port']);
    const node = (nodePort: unknown) => ({ ...VALID[1], to: { node: 'node-1', nodePort } });
    expect(toReachabilityRequest(node(1)).to).toEqual({ node: 'node-1', nodePort: 1 });
    expect(toReachabilityRequest(node(65535)).to).toEqual({ node: 'node-1', nodePort: 65535 });
    for (const nodePort of [0, 65536, '30080', 1.5])
      expect(causesOf(node(nodePort))).toEqual(['to.nodePort']);
  });

  it('refuses a body, from or to that is not an object', () => {
    expect(causesOf('from=a')).toEqual(expect.arrayContaining(['body']));
    expect(causesOf([VALID[0]])).toEqual(expect.arrayContaining(['body']));
    expect(causesOf({ ...VALID[0], from: 'default/frontend' })).toEqual(['from']);
    expect(causesOf({ ...VALID[0], to: ['x'] })).toEqual(['to']);
  });

  it('never fails other than with field errors, and returns only well-typed questions', () => {
    const fields = [
      'from',
      'to',
      'port',
      'protocol',
      'from.pod',
      'from.external',
      'to.pod',
      'to.service',
      'to.host',
      'to.ip',
      'to.node',
      'to.nodePort',
      'to.url',
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...VALID),
        fc.constantFrom(...fields),
        anyJson,
        (valid, field, value) => {
          const body = structuredClone(valid) as unknown as Record<string, Record<string, unknown>>;
          const [head, tail] = field.split('.');
          if (tail)
            body[head] = { ...(typeof body[head] === 'object' ? body[head] : {}), [tail]: value };
          else (body as Record<string, unknown>)[head] = value;
          let request;
          try {
            request = toReachabilityRequest(body);
          } catch (e) {
            expect(e).toBeInstanceOf(KubeError);
            expect((e as KubeError).causes.length).toBeGreaterThan(0);
            return;
          }
          expect([undefined, 'TCP', 'UDP', 'SCTP']).toContain(request.protocol);
          if (request.port !== undefined)
            expect(['number', 'string']).toContain(typeof request.port);
          for (const v of Object.values(request.to))
            expect(['string', 'number', 'object']).toContain(typeof v);
          if ('host' in request.to) expect(typeof request.to.host).toBe('string');
          if ('node' in request.to) expect(typeof request.to.node).toBe('string');
          if ('url' in request.to) expect(typeof request.to.url).toBe('string');
        },
      ),
      { seed: 11, numRuns: 2000 },
    );
  });
});
