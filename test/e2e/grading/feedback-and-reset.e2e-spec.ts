import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findBuiltInExercise } from '@app/grading';
import { as, startTestApp, type TestApp } from '../../support/app';
import { kubectlFor, kubectlInstalled } from '../kubectl/kubectl-runner';

const SLUG = 'netpol-allow-frontend';
const exercise = findBuiltInExercise(SLUG)!;
// The learner's typical wrong answer: a namespaceSelector ORed in as its own peer.
const ORED = exercise.solution.replace(
  'from: [{ podSelector: { matchLabels: { role: frontend } } }]',
  'from: [{ podSelector: { matchLabels: { role: frontend } } }, { namespaceSelector: {} }]',
);
const KUBECTL = ['1.32', '1.33', '1.31'].find(kubectlInstalled);

describe('grading feedback, policy diff, reset, history and class views', () => {
  let t: TestApp;
  let instructor: ReturnType<typeof as>;
  let learner: ReturnType<typeof as>;
  let learnerKey: string;
  let workDir: string;
  let started: { attempt: { id: string }; clusterId: string; kubeconfig: string };

  beforeAll(async () => {
    t = await startTestApp({}, { https: true });
    const tenant = await t.newTenant('feedback');
    instructor = as(t.http, await tenant.keyFor('instructor'));
    learnerKey = await tenant.keyFor('learner');
    learner = as(t.http, learnerKey);
    workDir = mkdtempSync(join(tmpdir(), 'kns-feedback-'));
    started = (await learner.post(`/v1/exercises/${SLUG}/attempts`).expect(201)).body;
  });
  afterAll(async () => {
    await t.close();
    rmSync(workDir, { recursive: true, force: true });
  });

  const apply = (yaml: string) =>
    learner
      .post(`/v1/clusters/${started.clusterId}/apply`)
      .type('application/yaml')
      .send(yaml)
      .expect(200);
  const grade = async () =>
    (await learner.post(`/v1/attempts/${started.attempt.id}/grade`).expect(200)).body;

  it('the untouched setup scores 0; guard checks say why they earn nothing yet', async () => {
    const result = await grade();
    expect(result.score).toBe(0);
    const guard = result.checks.find((c: { id: string }) => c.id === 'frontend-to-backend');
    expect(guard).toMatchObject({ passed: true, earned: 0, guard: true });
    expect(guard.explanation).toContain('only guards against breaking');
    expect(result.changes).toMatchObject({ since: null });
  });

  it('successful: the policy diff of identical sets is empty, of the OR-ed variant lists the extra peers', async () => {
    await apply(exercise.solution);
    const same = await learner
      .post(`/v1/clusters/${started.clusterId}/networkpolicies/diff`)
      .send({ from: { applied: true }, to: { manifests: exercise.solution } })
      .expect(200);
    expect(same.body).toMatchObject({ identical: true, classes: [] });
    const diff = await learner
      .post(`/v1/clusters/${started.clusterId}/networkpolicies/diff`)
      .send({ from: { applied: true }, to: { applied: true, manifests: ORED } })
      .expect(200);
    expect(diff.body.identical).toBe(false);
    expect(diff.body.classes).toHaveLength(1);
    expect(diff.body.classes[0]).toMatchObject({ change: 'added', connectionsText: 'TCP port 80' });
    expect(diff.body.classes[0].to.pods).toEqual(['default/backend']);
    expect(diff.body.classes[0].from.pods.some((p: string) => p.startsWith('kube-system/'))).toBe(
      true,
    );

    const gql = await learner.graphql(
      `query($id: ID!, $to: PolicySetInput!) { cluster(id: $id) {
         networkPolicyDiff(from: { applied: true }, to: $to) {
           identical classes { change summary to { pods } } } } }`,
      { id: started.clusterId, to: { applied: true, manifests: ORED } },
    );
    expect(gql.body.errors).toBeUndefined();
    expect(gql.body.data.cluster.networkPolicyDiff).toEqual({
      identical: false,
      classes: [diff.body.classes[0]].map((c) => ({
        change: c.change,
        summary: c.summary,
        to: { pods: c.to.pods },
      })),
    });
  });

  it('failing: a diff with a non-NetworkPolicy manifest or no sides is a 422 with field paths', async () => {
    const bad = await learner
      .post(`/v1/clusters/${started.clusterId}/networkpolicies/diff`)
      .send({
        from: {},
        to: { manifests: 'apiVersion: v1\nkind: Pod\nmetadata: { name: x }\nspec: {}\n' },
      })
      .expect(422);
    const fields = bad.body.errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['from', 'to.manifests[0].kind']));
    const gql = await learner.graphql(
      `query($id: ID!) { cluster(id: $id) { networkPolicyDiff(from: {}, to: { applied: true }) { identical } } }`,
      { id: started.clusterId },
    );
    expect(gql.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('a wrong answer gets the hint for its mistake, the deciding rule and the difference to the reference', async () => {
    await apply(ORED);
    const result = await grade();
    const failed = result.checks.find((c: { id: string }) => c.id === 'reporting-blocked');
    expect(failed.passed).toBe(false);
    expect(failed.mistakes).toContain('or-instead-of-and');
    expect(failed.hint).toMatch(/ORed/);
    expect(failed.decidedBy[0]).toMatchObject({
      policy: 'default/allow-frontend',
      rule: 'spec.ingress[0]',
    });
    expect(failed.differences.join(' ')).toMatch(/Your policies also let/);
    // Since the untouched grading: the metrics port closed, and the policy change as classes.
    expect(result.changes).toMatchObject({ scoreChange: 2, fixed: ['metrics-port-closed'] });
    expect(result.changes.policyChanges.join(' ')).toMatch(/now blocked: .*→ role=backend/);
  });

  it('history lists every grading with its score and what changed it (REST and GraphQL)', async () => {
    const rest = (await learner.get(`/v1/attempts/${started.attempt.id}/history`).expect(200)).body;
    expect(rest.items.map((h: { score: number }) => h.score)).toEqual([0, 2]);
    expect(rest.items[1].changes.fixed).toEqual(['metrics-port-closed']);
    const gql = await learner.graphql(
      `query($id: ID!) { attemptHistory(id: $id) { score changes } }`,
      { id: started.attempt.id },
    );
    expect(gql.body.data.attemptHistory.map((h: { score: number }) => h.score)).toEqual([0, 2]);
  });

  it('class view: instructors see pass rates and frequent mistakes; learners may not', async () => {
    const view = (await instructor.get(`/v1/exercises/${SLUG}/class-view`).expect(200)).body;
    expect(view).toMatchObject({ exercise: SLUG, attempts: 1, graded: 1, passed: 0 });
    expect(view.checks.find((c: { id: string }) => c.id === 'reporting-blocked')).toMatchObject({
      passed: 0,
      graded: 1,
      rate: 0,
    });
    expect(view.mistakes.map((m: { key: string }) => m.key)).toContain('or-instead-of-and');
    await learner.get(`/v1/exercises/${SLUG}/class-view`).expect(403);
    const gql = await instructor.graphql(
      `query($slug: String!) { exerciseClassView(slug: $slug) { graded checks { id rate } mistakes { key attempts } } }`,
      { slug: SLUG },
    );
    expect(gql.body.errors).toBeUndefined();
    expect(gql.body.data.exerciseClassView.graded).toBe(1);
  });

  it('reset restores the setup through REST, and kubectl keeps working with the same kubeconfig', async () => {
    const before = (await learner.get(`/v1/clusters/${started.clusterId}`).expect(200)).body;
    const reset = (await learner.post(`/v1/attempts/${started.attempt.id}/reset`).expect(200)).body;
    // The learner's policy and the setup's three Pods (applied again right after).
    expect(reset).toMatchObject({ clusterId: started.clusterId, removed: 4, restored: 0 });
    expect(reset.revision).toBeGreaterThan(before.revision);
    expect((await grade()).score).toBe(0);
    if (!KUBECTL) return;
    expect(started.kubeconfig).toContain(`/v1/clusters/${started.clusterId}/k8s`);
    const k = kubectlFor(KUBECTL, join(workDir, 'kubectl'), started.kubeconfig);
    const pods = await k.run(['get', 'pods', '-o', 'name']);
    expect(pods.code).toBe(0);
    expect(pods.stdout.split('\n').filter(Boolean).sort()).toEqual([
      'pod/backend',
      'pod/frontend',
      'pod/reporting',
    ]);
    const policies = await k.run(['get', 'networkpolicies']);
    expect(policies.code).toBe(0);
    expect(policies.stdout + policies.stderr).toContain('No resources found');
  });

  it('reset through GraphQL, and another learner cannot reset the attempt', async () => {
    await apply(exercise.solution);
    expect((await grade()).score).toBe(8);
    const gql = await learner.graphql(
      `mutation($id: ID!) { resetAttempt(id: $id) { clusterId revision removed } }`,
      { id: started.attempt.id },
    );
    expect(gql.body.errors).toBeUndefined();
    expect(gql.body.data.resetAttempt).toMatchObject({ clusterId: started.clusterId, removed: 4 });
    expect((await grade()).score).toBe(0);
    const other = as(t.http, await (await t.newTenant('other')).keyFor('learner'));
    await other.post(`/v1/attempts/${started.attempt.id}/reset`).expect(404);
  });
});
