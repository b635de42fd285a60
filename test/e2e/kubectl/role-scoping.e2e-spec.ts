import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { startTestApp, type TestApp } from '../../support/app';
import { classroom, MISSING_ID, withoutId, type Classroom } from '../../support/as-role';
import { kubectlFor, kubectlInstalled } from './kubectl-runner';

type Who = 'admin' | 'instructor' | 'learnerA' | 'learnerB';

interface FacadeCall {
  name: string;
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  path: string;
  body?: unknown;
  contentType?: string;
}

const POD = {
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name: 'extra', namespace: 'default' },
  spec: { containers: [{ name: 'c', image: 'nginx' }] },
};

const READS: FacadeCall[] = [
  { name: 'version', method: 'get', path: '/version' },
  { name: 'discovery', method: 'get', path: '/api' },
  { name: 'list pods', method: 'get', path: '/api/v1/namespaces/default/pods' },
  { name: 'get pod', method: 'get', path: '/api/v1/namespaces/default/pods/web' },
  { name: 'list all services', method: 'get', path: '/api/v1/services' },
  {
    name: 'get networkpolicy',
    method: 'get',
    path: '/apis/networking.k8s.io/v1/namespaces/default/networkpolicies/deny',
  },
];

// The refusals the API server would give, verb and scope from the request (requestinfo.go).
const REASON = ': an instructor key may read this cluster but change only the clusters it created';
const WRITES: Array<FacadeCall & { forbidden: string }> = [
  {
    name: 'create pod',
    method: 'post',
    path: '/api/v1/namespaces/default/pods',
    body: POD,
    forbidden:
      'pods is forbidden: User "instructor-ines" cannot create resource "pods" in API group "" in the namespace "default"',
  },
  {
    name: 'replace pod',
    method: 'put',
    path: '/api/v1/namespaces/default/pods/web',
    body: { ...POD, metadata: { name: 'web', namespace: 'default' } },
    forbidden:
      'pods "web" is forbidden: User "instructor-ines" cannot update resource "pods" in API group "" in the namespace "default"',
  },
  {
    name: 'patch networkpolicy',
    method: 'patch',
    path: '/apis/networking.k8s.io/v1/namespaces/default/networkpolicies/deny',
    body: { metadata: { labels: { patched: 'yes' } } },
    contentType: 'application/merge-patch+json',
    forbidden:
      'networkpolicies.networking.k8s.io "deny" is forbidden: User "instructor-ines" cannot patch resource "networkpolicies" in API group "networking.k8s.io" in the namespace "default"',
  },
  {
    name: 'create namespace',
    method: 'post',
    path: '/api/v1/namespaces',
    body: { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'scratch' } },
    forbidden:
      'namespaces is forbidden: User "instructor-ines" cannot create resource "namespaces" in API group "" at the cluster scope',
  },
  {
    name: 'delete service',
    method: 'delete',
    path: '/api/v1/namespaces/default/services/web',
    forbidden:
      'services "web" is forbidden: User "instructor-ines" cannot delete resource "services" in API group "" in the namespace "default"',
  },
];

