import { as, startTestApp, type TestApp } from '../../support/app';
import {
  classroom,
  EXPOSE_WEB_SOLUTION,
  MISSING_ID,
  withoutId,
  type Classroom,
} from '../../support/as-role';

type Client = ReturnType<typeof as>;
type Who = 'admin' | 'instructor' | 'learnerA' | 'learnerB';

interface Route {
  name: string;
  send: (client: Client, id: string) => Promise<{ status: number; body: unknown; text: string }>;
  /** What a caller allowed to use the route gets. */
  ok: number;
}

// Every read route below /v1/clusters/{id}, with arguments that exist in a seeded cluster.
const READS: Route[] = [
  { name: 'GET cluster', ok: 200, send: (c, id) => c.get(`/v1/clusters/${id}`) },
  { name: 'GET objects', ok: 200, send: (c, id) => c.get(`/v1/clusters/${id}/objects`) },
  { name: 'GET events', ok: 200, send: (c, id) => c.get(`/v1/clusters/${id}/events`) },
  {
    name: 'GET dns',
    ok: 200,
    send: (c, id) => c.get(`/v1/clusters/${id}/dns?name=web.default.svc.cluster.local`),
  },
  { name: 'GET env', ok: 200, send: (c, id) => c.get(`/v1/clusters/${id}/pods/default/web/env`) },
  {
    name: 'GET endpoints',
    ok: 200,
    send: (c, id) => c.get(`/v1/clusters/${id}/services/default/web/endpoints`),
  },
  {
    name: 'POST reachability',
    ok: 200,
    send: (c, id) =>
      c
        .post(`/v1/clusters/${id}/reachability`)
        .send({ from: { pod: 'default/web' }, to: { service: 'default/web' }, port: 80 }),
  },
  {
    name: 'GET reachability matrix',
    ok: 200,
    send: (c, id) => c.get(`/v1/clusters/${id}/reachability/matrix?port=80`),
  },
  {
    name: 'GET networkpolicy explain',
    ok: 200,
    send: (c, id) => c.get(`/v1/clusters/${id}/networkpolicies/default/deny/explain`),
  },
  {
    name: 'GET iptables',
    ok: 200,
    send: (c, id) => c.get(`/v1/clusters/${id}/nodes/node-1/iptables`),
  },
  {
    name: 'GET node routes',
    ok: 200,
    send: (c, id) => c.get(`/v1/clusters/${id}/nodes/node-1/routes`),
  },
  {
    name: 'GET node interfaces',
    ok: 200,
    send: (c, id) => c.get(`/v1/clusters/${id}/nodes/node-1/interfaces`),
  },
  {
    name: 'GET pod cni',
    ok: 200,
    send: (c, id) => c.get(`/v1/clusters/${id}/pods/default/web/cni`),
  },
  {
    name: 'GET proxy',
    ok: 200,
    send: (c, id) => c.get(`/v1/clusters/${id}/proxy?to=10.96.0.1:443`),
  },
  {
    // No Ingress in the seed: a reader gets the route's own "no match", never the cluster's 404.
    name: 'GET ingress route',
    ok: 404,
    send: (c, id) => c.get(`/v1/clusters/${id}/ingress/route?url=http://shop.example.com/`),
  },
  { name: 'GET kubeconfig', ok: 200, send: (c, id) => c.get(`/v1/clusters/${id}/kubeconfig`) },
];

// Every write route, in an order that leaves the cluster as it was for the allowed caller.
const WRITES: Route[] = [
  {
    name: 'POST apply',
    ok: 200,
    send: (c, id) =>
      c
        .post(`/v1/clusters/${id}/apply`)
        .type('application/yaml')
        .send(
          'apiVersion: v1\nkind: Namespace\nmetadata: { name: scratch }\n---\n' +
            'apiVersion: v1\nkind: Service\nmetadata: { name: tmp, namespace: scratch }\n' +
            'spec: { ports: [{ port: 80 }] }\n',
        ),
  },
  {
    name: 'DELETE namespaced object',
    ok: 200,
    send: (c, id) => c.delete(`/v1/clusters/${id}/objects/Service/scratch/tmp`),
  },
  {
    name: 'DELETE cluster-scoped object',
    ok: 200,
    send: (c, id) => c.delete(`/v1/clusters/${id}/objects/Namespace/scratch`),
  },
  {
    name: 'POST pod readiness',
    ok: 200,
    send: (c, id) => c.post(`/v1/clusters/${id}/pods/default/web/readiness`).send({ ready: true }),
  },
];

