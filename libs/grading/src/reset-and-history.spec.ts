import { applyAdmission, admit, Simulation, type ClusterSnapshot } from '@app/netsim';
import { BUILT_IN_EXERCISES, findBuiltInExercise } from './catalog';
import { classView } from './class-view';
import { grade } from './grade';
import { gradingChanges } from './history';
import {
  deterministicContext,
  manifestOps,
  resetOps,
  setupRequests,
  simulateExercise,
} from './setup';

/** Object keys; owned objects (generated names) by their owner, so two runs compare equal. */
const keys = (s: ClusterSnapshot): string[] =>
  s.objects
    .map((o) => {
      const owner = o.metadata.ownerReferences?.[0];
      const name = owner ? `owned by ${owner.kind} ${owner.name}` : o.metadata.name;
      return `${o.kind}/${o.metadata.namespace ?? ''}/${name}`;
    })
    .sort();

function reset(
  snapshot: ClusterSnapshot,
  spec: Parameters<typeof setupRequests>[0],
): ClusterSnapshot {
  const ctx = deterministicContext('2025-02-01T00:00:00Z');
  let next = applyAdmission(snapshot, admit(snapshot, resetOps(snapshot), ctx));
  for (const ops of setupRequests(spec)) next = applyAdmission(next, admit(next, ops, ctx));
  return next;
}

describe('resetOps', () => {
  it.each(BUILT_IN_EXERCISES.map((e) => [e.slug, e] as const))(
    '%s: a solved cluster resets to the setup (same objects, score 0)',
    (_slug, exercise) => {
      const fresh = simulateExercise(exercise.parsed).snapshot;
      const solved = simulateExercise(exercise.parsed, exercise.solution).snapshot;
      const again = reset(solved, exercise.parsed);
      expect(keys(again)).toEqual(keys(fresh));
      const result = grade(exercise.parsed, Simulation.build(again), exercise.gradeOptions);
      expect(result.score).toBe(0);
    },
  );

  it('restores a system object the learner changed and deletes what the learner added', () => {
    const exercise = findBuiltInExercise('netpol-egress-dns')!;
    const { snapshot } = simulateExercise(exercise.parsed);
    const ctx = deterministicContext('2025-03-01T00:00:00Z');
    const broken = applyAdmission(
      snapshot,
      admit(
        snapshot,
        [
          { op: 'delete', key: { kind: 'Service', namespace: 'kube-system', name: 'kube-dns' } },
          ...manifestOps('apiVersion: v1\nkind: Namespace\nmetadata: { name: scratch }\n'),
        ],
        ctx,
      ),
    );
    const ops = resetOps(broken);
    expect(ops).toContainEqual({
      op: 'delete',
      key: { kind: 'Namespace', namespace: '', name: 'scratch' },
      options: { gracePeriodSeconds: 0 },
    });
    expect(ops.some((o) => o.op === 'apply' && o.object.metadata.name === 'kube-dns')).toBe(true);
    expect(keys(reset(broken, exercise.parsed))).toEqual(keys(snapshot));
  });
});

describe('attempt history and class view', () => {
  it('says which checks flipped and which connections the policy change opened', () => {
    const exercise = findBuiltInExercise('netpol-allow-frontend')!;
    const first = simulateExercise(exercise.parsed);
    const g1 = grade(exercise.parsed, first.sim, exercise.gradeOptions);
    const second = simulateExercise(exercise.parsed, exercise.solution);
    const g2 = grade(exercise.parsed, second.sim, exercise.gradeOptions);
    const changes = gradingChanges(
      { id: 'g1', clusterRevision: 5, result: { ...g1, policies: [] } },
      g2,
      second.sim,
    );
    expect(changes.since).toEqual({ gradingId: 'g1', clusterRevision: 5 });
    expect(changes.scoreChange).toBe(8);
    expect(changes.fixed).toEqual(['reporting-blocked', 'metrics-port-closed']);
    expect(changes.broken).toEqual([]);
    expect(changes.policyChanges.join(' ')).toMatch(/now blocked: .* → role=backend/);
    expect(gradingChanges(undefined, g1, first.sim).since).toBeNull();
  });

  it('pass rate per check and the most frequent mistakes', () => {
    const exercise = findBuiltInExercise('netpol-allow-frontend')!;
    const ored = exercise.solution.replace(
      'from: [{ podSelector: { matchLabels: { role: frontend } } }]',
      'from: [{ podSelector: { matchLabels: { role: frontend } } }, { namespaceSelector: {} }]',
    );
    expect(ored).not.toBe(exercise.solution);
    const run = (answer?: string) =>
      grade(exercise.parsed, simulateExercise(exercise.parsed, answer).sim, exercise.gradeOptions);
    const view = classView(exercise.parsed, [
      run(ored),
      run(ored),
      run(exercise.solution),
      undefined,
    ]);
    expect(view).toMatchObject({ attempts: 4, graded: 3, passed: 1, maxScore: 8 });
    expect(view.checks.find((c) => c.id === 'reporting-blocked')).toMatchObject({
      passed: 1,
      graded: 3,
    });
    expect(view.mistakes[0]).toMatchObject({ attempts: 2 });
    expect(view.mistakes.map((m) => m.key)).toContain('or-instead-of-and');
  });
});