describe('kubectl facade: owner and role scoping', () => {
  let t: TestApp;
  let room: Classroom;
  let workDir: string;

  const call = (who: Who, clusterId: string, c: FacadeCall) => {
    const url = `/v1/clusters/${clusterId}/k8s${c.path}`;
    const req = request(t.http)[c.method](url).set('Authorization', `Bearer ${room.keys[who]}`);
    if (c.body === undefined) return req;
    return req
      .set('Content-Type', c.contentType ?? 'application/json')
      .send(JSON.stringify(c.body));
  };

  beforeAll(async () => {
    t = await startTestApp({}, { https: true });
    room = await classroom(t, 'facade-scope');
    workDir = mkdtempSync(join(tmpdir(), 'kns-kubectl-scope-'));
  }, 60_000);
  afterAll(async () => {
    await t.close();
    rmSync(workDir, { recursive: true, force: true });
  });

  describe.each([
    ['learnerB', 'learnerA'],
    ['learnerA', 'admin'],
    ['learnerA', 'learnerB'],
  ] as Array<[Who, Who]>)('failing: %s on the cluster of %s', (caller, owner) => {
    it.each([...READS, ...WRITES].map((c) => [c.name, c] as const))(
      '%s is a NotFound Status exactly as for an id that does not exist',
      async (_name, c) => {
        const id = owner === 'learnerB' ? room.attemptB.clusterId : room.clusters[owner];
        const hidden = await call(caller, id, c);
        const missing = await call(caller, MISSING_ID, c);
        expect(hidden.status).toBe(404);
        expect(hidden.body).toMatchObject({ kind: 'Status', reason: 'NotFound', code: 404 });
        expect(withoutId(hidden.body, id)).toBe(withoutId(missing.body, MISSING_ID));
      },
    );
  });

  describe('the instructor on learner A’s cluster', () => {
    it.each(READS.map((c) => [c.name, c] as const))('successful: %s', async (_name, c) => {
      const res = await call('instructor', room.clusters.learnerA, c);
      expect(res.status).toBe(200);
    });

    it.each(WRITES.map((c) => [c.name, c] as const))(
      'failing: %s is Forbidden with the API server’s wording',
      async (_name, c) => {
        const id = room.clusters.learnerA;
        const before = (await room.admin.get(`/v1/clusters/${id}`).expect(200)).body.revision;
        const res = await call('instructor', id, c);
        expect(res.status).toBe(403);
        expect(res.body).toMatchObject({
          kind: 'Status',
          status: 'Failure',
          reason: 'Forbidden',
          code: 403,
          message: c.forbidden + REASON,
        });
        expect((await room.admin.get(`/v1/clusters/${id}`).expect(200)).body.revision).toBe(before);
      },
    );

    it('failing: a server-side dry run is refused like the write it rehearses', async () => {
      const res = await call('instructor', room.clusters.learnerA, {
        ...WRITES[0],
        path: `${WRITES[0].path}?dryRun=All`,
      });
      expect(res.status).toBe(403);
    });
  });

  it('successful: the owner and the admin write through the facade', async () => {
    for (const who of ['learnerA', 'admin'] as const) {
      const created = await call(who, room.clusters.learnerA, WRITES[0]);
      expect([who, created.status]).toEqual([who, 201]);
      const deleted = await call(who, room.clusters.learnerA, {
        name: 'delete pod',
        method: 'delete',
        // At once: a graceful delete would keep "extra" Terminating and the next create a 409.
        path: '/api/v1/namespaces/default/pods/extra?gracePeriodSeconds=0',
      });
      expect([who, deleted.status]).toEqual([who, 200]);
    }
  });

  const VERSION = ['1.32', '1.33', '1.27'].find(kubectlInstalled);
  (VERSION ? describe : describe.skip)(`real kubectl ${VERSION}`, () => {
    const kubectl = async (who: Who, clusterId: string, dir: string) => {
      // Each caller's own kubeconfig carries its own key; a hostile learner points it elsewhere.
      const own = who === 'learnerB' ? room.clusters.learnerB : clusterId;
      const config = (await room[who].get(`/v1/clusters/${own}/kubeconfig`).expect(200)).text;
      return kubectlFor(VERSION!, join(workDir, dir), config.split(own).join(clusterId));
    };

    it('failing: learner B’s kubeconfig pointed at learner A’s cluster reads as a cluster that does not exist', async () => {
      const hidden = await kubectl('learnerB', room.clusters.learnerA, 'b-on-a');
      const missing = await kubectl('learnerB', MISSING_ID, 'b-on-missing');
      const a = await hidden.run(['get', 'pods']);
      const m = await missing.run(['get', 'pods']);
      expect(a.code).not.toBe(0);
      expect(a.stdout).toBe('');
      // klog prefixes lines with a time and a pid; the rest must be the same.
      const plain = (text: string, id: string) =>
        text
          .replace(/^E\d{4} [\d:.]+\s+\d+ /gm, '')
          .split(id)
          .join('<id>');
      expect(plain(a.stderr, room.clusters.learnerA)).toBe(plain(m.stderr, MISSING_ID));
      expect(a.stderr).toContain('Error from server (NotFound)');
      const del = await hidden.run(['delete', 'pod', 'web']);
      expect(del.code).not.toBe(0);
      await room.learnerA
        .get(`/v1/clusters/${room.clusters.learnerA}/pods/default/web/env`)
        .expect(200);
    });

    it('successful: the instructor’s kubectl reads learner A’s cluster; failing: it cannot change it', async () => {
      const k = await kubectl('instructor', room.clusters.learnerA, 'instructor-on-a');
      const get = await k.run(['get', 'pods', '-o', 'name']);
      expect(get.stderr).toBe('');
      expect(get.stdout).toContain('pod/web');
      const del = await k.run(['delete', 'service', 'web']);
      expect(del.code).not.toBe(0);
      expect(del.stderr.trim()).toBe(
        `Error from server (Forbidden): ${WRITES[4].forbidden}${REASON}`,
      );
      const file = join(workDir, 'extra-pod.json');
      writeFileSync(file, JSON.stringify(POD));
      const apply = await k.run(['apply', '-f', file]);
      expect(apply.code).not.toBe(0);
      expect(apply.stderr).toContain('(Forbidden)');
      expect(apply.stderr).toContain('User "instructor-ines" cannot');
    });

    it('successful: the admin’s kubectl changes learner A’s cluster', async () => {
      const k = await kubectl('admin', room.clusters.learnerA, 'admin-on-a');
      const file = join(workDir, 'admin-pod.json');
      writeFileSync(
        file,
        JSON.stringify({ ...POD, metadata: { name: 'by-admin', namespace: 'default' } }),
      );
      const apply = await k.run(['apply', '-f', file]);
      expect(apply.stderr).toBe('');
      expect(apply.stdout).toContain('pod/by-admin created');
      // --wait=false: the Pod now terminates for its 30 s grace period, as on a real cluster.
      const del = await k.run(['delete', 'pod', 'by-admin', '--wait=false']);
      expect(del.stdout).toContain('pod "by-admin" deleted');
    });
  });
});
