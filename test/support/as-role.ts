import { as, type TestApp } from './app';

/** A Pod, a Service selecting it and a NetworkPolicy: enough for every read route to answer 200. */
export const SEED = `apiVersion: v1
kind: Pod
metadata: { name: web, namespace: default, labels: { app: web } }
spec: { containers: [{ name: web, image: nginx, ports: [{ containerPort: 80 }] }] }
---
apiVersion: v1
kind: Service
metadata: { name: web, namespace: default }
spec: { selector: { app: web }, ports: [{ port: 80 }] }
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: { name: deny, namespace: default }
spec: { podSelector: {}, policyTypes: [Ingress] }
`;

/** A custom exercise worth 2 points: a Service named web must select the seeded Pod. */
export const EXPOSE_WEB = `apiVersion: sandbox.kns.dev/v1
kind: Exercise
slug: expose-web
title: Expose the web Pod
instructions: Create a Service named web that selects the Pod labelled app=web on port 80.
difficulty: beginner
setup:
  manifests: |
    apiVersion: v1
    kind: Pod
    metadata: { name: web, labels: { app: web } }
    spec: { containers: [{ name: web, image: nginx, ports: [{ containerPort: 80 }] }] }
checks:
  - id: has-endpoint
    description: The web Service has one endpoint
    points: 2
    hint: The Service's selector must match the Pod's labels.
    kind: endpoints
    service: default/web
    expect: { count: 1 }
`;

export const EXPOSE_WEB_SOLUTION = `apiVersion: v1
kind: Service
metadata: { name: web }
spec: { selector: { app: web }, ports: [{ port: 80 }] }
`;

type Client = ReturnType<typeof as>;

export interface Classroom {
  tenantId: string;
  keys: { admin: string; instructor: string; learnerA: string; learnerB: string };
  admin: Client;
  instructor: Client;
  learnerA: Client;
  learnerB: Client;
  /** Key ids, as the API lists them (and as clusters name their owner). */
  keyIds: { admin: string; instructor: string; learnerA: string; learnerB: string };
  /** Clusters created by each principal, seeded with SEED. */
  clusters: { admin: string; instructor: string; learnerA: string; learnerB: string };
  /** Learner B's attempt at EXPOSE_WEB and its cluster. */
  attemptB: { id: string; clusterId: string };
}

/**
 * One tenant as a class uses it: an admin, an instructor and two learners, each with a key
 * named after it and a seeded cluster of its own, and learner B's attempt at an exercise.
 */
export async function classroom(t: TestApp, prefix = 'class'): Promise<Classroom> {
  const tenant = await t.newTenant(prefix);
  const admin = as(t.http, tenant.adminKey);
  const make = async (name: string, role: string) => {
    const res = await admin.post('/v1/api-keys').send({ name, role }).expect(201);
    return res.body as { id: string; key: string };
  };
  const instructorKey = await make('instructor-ines', 'instructor');
  const learnerAKey = await make('learner-ana', 'learner');
  const learnerBKey = await make('learner-ben', 'learner');
  const adminId = (await admin.get('/v1/api-keys').expect(200)).body.items.find(
    (k: { name: string }) => k.name === 'admin',
  ).id;
  const clients = {
    admin,
    instructor: as(t.http, instructorKey.key),
    learnerA: as(t.http, learnerAKey.key),
    learnerB: as(t.http, learnerBKey.key),
  };
  const clusters = {} as Classroom['clusters'];
  for (const who of ['admin', 'instructor', 'learnerA', 'learnerB'] as const) {
    const created = await clients[who]
      .post('/v1/clusters')
      .send({ name: `${who.toLowerCase()}-lab` })
      .expect(201);
    clusters[who] = created.body.id;
    await clients[who]
      .post(`/v1/clusters/${created.body.id}/apply`)
      .type('application/yaml')
      .send(SEED)
      .expect(200);
  }
  await clients.instructor
    .post('/v1/exercises')
    .type('application/yaml')
    .send(EXPOSE_WEB)
    .expect(201);
  const started = await clients.learnerB.post('/v1/exercises/expose-web/attempts').expect(201);
  return {
    tenantId: tenant.id,
    keys: {
      admin: tenant.adminKey,
      instructor: instructorKey.key,
      learnerA: learnerAKey.key,
      learnerB: learnerBKey.key,
    },
    ...clients,
    keyIds: {
      admin: adminId,
      instructor: instructorKey.id,
      learnerA: learnerAKey.id,
      learnerB: learnerBKey.id,
    },
    clusters,
    attemptB: { id: started.body.attempt.id, clusterId: started.body.clusterId },
  };
}

/** A response body with one id replaced, to compare "hidden" with "does not exist". */
export const withoutId = (body: unknown, id: string): string =>
  JSON.stringify(body).split(id).join('<id>');

/** A well-formed id that names no cluster. */
export const MISSING_ID = '00000000-0000-4000-8000-00000000dead';
