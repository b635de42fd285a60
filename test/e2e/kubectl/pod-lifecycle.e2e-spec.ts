import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { as, startTestApp, type TestApp } from '../../support/app';
import { kubectlFor, kubectlInstalled, row, type Kubectl } from './kubectl-runner';

/**
 * Pods come and go as on a real cluster (issue 15), driven by real kubectl: a deleted Pod of a
 * Deployment is Terminating for its grace period with a terminating endpoint while a replacement
 * with a new name and address takes over; the cluster clock, stepped through the API, ends the
 * grace period with no test sleeping; the wall clock ends a short one by itself.
 */
const VERSION = ['1.32', '1.33', '1.27'].find(kubectlInstalled) ?? '1.32';

interface PodJson {
  metadata: { name: string; deletionTimestamp?: string };
  status: { podIP?: string };
}

describe('Pod lifecycle through kubectl', () => {
  let t: TestApp;
  let api: ReturnType<typeof as>;
  let workDir: string;
  let k: Kubectl;
  let clusterId: string;

  const pods = async (): Promise<PodJson[]> => {
    const got = await k.run(['get', 'pods', '-l', 'app=web', '-o', 'json']);
    expect(got.stderr).toBe('');
    return (JSON.parse(got.stdout) as { items: PodJson[] }).items;
  };
  const endpoints = async () => {
    const res = await api.get(`/v1/clusters/${clusterId}/services/default/web/endpoints`);
    expect(res.status).toBe(200);
    return (
      res.body.items as Array<{
        endpoints?: Array<{
          addresses: string[];
          targetRef?: { name: string };
          conditions: Record<string, boolean>;
        }>;
      }>
    ).flatMap((s) => s.endpoints ?? []);
  };

  beforeAll(async () => {
    t = await startTestApp({}, { https: true });
    api = as(t.http, (await t.newTenant('lifecycle')).adminKey);
    workDir = mkdtempSync(join(tmpdir(), 'kns-lifecycle-'));
    const created = await api.post('/v1/clusters').send({ name: 'lifecycle' });
    expect(created.status).toBe(201);
    clusterId = created.body.id;
    const kubeconfig = await api.get(`/v1/clusters/${clusterId}/kubeconfig`);
    k = kubectlFor(VERSION, join(workDir, VERSION), kubeconfig.text);
    expect(
      (await k.run(['create', 'deployment', 'web', '--image=nginx', '--replicas=2'])).code,
    ).toBe(0);
    expect((await k.run(['expose', 'deployment', 'web', '--port=80'])).code).toBe(0);
  });
  afterAll(async () => {
    await t.close();
    rmSync(workDir, { recursive: true, force: true });
  });

  it('successful: a deleted Pod terminates with a terminating endpoint; its replacement has a new name and IP', async () => {
    const before = await pods();
    expect(before).toHaveLength(2);
    const victim = before[0];
    const del = await k.run(['delete', 'pod', victim.metadata.name, '--wait=false']);
    expect(del).toMatchObject({ code: 0, stdout: `pod "${victim.metadata.name}" deleted\n` });

    const after = await pods();
    expect(after).toHaveLength(3);
    const replacement = after.find(
      (p) =>
        !p.metadata.deletionTimestamp && !before.some((b) => b.metadata.name === p.metadata.name),
    )!;
    expect(replacement.metadata.name).toMatch(/^web-[a-z0-9]+-[a-z0-9]{5}$/);
    expect(replacement.status.podIP).toBeDefined();
    expect(before.map((p) => p.status.podIP)).not.toContain(replacement.status.podIP);

    const table = await k.run(['get', 'pods']);
    expect(row(table.stdout, victim.metadata.name)?.[2]).toBe('Terminating');
    const ep = (await endpoints()).find((e) => e.targetRef?.name === victim.metadata.name);
    expect(ep?.conditions).toEqual({ ready: false, serving: true, terminating: true });

    const clock = await api.post(`/v1/clusters/${clusterId}/clock`).send({ seconds: 30 });
    expect(clock.status).toBe(200);
    expect(clock.body).toMatchObject({ offsetSeconds: 30, nextWakeUp: null });
    const gone = await k.run(['get', 'pod', victim.metadata.name]);
    expect(gone.stderr).toContain(`pods "${victim.metadata.name}" not found`);
    expect((await endpoints()).map((e) => e.targetRef?.name)).not.toContain(victim.metadata.name);
  });

  it('successful: the wall clock ends a short grace period by itself (kubectl waits for it)', async () => {
    const [victim] = await pods();
    const del = await k.run(['delete', 'pod', victim.metadata.name, '--grace-period=1'], {
      timeoutMs: 15_000,
    });
    expect(del).toMatchObject({ code: 0, stdout: `pod "${victim.metadata.name}" deleted\n` });
    // kubectl returns only once the Pod is gone: no clock step, the wall clock ended it.
    expect((await pods()).map((p) => p.metadata.name)).not.toContain(victim.metadata.name);
  });

  it('successful: --force --grace-period=0 removes the Pod at once', async () => {
    const [victim] = await pods();
    const del = await k.run(['delete', 'pod', victim.metadata.name, '--force', '--grace-period=0']);
    expect(del.code).toBe(0);
    expect(del.stderr).toContain('Immediate deletion does not wait for confirmation');
    expect((await pods()).map((p) => p.metadata.name)).not.toContain(victim.metadata.name);
  });

  it('successful: --cascade=orphan deletes the Deployment and keeps its ReplicaSet and Pods', async () => {
    const del = await k.run(['delete', 'deployment', 'web', '--cascade=orphan']);
    expect(del).toMatchObject({ code: 0, stdout: 'deployment.apps "web" deleted\n' });
    const rs = await k.run(['get', 'rs', '-o', 'json']);
    const items = (
      JSON.parse(rs.stdout) as { items: Array<{ metadata: { ownerReferences?: unknown } }> }
    ).items;
    expect(items).toHaveLength(1);
    expect(items[0].metadata.ownerReferences).toBeUndefined();
    expect((await pods()).filter((p) => !p.metadata.deletionTimestamp)).toHaveLength(2);
  });

  it('failing: logs, exec and port-forward answer that no container runs in the sandbox', async () => {
    const [p] = await pods();
    for (const args of [
      ['logs', p.metadata.name],
      ['exec', p.metadata.name, '--', 'ls'],
      ['port-forward', `pod/${p.metadata.name}`, '18080:80'],
    ]) {
      const res = await k.run(args, { timeoutMs: 15_000 });
      expect(res.code).not.toBe(0);
      expect(res.stderr).toContain('not simulated in this sandbox');
    }
    const missing = await k.run(['logs', 'no-such-pod']);
    expect(missing.stderr).toContain('pods "no-such-pod" not found');
  });

  it('successful: cordon keeps new Pods off a node; drain moves its Pods elsewhere', async () => {
    expect((await k.run(['cordon', 'node-2'])).stdout).toBe('node/node-2 cordoned\n');
    expect((await k.run(['get', 'node', 'node-2'])).stdout).toContain('Ready,SchedulingDisabled');
    expect(
      (await k.run(['create', 'deployment', 'spread', '--image=nginx', '--replicas=3'])).code,
    ).toBe(0);
    const placed = await k.run([
      'get',
      'pods',
      '-l',
      'app=spread',
      '-o',
      'jsonpath={.items[*].spec.nodeName}',
    ]);
    expect(placed.stdout.split(' ')).toEqual(['node-1', 'node-1', 'node-1']);
    expect((await k.run(['uncordon', 'node-2'])).stdout).toBe('node/node-2 uncordoned\n');
    const drain = await k.run(
      ['drain', 'node-1', '--ignore-daemonsets', '--grace-period=1', '--timeout=20s'],
      { timeoutMs: 25_000 },
    );
    expect(drain.stderr).not.toContain('error');
    expect(drain.stdout).toContain('node/node-1 drained');
    const after = await k.run([
      'get',
      'pods',
      '-l',
      'app=spread',
      '-o',
      'jsonpath={.items[*].spec.nodeName}',
    ]);
    expect(after.stdout.split(' ')).toEqual(['node-2', 'node-2', 'node-2']);
  });

  it('successful: a kubeadm-like tainted control-plane node gets no Pods without a toleration', async () => {
    const created = await api
      .post('/v1/clusters')
      .send({ name: 'tainted', controlPlaneTaint: true });
    expect(created.status).toBe(201);
    expect(created.body.config.controlPlaneTaint).toBe(true);
    const kubeconfig = await api.get(`/v1/clusters/${created.body.id}/kubeconfig`);
    const kt = kubectlFor(VERSION, join(workDir, 'tainted'), kubeconfig.text);
    const taints = await kt.run(['get', 'node', 'node-1', '-o', 'jsonpath={.spec.taints}']);
    expect(JSON.parse(taints.stdout)).toEqual([
      { key: 'node-role.kubernetes.io/control-plane', effect: 'NoSchedule' },
    ]);
    expect(
      (await kt.run(['create', 'deployment', 'web', '--image=nginx', '--replicas=4'])).code,
    ).toBe(0);
    const nodes = await kt.run(['get', 'pods', '-o', 'jsonpath={.items[*].spec.nodeName}']);
    expect(nodes.stdout.split(' ')).toEqual(['node-2', 'node-2', 'node-2', 'node-2']);
    // kubectl taint works too: with node-2 tainted as well, a new Pod has nowhere to go.
    expect((await kt.run(['taint', 'nodes', 'node-2', 'dedicated=gpu:NoSchedule'])).stdout).toBe(
      'node/node-2 tainted\n',
    );
    expect((await kt.run(['run', 'late', '--image=nginx'])).code).toBe(0);
    const describe = await kt.run(['describe', 'pod', 'late']);
    expect(describe.stdout).toContain(
      '0/2 nodes are available: 1 node(s) had untolerated taint {dedicated: gpu}, 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }. preemption: 0/2 nodes are available: 2 Preemption is not helpful for scheduling.',
    );
  });

  it('successful: lists page with limit and continue, through kubectl and REST', async () => {
    const whole = await k.run(['get', 'pods', '-A', '-o', 'name']);
    const chunked = await k.run(['get', 'pods', '-A', '-o', 'name', '--chunk-size=1']);
    expect(chunked.stderr).toBe('');
    expect(chunked.stdout).toBe(whole.stdout);
    const first = await api.get(`/v1/clusters/${clusterId}/objects?kind=Pod&limit=2`);
    expect(first.status).toBe(200);
    expect(first.body.items).toHaveLength(2);
    expect(first.body.continue).toEqual(expect.any(String));
    const rest = await api.get(
      `/v1/clusters/${clusterId}/objects?kind=Pod&continue=${encodeURIComponent(first.body.continue)}`,
    );
    const all = whole.stdout.trim().split('\n').length;
    expect(first.body.items.length + rest.body.items.length).toBe(all);
    expect(first.body.remainingItemCount).toBe(all - 2);
    const bad = await api.get(`/v1/clusters/${clusterId}/objects?kind=Pod&limit=ten`);
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].field).toBe('limit');
  });

  it('failing: the clock only steps forward, by a number of seconds', async () => {
    for (const seconds of [-1, 0, 'ten', 1e9]) {
      const res = await api.post(`/v1/clusters/${clusterId}/clock`).send({ seconds });
      expect(res.status).toBe(422);
      expect(res.body.errors[0].field).toBe('seconds');
    }
    const read = await api.get(`/v1/clusters/${clusterId}/clock`);
    expect(read.status).toBe(200);
    expect(read.body.offsetSeconds).toBe(30);
    const missing = await api
      .post('/v1/clusters/00000000-0000-0000-0000-000000000000/clock')
      .send({ seconds: 1 });
    expect(missing.status).toBe(404);
  });
});
