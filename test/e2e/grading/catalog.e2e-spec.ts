import { BUILT_IN_EXERCISES } from '@app/grading';
import { as, startTestApp, type TestApp } from '../../support/app';

// Every built-in exercise, on PostgreSQL through the API a learner uses: the untouched setup
// scores 0 (no free points), and the reference solution applied over REST does.
describe('the built-in exercise catalog on PostgreSQL', () => {
  let t: TestApp;
  let learner: ReturnType<typeof as>;

  beforeAll(async () => {
    t = await startTestApp({ MAX_CLUSTERS_PER_TENANT: '100', MAX_CLUSTERS_PER_PRINCIPAL: '100' });
    learner = as(t.http, await (await t.newTenant('catalog')).keyFor('learner'));
  });
  afterAll(() => t.close());

  it('has at least 12 exercises', () => {
    expect(BUILT_IN_EXERCISES.length).toBeGreaterThanOrEqual(12);
  });

  it.each(BUILT_IN_EXERCISES.map((e) => [e.slug, e] as const))(
    '%s scores 0 untouched and full marks solved',
    async (slug, exercise) => {
      const started = (await learner.post(`/v1/exercises/${slug}/attempts`).expect(201)).body;
      const before = (await learner.post(`/v1/attempts/${started.attempt.id}/grade`).expect(200))
        .body;
      expect(before.score).toBe(0);
      await learner
        .post(`/v1/clusters/${started.clusterId}/apply`)
        .type('application/yaml')
        .send(exercise.solution)
        .expect(200);
      const after = (await learner.post(`/v1/attempts/${started.attempt.id}/grade`).expect(200))
        .body;
      expect(after.checks.filter((c: { passed: boolean }) => !c.passed)).toEqual([]);
      expect(after.score).toBe(after.maxScore);
    },
  );
});
