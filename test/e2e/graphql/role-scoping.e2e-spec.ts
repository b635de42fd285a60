import { startTestApp, type TestApp } from '../../support/app';
import { classroom, MISSING_ID, withoutId, type Classroom } from '../../support/as-role';

type Who = 'admin' | 'instructor' | 'learnerA' | 'learnerB';

interface Operation {
  name: string;
  query: string;
  variables: (id: string) => Record<string, unknown>;
}

const SCRATCH =
  'apiVersion: v1\nkind: Namespace\nmetadata: { name: scratch }\n---\n' +
  'apiVersion: v1\nkind: Service\nmetadata: { name: tmp, namespace: scratch }\n' +
  'spec: { ports: [{ port: 80 }] }\n';

const READS: Operation[] = [
  {
    name: 'cluster(id) with objects',
    query:
      'query($id: ID!) { cluster(id: $id) { id name ownerKeyId objects(kind: "Pod") { name } } }',
    variables: (id) => ({ id }),
  },
];

// Every mutation that changes a cluster, in an order that leaves it as it was.
const WRITES: Operation[] = [
  {
    name: 'applyManifests',
    query:
      'mutation($id: ID!, $m: String!) { applyManifests(clusterId: $id, manifests: $m) { results { name action } } }',
    variables: (id) => ({ id, m: SCRATCH }),
  },
  {
    name: 'deleteService',
    query:
      'mutation($id: ID!) { deleteService(clusterId: $id, name: "tmp", namespace: "scratch") }',
    variables: (id) => ({ id }),
  },
  {
    name: 'deleteObject',
    query:
      'mutation($id: ID!) { deleteObject(clusterId: $id, kind: "Namespace", name: "scratch") { results { name } } }',
    variables: (id) => ({ id }),
  },
  {
    name: 'setPodReadiness',
    query:
      'mutation($id: ID!) { setPodReadiness(clusterId: $id, name: "web", ready: true) { name } }',
    variables: (id) => ({ id }),
  },
];

const DELETE_CLUSTER = 'mutation($id: ID!) { deleteCluster(id: $id) }';

describe('GraphQL: owner and role scoping', () => {
  let t: TestApp;
  let room: Classroom;
  const gql = (who: Who, op: Operation, id: string) =>
    room[who].graphql(op.query, op.variables(id)).expect(200);

  beforeAll(async () => {
    t = await startTestApp();
    room = await classroom(t, 'gql-scope');
  }, 60_000);
  afterAll(() => t.close());

  describe.each([
    ['learnerB', 'learnerA'],
    ['learnerA', 'admin'],
    ['learnerA', 'instructor'],
  ] as Array<[Who, Who]>)('failing: %s on the cluster of %s', (caller, owner) => {
    it.each([...READS, ...WRITES].map((o) => [o.name, o] as const))(
      '%s answers NotFound exactly as an id that does not exist',
      async (_name, op) => {
        const id = room.clusters[owner];
        const hidden = (await gql(caller, op, id)).body;
        const missing = (await gql(caller, op, MISSING_ID)).body;
        expect(hidden.errors[0].extensions.code).toBe('NotFound');
        expect(withoutId(hidden, id)).toBe(withoutId(missing, MISSING_ID));
      },
    );

    it('deleteCluster answers NotFound and the cluster stays', async () => {
      const op = {
        name: 'deleteCluster',
        query: DELETE_CLUSTER,
        variables: (id: string) => ({ id }),
      };
      const id = room.clusters[owner];
      const hidden = (await gql(caller, op, id)).body;
      const missing = (await gql(caller, op, MISSING_ID)).body;
      expect(withoutId(hidden, id)).toBe(withoutId(missing, MISSING_ID));
      await room.admin.get(`/v1/clusters/${id}`).expect(200);
    });
  });

  it('successful: clusters lists only what the caller may see', async () => {
    const ids = async (who: Who) =>
      (
        (await room[who].graphql('{ clusters { id } }').expect(200)).body.data.clusters as Array<{
          id: string;
        }>
      )
        .map((c) => c.id)
        .sort();
    expect(await ids('learnerA')).toEqual([room.clusters.learnerA]);
    const all = [...Object.values(room.clusters), room.attemptB.clusterId].sort();
    expect(await ids('instructor')).toEqual(all);
    expect(await ids('admin')).toEqual(all);
  });

  describe('the instructor on learner A’s cluster', () => {
    it('successful: reads it', async () => {
      const res = (await gql('instructor', READS[0], room.clusters.learnerA)).body;
      expect(res.errors).toBeUndefined();
      expect(res.data.cluster.ownerKeyId).toBe(room.keyIds.learnerA);
      expect(res.data.cluster.objects).toContainEqual({ name: 'web' });
    });

    it.each([
      ...WRITES.map((o) => [o.name, o] as const),
      [
        'deleteCluster',
        { name: 'deleteCluster', query: DELETE_CLUSTER, variables: (id: string) => ({ id }) },
      ] as const,
    ])('failing: %s is Forbidden (403)', async (_name, op) => {
      const res = (await gql('instructor', op, room.clusters.learnerA)).body;
      expect(res.errors[0].extensions).toMatchObject({ code: 'Forbidden', status: 403 });
      expect(res.errors[0].message).toContain('User "instructor-ines" cannot');
    });
  });

  it('successful: the admin runs every mutation on learner A’s cluster, the owner too', async () => {
    for (const who of ['admin', 'learnerA'] as const) {
      for (const op of WRITES) {
        const res = (await gql(who, op, room.clusters.learnerA)).body;
        expect([who, op.name, res.errors]).toEqual([who, op.name, undefined]);
      }
    }
  });

  it('failing: learner A cannot grade learner B’s attempt; successful: the instructor can', async () => {
    const grade = 'mutation($id: ID!) { gradeAttempt(id: $id) { score maxScore } }';
    const hidden = (await room.learnerA.graphql(grade, { id: room.attemptB.id }).expect(200)).body;
    const missing = (await room.learnerA.graphql(grade, { id: MISSING_ID }).expect(200)).body;
    expect(hidden.errors[0].extensions.code).toBe('NotFound');
    expect(withoutId(hidden, room.attemptB.id)).toBe(withoutId(missing, MISSING_ID));
    const attempts = (await room.learnerA.graphql('{ attempts { id } }').expect(200)).body;
    expect(attempts.data.attempts).toEqual([]);
    const graded = (await room.instructor.graphql(grade, { id: room.attemptB.id }).expect(200))
      .body;
    expect(graded.data.gradeAttempt).toEqual({ score: 0, maxScore: 2 });
  });
});
