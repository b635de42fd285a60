import { runReachabilityCheck } from './reachability-check';
import { check, cluster, WEB } from './test-support/cluster';
import type { ReachabilityCheck } from '../spec/exercise-spec';

const DENY_WEB = String.raw`
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: { name: deny-web }
spec: { podSelector: { matchLabels: { app: web } } }
`;

const reach = (manifests: string, fields: object, options = {}) =>
  runReachabilityCheck(
    cluster(manifests, options),
    check<ReachabilityCheck>({ kind: 'reachability', ...fields }),
  );

describe('reachability check', () => {
  it('passes when the trace allows the connection, observing allowed and verdict', () => {
    const out = reach(WEB, {
      from: 'default/client',
      to: { service: 'default/web' },
      port: 80,
      expect: { allowed: true },
    });
    expect(out).toMatchObject({ passed: true, observed: { allowed: true, verdict: 'allowed' } });
  });

  it('explains a denial with the trace summary', () => {
    const out = reach(WEB + DENY_WEB, {
      from: 'default/client',
      to: { pod: 'default/web-1' },
      port: 8080,
      expect: { allowed: true },
    });
    expect(out.passed).toBe(false);
    expect(out.observed).toEqual({ allowed: false, verdict: 'denied-by-policy' });
    expect(out.explanation).toContain(
      'default/client cannot reach Pod default/web-1:8080 (denied-by-policy)',
    );
    expect(out.explanation).toContain('default/deny-web');
  });

  it('negate and verdict: "the web Pod is not reachable from the client"', () => {
    const fields = {
      from: 'default/client',
      to: { pod: 'default/web-1' },
      port: 8080,
      negate: true,
      expect: { allowed: true },
    };
    expect(reach(WEB + DENY_WEB, fields).passed).toBe(true);
    expect(reach(WEB, fields).passed).toBe(false);
    expect(
      reach(WEB + DENY_WEB, {
        ...fields,
        negate: false,
        expect: { allowed: false, verdict: 'denied-by-policy' },
      }).passed,
    ).toBe(true);
  });

  it('reports not-enforced on flannel', () => {
    const out = reach(
      WEB + DENY_WEB,
      {
        from: 'default/client',
        to: { pod: 'default/web-1' },
        port: 8080,
        expect: { allowed: true, verdict: 'not-enforced' },
      },
      { networkPlugin: 'flannel' },
    );
    expect(out.passed).toBe(true);
  });

  it('asks from every Pod a selector matches and from outside the cluster', () => {
    const out = reach(WEB, {
      from: { pod: { selector: 'app=web' } },
      to: { pod: 'default/client' },
      port: 80,
      expect: { allowed: true },
    });
    expect(out.passed).toBe(true);
    expect(Object.keys(out.observed as object)).toEqual(['default/web-1', 'default/web-2']);
    const outside = reach(WEB, {
      from: { external: '198.51.100.1' },
      to: { service: 'default/web' },
      port: 80,
      expect: { allowed: false },
    });
    expect(outside.passed).toBe(true);
  });

  it('reaches a UDP-only Service asked without a protocol, as REST and GraphQL do (one engine default)', () => {
    const syslog = String.raw`
---
apiVersion: v1
kind: Pod
metadata: { name: syslog, labels: { app: syslog } }
spec: { containers: [{ name: main, image: rsyslog, ports: [{ containerPort: 514, protocol: UDP }] }] }
status: { podIP: 10.244.1.30 }
---
apiVersion: v1
kind: Service
metadata: { name: syslog }
spec: { selector: { app: syslog }, ports: [{ port: 514, protocol: UDP }] }
`;
    const sim = cluster(WEB + syslog);
    const out = runReachabilityCheck(
      sim,
      check<ReachabilityCheck>({
        kind: 'reachability',
        from: 'default/client',
        to: { service: 'default/syslog' },
        port: 514,
        expect: { allowed: true },
      }),
    );
    expect(out).toMatchObject({ passed: true, observed: { allowed: true, verdict: 'allowed' } });
    // What the REST and GraphQL adapters now send for the same question: no protocol at all.
    const asked = sim.reachability({
      from: { pod: { namespace: 'default', name: 'client' } },
      to: { service: { namespace: 'default', name: 'syslog' } },
      port: 514,
    });
    expect(asked.verdict).toBe('allowed');
  });
});
