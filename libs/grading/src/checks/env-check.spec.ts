import { runEnvCheck } from './env-check';
import { check, cluster, WEB } from './test-support/cluster';
import type { EnvCheck } from '../spec/exercise-spec';

const LATE_SERVICE = String.raw`
---
apiVersion: v1
kind: Service
metadata: { name: late }
spec: { clusterIP: 10.96.0.90, ports: [{ port: 5432 }] }
`;
const sim = cluster(WEB + LATE_SERVICE);
const env = (fields: object) =>
  runEnvCheck(sim, check<EnvCheck>({ kind: 'env', pod: 'default/client', ...fields }));

describe('env check', () => {
  it('sees the variables of Services created before the Pod, with their values', () => {
    const out = env({ name: 'WEB_SERVICE_HOST', expect: { present: true, value: '10.96.0.80' } });
    expect(out).toMatchObject({ passed: true, observed: { present: true, value: '10.96.0.80' } });
    expect(
      env({ name: 'WEB_SERVICE_PORT_HTTP', expect: { present: true, value: 80 } }).passed,
    ).toBe(true);
  });

  it('explains a missing variable with the simulation reason (Service created after the Pod)', () => {
    const out = env({ name: 'LATE_SERVICE_HOST', expect: { present: true } });
    expect(out.passed).toBe(false);
    expect(out.observed).toEqual({ present: false });
    expect(out.explanation).toContain(
      'No variables for default/late: it was created after the Pod',
    );
    expect(env({ name: 'LATE_SERVICE_HOST', expect: { present: false } }).passed).toBe(true);
  });

  it('reports a wrong value', () => {
    const out = env({ name: 'MODE', expect: { present: true, value: 'prod' } });
    expect(out.passed).toBe(false);
    expect(out.explanation).toContain('Expected MODE="prod", got "test"');
  });

  it('checks every Pod a selector matches', () => {
    const out = runEnvCheck(
      sim,
      check<EnvCheck>({
        kind: 'env',
        pod: { selector: 'app=web' },
        name: 'KUBERNETES_SERVICE_HOST',
        expect: { present: true },
      }),
    );
    expect(out.passed).toBe(true);
    expect(Object.keys(out.observed as object)).toEqual(['default/web-1', 'default/web-2']);
  });

  it('throws for a missing Pod or a selector matching nothing', () => {
    expect(() => env({ pod: 'default/ghost', name: 'X', expect: { present: false } })).toThrow(
      'pods "ghost" not found',
    );
    expect(() =>
      env({ pod: { selector: 'app=ghost' }, name: 'X', expect: { present: false } }),
    ).toThrow('no Pod in namespace "default"');
  });
});
