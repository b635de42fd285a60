import { runEndpointsCheck } from './endpoints-check';
import { check, cluster, WEB } from './test-support/cluster';
import type { EndpointsCheck } from '../spec/exercise-spec';

const sim = cluster(WEB);
const endpoints = (expect: object, extra: object = {}) =>
  runEndpointsCheck(
    sim,
    check<EndpointsCheck>({ kind: 'endpoints', service: 'default/web', expect, ...extra }),
  );

describe('endpoints check', () => {
  it('counts every listed endpoint, ready ones separately, and compares ready addresses as a set', () => {
    const out = endpoints({ count: 2, ready: 1, addresses: ['10.244.1.11'] });
    expect(out.passed).toBe(true);
    expect(out.observed).toEqual({
      count: 2,
      ready: 1,
      addresses: ['10.244.1.11'],
      notReady: ['10.244.2.12'],
    });
    expect(out.explanation).toContain(
      'not ready (kube-proxy sends them nothing): 10.244.2.12 (default/web-2)',
    );
  });

  it('names the difference when the expectation is not met', () => {
    const out = endpoints({ ready: 2, addresses: ['10.244.1.11', '10.244.2.12'] });
    expect(out.passed).toBe(false);
    expect(out.explanation).toContain('Expected 2 ready endpoint(s), found 1');
    expect(out.explanation).toContain('not among the ready endpoints: 10.244.2.12');
  });

  it('negate passes when the expectation does not hold', () => {
    const out = endpoints({ addresses: ['10.244.1.11', '10.244.2.12'] }, { negate: true });
    expect(out.passed).toBe(true);
    expect(out.expected).toEqual({ not: { addresses: ['10.244.1.11', '10.244.2.12'] } });
  });

  it('throws NotFound for a missing Service', () => {
    expect(() =>
      runEndpointsCheck(
        sim,
        check<EndpointsCheck>({ kind: 'endpoints', service: 'default/nope', expect: { count: 0 } }),
      ),
    ).toThrow('services "nope" not found');
  });
});
