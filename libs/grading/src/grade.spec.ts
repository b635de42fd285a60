import { grade } from './grade';
import { cluster, specWith, WEB } from './checks/test-support/cluster';

const sim = cluster(WEB);
const common = { description: 'd', hint: 'try harder' };

describe('grade', () => {
  const spec = specWith([
    {
      ...common,
      id: 'ok',
      points: 2,
      kind: 'endpoints',
      service: 'default/web',
      expect: { ready: 1 },
    },
    {
      ...common,
      id: 'wrong',
      points: 3,
      kind: 'env',
      pod: 'default/client',
      name: 'MODE',
      expect: { present: true, value: 'prod' },
    },
    {
      ...common,
      id: 'missing-pod',
      points: 1,
      kind: 'env',
      pod: 'default/ghost',
      name: 'X',
      expect: { present: false },
    },
    {
      ...common,
      id: 'negated',
      points: 4,
      kind: 'reachability',
      negate: true,
      from: { external: '198.51.100.1' },
      to: { service: 'default/web' },
      port: 80,
      expect: { allowed: true },
    },
  ]);
  const result = grade(spec, sim);

  it('sums points of passed checks and keeps the spec order', () => {
    expect(result).toMatchObject({ score: 6, maxScore: 10, passed: false });
    expect(result.checks.map((c) => [c.id, c.passed, c.earned])).toEqual([
      ['ok', true, 2],
      ['wrong', false, 0],
      ['missing-pod', false, 0],
      ['negated', true, 4],
    ]);
  });

  it('gives the hint only for failed checks', () => {
    expect(result.checks.map((c) => c.hint)).toEqual([
      undefined,
      'try harder',
      'try harder',
      undefined,
    ]);
  });

  it('turns a check that throws into a failed check with the error as explanation', () => {
    expect(result.checks[2]).toMatchObject({
      passed: false,
      observed: null,
      explanation:
        'The check could not be evaluated: pods "ghost" not found in namespace "default".',
    });
  });

  it('passes when every check passes', () => {
    const full = grade(
      specWith([
        {
          ...common,
          id: 'a',
          points: 1,
          kind: 'dns',
          name: 'web.default.svc.cluster.local',
          expect: { answers: ['10.96.0.80'] },
        },
      ]),
      sim,
    );
    expect(full).toMatchObject({ score: 1, maxScore: 1, passed: true });
  });
});