describe('REST: owner and role scoping', () => {
  let t: TestApp;
  let room: Classroom;
  const client = (who: Who): Client => room[who];
  const cluster = (owner: Who): string => room.clusters[owner];

  beforeAll(async () => {
    t = await startTestApp({}, { https: true });
    room = await classroom(t, 'rest-scope');
  }, 60_000);
  afterAll(() => t.close());

  // [caller, owner of the cluster]: the caller may not even know the cluster exists.
  const HIDDEN: Array<[Who, Who]> = [
    ['learnerB', 'learnerA'],
    ['learnerA', 'learnerB'],
    ['learnerA', 'admin'],
    ['learnerA', 'instructor'],
  ];
  // The caller may read the cluster but not change it.
  const READ_ONLY: Array<[Who, Who]> = [
    ['instructor', 'learnerA'],
    ['instructor', 'admin'],
  ];
  // The caller may do everything with the cluster.
  const WRITABLE: Array<[Who, Who]> = [
    ['learnerA', 'learnerA'],
    ['instructor', 'instructor'],
    ['admin', 'learnerA'],
    ['admin', 'instructor'],
  ];

  describe.each(HIDDEN)('failing: %s on the cluster of %s', (caller, owner) => {
    it.each([...READS, ...WRITES].map((r) => [r.name, r] as const))(
      '%s answers 404 exactly as an id that does not exist',
      async (_name, route) => {
        const id = cluster(owner);
        const hidden = await route.send(client(caller), id);
        const missing = await route.send(client(caller), MISSING_ID);
        expect(hidden.status).toBe(404);
        expect(missing.status).toBe(404);
        expect(withoutId(hidden.body, id)).toBe(withoutId(missing.body, MISSING_ID));
        expect(hidden.text.split(id).join('<id>')).toBe(
          missing.text.split(MISSING_ID).join('<id>'),
        );
      },
    );
  });

  describe.each([...READ_ONLY, ...WRITABLE])(
    'successful: %s reads the cluster of %s',
    (caller, owner) => {
      it.each(READS.map((r) => [r.name, r] as const))('%s', async (_name, route) => {
        const res = await route.send(client(caller), cluster(owner));
        expect(res.status).toBe(route.ok);
        expect(res.text).not.toContain(`clusters \\"${cluster(owner)}\\" not found`);
        expect(res.text).not.toContain(`clusters "${cluster(owner)}" not found`);
      });
    },
  );

  describe.each(READ_ONLY)('failing: %s cannot change the cluster of %s', (caller, owner) => {
    it.each(WRITES.map((r) => [r.name, r] as const))(
      '%s is 403 Forbidden and writes nothing',
      async (_name, route) => {
        const id = cluster(owner);
        const before = (await room.admin.get(`/v1/clusters/${id}`).expect(200)).body.revision;
        const res = await route.send(client(caller), id);
        expect(res.status).toBe(403);
        expect((res.body as { detail: string }).detail).toBe(
          `clusters "${owner.toLowerCase()}-lab" is forbidden: User "instructor-ines" cannot change this cluster: ` +
            'an instructor key may read this cluster but change only the clusters it created',
        );
        const after = (await room.admin.get(`/v1/clusters/${id}`).expect(200)).body.revision;
        expect(after).toBe(before);
      },
    );
  });

  describe.each(WRITABLE)('successful: %s changes the cluster of %s', (caller, owner) => {
    it('every write route answers as for the owner', async () => {
      for (const route of WRITES) {
        const res = await route.send(client(caller), cluster(owner));
        expect([route.name, res.status]).toEqual([route.name, route.ok]);
      }
    });
  });

  describe('listing', () => {
    const names = async (who: Who) =>
      ((await client(who).get('/v1/clusters').expect(200)).body.items as Array<{ id: string }>).map(
        (c) => c.id,
      );

    it('successful: a learner lists only its own clusters and its attempts’ clusters', async () => {
      expect(await names('learnerA')).toEqual([cluster('learnerA')]);
      expect((await names('learnerB')).sort()).toEqual(
        [cluster('learnerB'), room.attemptB.clusterId].sort(),
      );
    });

    it('successful: instructors and admins list every cluster of the tenant, with its owner', async () => {
      const all = [...Object.values(room.clusters), room.attemptB.clusterId].sort();
      expect((await names('instructor')).sort()).toEqual(all);
      expect((await names('admin')).sort()).toEqual(all);
      const listed = (await room.admin.get('/v1/clusters').expect(200)).body.items as Array<{
        id: string;
        ownerKeyId: string;
      }>;
      expect(listed.find((c) => c.id === room.attemptB.clusterId)?.ownerKeyId).toBe(
        room.keyIds.learnerB,
      );
    });
  });

  describe('deleting clusters', () => {
    it('failing: a learner cannot delete the admin’s cluster or another attempt (404), an instructor cannot delete a learner’s (403)', async () => {
      const adminMissing = await room.learnerA.delete(`/v1/clusters/${MISSING_ID}`);
      const adminHidden = await room.learnerA.delete(`/v1/clusters/${cluster('admin')}`);
      expect(adminHidden.status).toBe(404);
      expect(withoutId(adminHidden.body, cluster('admin'))).toBe(
        withoutId(adminMissing.body, MISSING_ID),
      );
      await room.learnerA.delete(`/v1/clusters/${room.attemptB.clusterId}`).expect(404);
      const refused = await room.instructor.delete(`/v1/clusters/${cluster('learnerA')}`);
      expect(refused.status).toBe(403);
      expect(refused.body.detail).toContain('cannot delete this cluster');
      await room.admin.get(`/v1/clusters/${cluster('admin')}`).expect(200);
      await room.admin.get(`/v1/clusters/${cluster('learnerA')}`).expect(200);
      await room.admin.get(`/v1/clusters/${room.attemptB.clusterId}`).expect(200);
    });

    it('successful: a learner deletes its own cluster, an admin anyone’s', async () => {
      const own = await room.learnerA
        .post('/v1/clusters')
        .send({ name: 'throwaway-a' })
        .expect(201);
      await room.learnerA.delete(`/v1/clusters/${own.body.id}`).expect(204);
      const other = await room.learnerB
        .post('/v1/clusters')
        .send({ name: 'throwaway-b' })
        .expect(201);
      await room.admin.delete(`/v1/clusters/${other.body.id}`).expect(204);
      await room.learnerB.get(`/v1/clusters/${other.body.id}`).expect(404);
    });
  });

  describe('attempts', () => {
    it('failing: learner A cannot grade, read or change learner B’s attempt, so B’s grade stays 0', async () => {
      const { id, clusterId } = room.attemptB;
      const missing = await room.learnerA.post(`/v1/attempts/${MISSING_ID}/grade`);
      const hidden = await room.learnerA.post(`/v1/attempts/${id}/grade`);
      expect(hidden.status).toBe(404);
      expect(withoutId(hidden.body, id)).toBe(withoutId(missing.body, MISSING_ID));
      await room.learnerA.get(`/v1/attempts/${id}`).expect(404);
      await room.learnerA
        .post(`/v1/clusters/${clusterId}/apply`)
        .type('application/yaml')
        .send(EXPOSE_WEB_SOLUTION)
        .expect(404);
      const own = (await room.learnerB.post(`/v1/attempts/${id}/grade`).expect(200)).body;
      expect(own).toMatchObject({ score: 0, maxScore: 2 });
      const listed = (await room.learnerA.get('/v1/attempts').expect(200)).body.items;
      expect(listed).toEqual([]);
      const filtered = await room.learnerA.get(`/v1/attempts?learner=${room.keyIds.learnerB}`);
      expect(filtered.body.items).toEqual([]);
    });

    it('successful: the instructor reads and grades B’s attempt but cannot change its cluster; B can', async () => {
      const { id, clusterId } = room.attemptB;
      const listed = (await room.instructor.get('/v1/attempts').expect(200)).body.items;
      expect(listed.map((a: { id: string }) => a.id)).toContain(id);
      await room.instructor.get(`/v1/attempts/${id}`).expect(200);
      await room.instructor
        .post(`/v1/clusters/${clusterId}/apply`)
        .type('application/yaml')
        .send(EXPOSE_WEB_SOLUTION)
        .expect(403);
      expect((await room.instructor.post(`/v1/attempts/${id}/grade`).expect(200)).body.score).toBe(
        0,
      );
      await room.learnerB
        .post(`/v1/clusters/${clusterId}/apply`)
        .type('application/yaml')
        .send(EXPOSE_WEB_SOLUTION)
        .expect(200);
      expect((await room.learnerB.post(`/v1/attempts/${id}/grade`).expect(200)).body.score).toBe(2);
      expect((await room.admin.post(`/v1/attempts/${id}/grade`).expect(200)).body.score).toBe(2);
    });
  });
});
