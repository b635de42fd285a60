import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { as, startTestApp, type TestApp } from '../../support/app';
import { kubectlFor, kubectlInstalled, type Kubectl } from './kubectl-runner';

/**
 * A rollout in steps through real kubectl (issue 15): `kubectl rollout status` reports the
 * intermediate states of a 4-replica Deployment with maxSurge 1 / maxUnavailable 0 while the
 * cluster clock is stepped past each new Pod's readiness probe, the Service never has fewer than
 * 4 ready endpoints at any revision (the EndpointsChanged events list them), and history, undo,
 * pause and resume work as upstream's client-side commands expect.
 */
const VERSION = ['1.32', '1.33', '1.27'].find(kubectlInstalled) ?? '1.32';

const deployment = (image: string) => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'web', namespace: 'default' },
  spec: {
    replicas: 4,
    strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: 1, maxUnavailable: 0 } },
    selector: { matchLabels: { app: 'web' } },
    template: {
      metadata: { labels: { app: 'web' } },
      spec: {
        containers: [
          {
            name: 'app',
            image,
            ports: [{ containerPort: 80 }],
            readinessProbe: { httpGet: { path: '/', port: 80 }, initialDelaySeconds: 10 },
          },
        ],
      },
    },
  },
});

describe('kubectl rollout against the sandbox', () => {
  let t: TestApp;
  let api: ReturnType<typeof as>;
  let workDir: string;
  let k: Kubectl;
  let clusterId: string;

  const step = async (seconds: number) => {
    const res = await api.post(`/v1/clusters/${clusterId}/clock`).send({ seconds });
    expect(res.status).toBe(200);
  };
  const status = async () =>
    (await k.run(['rollout', 'status', 'deployment/web', '--watch=false'])).stdout;
  const apply = async (image: string) => {
    const file = join(workDir, `web-${image.replace(/\W/g, '-')}.json`);
    writeFileSync(file, JSON.stringify(deployment(image)));
    const res = await k.run(['apply', '-f', file]);
    expect(res.stderr).toBe('');
  };

  beforeAll(async () => {
    t = await startTestApp({}, { https: true });
    api = as(t.http, (await t.newTenant('rollout')).adminKey);
    workDir = mkdtempSync(join(tmpdir(), 'kns-rollout-'));
    const created = await api.post('/v1/clusters').send({ name: 'rollout' });
    clusterId = created.body.id;
    const kubeconfig = await api.get(`/v1/clusters/${clusterId}/kubeconfig`);
    k = kubectlFor(VERSION, join(workDir, VERSION), kubeconfig.text);
    await apply('nginx:1.27');
    expect((await k.run(['expose', 'deployment', 'web', '--port=80'])).code).toBe(0);
  });
  afterAll(async () => {
    await t.close();
    rmSync(workDir, { recursive: true, force: true });
  });

  it('successful: the first rollout waits for the readiness probes, then completes', async () => {
    expect(await status()).toBe(
      'Waiting for deployment "web" rollout to finish: 0 of 4 updated replicas are available...\n',
    );
    await step(10);
    expect(await status()).toBe('deployment "web" successfully rolled out\n');
  });

  it('successful: a template change rolls out one Pod at a time, never below 4 ready endpoints', async () => {
    const since = (await api.get(`/v1/clusters/${clusterId}/events`)).body.items.at(-1)?.id ?? 0;
    await apply('nginx:1.28');
    const watching = k.start(['rollout', 'status', 'deployment/web']);
    expect(await status()).toBe(
      'Waiting for deployment "web" rollout to finish: 1 out of 4 new replicas have been updated...\n',
    );
    const seen = new Set<string>();
    for (let i = 0; i < 4; i++) {
      seen.add(await status());
      await step(10);
    }
    expect(await status()).toBe('deployment "web" successfully rolled out\n');
    await watching.waitFor('successfully rolled out');
    await watching.stop();
    expect([...seen]).toEqual(
      expect.arrayContaining([
        'Waiting for deployment "web" rollout to finish: 1 out of 4 new replicas have been updated...\n',
        'Waiting for deployment "web" rollout to finish: 2 out of 4 new replicas have been updated...\n',
        'Waiting for deployment "web" rollout to finish: 3 out of 4 new replicas have been updated...\n',
      ]),
    );
    expect(watching.output()).toContain('new replicas have been updated...');

    const events = (await api.get(`/v1/clusters/${clusterId}/events?after=${since}`)).body
      .items as Array<{ reason: string; message: string; involvedObject: { name: string } }>;
    const changes = events.filter(
      (e) => e.reason === 'EndpointsChanged' && e.involvedObject.name === 'web',
    );
    expect(changes.length).toBeGreaterThan(0);
    for (const e of changes) {
      const ready = /^Ready endpoints: ([^(]+)/.exec(e.message)?.[1].split(', ') ?? [];
      expect(ready.length).toBeGreaterThanOrEqual(4);
    }
    const scaling = events.filter((e) => e.reason === 'ScalingReplicaSet').map((e) => e.message);
    expect(scaling).toHaveLength(8);
    expect(scaling[0]).toMatch(/^Scaled up replica set web-\w+ to 1 from 0$/);
    expect(scaling[1]).toMatch(/^Scaled down replica set web-\w+ to 3 from 4$/);
  });

  it('successful: rollout history lists both revisions; undo brings the first template back', async () => {
    const history = await k.run(['rollout', 'history', 'deployment/web']);
    expect(history.stderr).toBe('');
    expect(history.stdout).toMatch(/REVISION\s+CHANGE-CAUSE\n1\s+<none>\n2\s+<none>/);
    const undo = await k.run(['rollout', 'undo', 'deployment/web']);
    expect(undo).toMatchObject({ code: 0, stdout: 'deployment.apps/web rolled back\n' });
    for (let i = 0; i < 4; i++) await step(10);
    expect(await status()).toBe('deployment "web" successfully rolled out\n');
    const image = await k.run([
      'get',
      'deployment',
      'web',
      '-o',
      'jsonpath={.spec.template.spec.containers[0].image} {.metadata.annotations.deployment\\.kubernetes\\.io/revision}',
    ]);
    expect(image.stdout).toBe('nginx:1.27 3');
    // The first ReplicaSet came back: no third one for the same template.
    expect((await k.run(['get', 'rs', '-o', 'name'])).stdout.trim().split('\n')).toHaveLength(2);
  });

  it('successful: pause holds a template change back; resume rolls it out', async () => {
    expect((await k.run(['rollout', 'pause', 'deployment/web'])).stdout).toBe(
      'deployment.apps/web paused\n',
    );
    expect((await k.run(['set', 'image', 'deployment/web', 'app=nginx:1.29'])).stdout).toBe(
      'deployment.apps/web image updated\n',
    );
    const rs = await k.run(['get', 'rs', '-o', 'name']);
    expect(rs.stdout.trim().split('\n')).toHaveLength(2);
    expect((await k.run(['rollout', 'resume', 'deployment/web'])).stdout).toBe(
      'deployment.apps/web resumed\n',
    );
    expect((await k.run(['get', 'rs', '-o', 'name'])).stdout.trim().split('\n')).toHaveLength(3);
    for (let i = 0; i < 4; i++) await step(10);
    expect(await status()).toBe('deployment "web" successfully rolled out\n');
  });

  it('successful: rollout restart replaces every Pod through a new ReplicaSet', async () => {
    const before = (await k.run(['get', 'pods', '-l', 'app=web', '-o', 'name'])).stdout;
    expect((await k.run(['rollout', 'restart', 'deployment/web'])).stdout).toBe(
      'deployment.apps/web restarted\n',
    );
    for (let i = 0; i < 4; i++) await step(10);
    expect(await status()).toBe('deployment "web" successfully rolled out\n');
    await step(30); // the old Pods' grace period
    const after = (await k.run(['get', 'pods', '-l', 'app=web', '-o', 'name'])).stdout;
    expect(after.trim().split('\n')).toHaveLength(4);
    for (const name of before.trim().split('\n')) expect(after).not.toContain(name);
  });
});
