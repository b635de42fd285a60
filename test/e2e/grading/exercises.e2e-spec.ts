import { BUILT_IN_EXERCISES } from '@app/grading';
import { as, startTestApp, type TestApp } from '../../support/app';
import { EXPOSE_WEB } from '../../support/as-role';

describe('exercises and grading', () => {
  let t: TestApp;
  let admin: ReturnType<typeof as>;
  let instructor: ReturnType<typeof as>;
  let learner: ReturnType<typeof as>;
  let otherLearner: ReturnType<typeof as>;

  beforeAll(async () => {
    t = await startTestApp();
    const tenant = await t.newTenant('school');
    admin = as(t.http, tenant.adminKey);
    instructor = as(t.http, await tenant.keyFor('instructor'));
    learner = as(t.http, await tenant.keyFor('learner'));
    otherLearner = as(t.http, await tenant.keyFor('learner'));
  });
  afterAll(() => t.close());

  it('lists the built-in catalog; learners do not see the specs (they hold the answers)', async () => {
    const asLearner = (await learner.get('/v1/exercises').expect(200)).body.items;
    expect(asLearner.length).toBeGreaterThanOrEqual(BUILT_IN_EXERCISES.length);
    expect(asLearner[0].source).toBeUndefined();
    const asInstructor = (await instructor.get('/v1/exercises').expect(200)).body.items;
    expect(asInstructor[0].source).toContain('kind: Exercise');
  });

  it('a built-in exercise: the untouched setup does not pass, the reference solution gets full marks', async () => {
    const exercise = BUILT_IN_EXERCISES[0];
    const started = (await learner.post(`/v1/exercises/${exercise.slug}/attempts`).expect(201))
      .body;
    expect(started.clusterId).toBeTruthy();
    expect(started.howToWork.grade).toBe(`POST /v1/attempts/${started.attempt.id}/grade`);
    const before = (await learner.post(`/v1/attempts/${started.attempt.id}/grade`).expect(200))
      .body;
    expect(before.passed).toBe(false);
    expect(before.score).toBeLessThan(before.maxScore);
    const failed = before.checks.find((c: { passed: boolean }) => !c.passed);
    expect(failed.hint).toBeTruthy();
    expect(failed).toHaveProperty('observed');
    expect(failed).toHaveProperty('expected');

    await learner
      .post(`/v1/clusters/${started.clusterId}/apply`)
      .type('application/yaml')
      .send(exercise.solution)
      .expect(200);
    const after = (await learner.post(`/v1/attempts/${started.attempt.id}/grade`).expect(200)).body;
    expect(after.score).toBe(after.maxScore);
    expect(after.passed).toBe(true);
    const history = (await learner.get(`/v1/attempts/${started.attempt.id}`).expect(200)).body;
    expect(history.gradings.map((g: { score: number }) => g.score)).toEqual([
      before.score,
      after.score,
    ]);
  });

  it('instructors write an exercise; learners attempt it and see only their own attempts', async () => {
    const created = (
      await instructor.post('/v1/exercises').type('application/yaml').send(EXPOSE_WEB).expect(201)
    ).body;
    expect(created).toMatchObject({
      slug: 'expose-web',
      origin: 'tenant',
      version: 1,
      maxScore: 2,
    });
    await learner.post('/v1/exercises').type('application/yaml').send(EXPOSE_WEB).expect(403);

    const mine = (await learner.post('/v1/exercises/expose-web/attempts').expect(201)).body;
    const theirs = (await otherLearner.post('/v1/exercises/expose-web/attempts').expect(201)).body;
    await learner
      .post(`/v1/clusters/${mine.clusterId}/apply`)
      .type('application/yaml')
      .send(
        'apiVersion: v1\nkind: Service\nmetadata: { name: web }\nspec: { selector: { app: web }, ports: [{ port: 80 }] }\n',
      )
      .expect(200);
    expect(
      (await learner.post(`/v1/attempts/${mine.attempt.id}/grade`).expect(200)).body.score,
    ).toBe(2);
    expect(
      (await otherLearner.post(`/v1/attempts/${theirs.attempt.id}/grade`).expect(200)).body.score,
    ).toBe(0);

    const own = (await learner.get('/v1/attempts?exercise=expose-web').expect(200)).body.items;
    expect(own.map((a: { id: string }) => a.id)).toEqual([mine.attempt.id]);
    await learner.get(`/v1/attempts/${theirs.attempt.id}`).expect(404);
    await learner.post(`/v1/attempts/${theirs.attempt.id}/grade`).expect(404);
    const all = (await instructor.get('/v1/attempts?exercise=expose-web').expect(200)).body.items;
    expect(all).toHaveLength(2);
    expect(all.find((a: { id: string }) => a.id === mine.attempt.id).lastGrading.score).toBe(2);
  });

  it('failing: an invalid spec is a 422 with field paths; a built-in slug cannot be taken', async () => {
    const bad = EXPOSE_WEB.replace('points: 2', 'points: 0').replace(
      'difficulty: beginner',
      'difficulty: impossible',
    );
    const res = await admin.post('/v1/exercises').type('application/yaml').send(bad).expect(422);
    const fields = res.body.errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['difficulty', 'checks[0].points']));
    const clash = EXPOSE_WEB.replace('slug: expose-web', `slug: ${BUILT_IN_EXERCISES[0].slug}`);
    await admin.post('/v1/exercises').type('application/yaml').send(clash).expect(409);
  });

  it('GraphQL: start, grade and list attempts', async () => {
    const start = await learner.graphql(
      `mutation { startAttempt(slug: "expose-web") { attempt { id } clusterId } }`,
    );
    expect(start.body.errors).toBeUndefined();
    const id = start.body.data.startAttempt.attempt.id;
    const graded = await learner.graphql(
      `mutation($id: ID!) { gradeAttempt(id: $id) { score maxScore passed checks { id passed hint explanation } } }`,
      { id },
    );
    expect(graded.body.errors).toBeUndefined();
    expect(graded.body.data.gradeAttempt).toMatchObject({ score: 0, maxScore: 2, passed: false });
    expect(graded.body.data.gradeAttempt.checks[0].hint).toContain('selector');
    const catalog = await learner.graphql('{ exerciseCatalog { slug origin maxScore } }');
    expect(catalog.body.data.exerciseCatalog.map((e: { slug: string }) => e.slug)).toContain(
      'expose-web',
    );
  });
});
