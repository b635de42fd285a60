import { Client } from 'pg';
import request from 'supertest';
import { as, startTestApp, type TestApp } from '../../support/app';

// API keys over their life: expiry, rotation, revocation, cheap lastUsedAt, the last admin key
// under concurrent deletes, and the per-key cluster quota under concurrent creates.
describe('API key lifecycle and per-principal quotas', () => {
  let t: TestApp;
  let sql: Client;

  const newKey = async (admin: ReturnType<typeof as>, body: Record<string, unknown>) =>
    (await admin.post('/v1/api-keys').send(body).expect(201)).body as {
      id: string;
      key: string;
      expiresAt: string | null;
    };
  const lastUsed = async (id: string): Promise<Date | null> =>
    (await sql.query('SELECT last_used_at FROM api_keys WHERE id = $1', [id])).rows[0].last_used_at;

  beforeAll(async () => {
    // Time is moved in the database here, which a per-process key cache cannot see (the cache
    // itself, expiry included, is covered by libs/store's cached-authenticator spec).
    t = await startTestApp({ MAX_CLUSTERS_PER_PRINCIPAL: '3', API_KEY_CACHE_SECONDS: '0' });
    sql = new Client({ connectionString: process.env.TEST_DATABASE_URL });
    await sql.connect();
  });
  afterAll(async () => {
    await sql.end();
    await t.close();
  });

  describe('expiry', () => {
    it('successful: a key with a future expiresAt works and lists its expiry', async () => {
      const admin = as(t.http, (await t.newTenant('expiry')).adminKey);
      const expiresAt = new Date(Date.now() + 3_600_000).toISOString();
      const created = await newKey(admin, { name: 'lab', role: 'learner', expiresAt });
      expect(created.expiresAt).toBe(expiresAt);
      await as(t.http, created.key).get('/v1/clusters').expect(200);
      const listed = (await admin.get('/v1/api-keys').expect(200)).body.items;
      expect(listed.find((k: { id: string }) => k.id === created.id).expiresAt).toBe(expiresAt);
    });

    it('failing: once expired, the key is a 401 "the API key has expired" everywhere', async () => {
      const tenant = await t.newTenant('expired');
      const admin = as(t.http, tenant.adminKey);
      const expiresAt = new Date(Date.now() + 3_600_000).toISOString();
      const created = await newKey(admin, { name: 'lab', role: 'learner', expiresAt });
      const cluster = await as(t.http, created.key)
        .post('/v1/clusters')
        .send({ name: 'c' })
        .expect(201);
      // Time passes (in the database, not by sleeping).
      await sql.query(
        `UPDATE api_keys SET expires_at = now() - interval '1 second' WHERE id = $1`,
        [created.id],
      );
      const rest = await as(t.http, created.key).get('/v1/clusters').expect(401);
      expect(rest.body.detail).toBe('the API key has expired');
      const gql = await as(t.http, created.key).graphql('{ clusters { id } }');
      expect(JSON.stringify(gql.body)).toContain('the API key has expired');
      const facade = await request(t.http)
        .get(`/v1/clusters/${cluster.body.id}/k8s/api/v1/pods`)
        .set('Authorization', `Bearer ${created.key}`)
        .expect(401);
      expect(facade.body).toMatchObject({ kind: 'Status', reason: 'Unauthorized', code: 401 });
    });

    it.each([
      ['a date in the past', '2020-01-01T00:00:00Z', 'must be in the future'],
      ['not a date', 'next tuesday', 'must be an RFC 3339 date-time'],
      ['a number', 1767225600, 'must be an RFC 3339 date-time'],
    ])('failing: expiresAt as %s is a 422 on the field', async (_what, expiresAt, message) => {
      const admin = as(t.http, (await t.newTenant('bad-expiry')).adminKey);
      const res = await admin
        .post('/v1/api-keys')
        .send({ name: 'x', role: 'learner', expiresAt })
        .expect(422);
      expect(res.body.errors).toEqual([
        { field: 'expiresAt', message: expect.stringContaining(message) },
      ]);
    });
  });

  describe('rotation', () => {
    it('successful: a new secret works at once, the old one is a 401 at once, and the key keeps its clusters', async () => {
      const admin = as(t.http, (await t.newTenant('rotate')).adminKey);
      const created = await newKey(admin, { name: 'ana', role: 'learner' });
      const cluster = await as(t.http, created.key)
        .post('/v1/clusters')
        .send({ name: 'mine' })
        .expect(201);
      const rotated = (await admin.post(`/v1/api-keys/${created.id}/rotate`).expect(200)).body;
      expect(rotated).toMatchObject({ id: created.id, name: 'ana', role: 'learner' });
      expect(rotated.key).not.toBe(created.key);
      const old = await as(t.http, created.key).get('/v1/clusters').expect(401);
      expect(old.body.detail).toBe('the API key is not valid');
      const mine = (await as(t.http, rotated.key).get('/v1/clusters').expect(200)).body.items;
      expect(mine.map((c: { id: string }) => c.id)).toEqual([cluster.body.id]);
    });

    it('successful: rotation can set a new expiry or clear it', async () => {
      const admin = as(t.http, (await t.newTenant('rotate-expiry')).adminKey);
      const soon = new Date(Date.now() + 60_000).toISOString();
      const created = await newKey(admin, { name: 'k', role: 'learner', expiresAt: soon });
      const later = new Date(Date.now() + 86_400_000).toISOString();
      const kept = (await admin.post(`/v1/api-keys/${created.id}/rotate`).expect(200)).body;
      expect(kept.expiresAt).toBe(soon);
      const moved = await admin
        .post(`/v1/api-keys/${created.id}/rotate`)
        .send({ expiresAt: later });
      expect(moved.body.expiresAt).toBe(later);
      const cleared = await admin
        .post(`/v1/api-keys/${created.id}/rotate`)
        .send({ expiresAt: null });
      expect(cleared.body.expiresAt).toBeNull();
    });

    it('failing: unknown ids are 404, other tenants’ keys too, and learners cannot rotate', async () => {
      const tenant = await t.newTenant('rotate-refused');
      const admin = as(t.http, tenant.adminKey);
      await admin.post('/v1/api-keys/00000000-0000-4000-8000-000000000000/rotate').expect(404);
      await admin.post('/v1/api-keys/not-a-uuid/rotate').expect(404);
      const other = as(t.http, (await t.newTenant('rotate-other')).adminKey);
      const foreign = await newKey(other, { name: 'f', role: 'learner' });
      await admin.post(`/v1/api-keys/${foreign.id}/rotate`).expect(404);
      await as(t.http, foreign.key).get('/v1/clusters').expect(200);
      const learner = await tenant.keyFor('learner');
      await as(t.http, learner).post(`/v1/api-keys/${foreign.id}/rotate`).expect(403);
    });
  });

  describe('revocation and lastUsedAt', () => {
    it('successful: a deleted key is a 401 on its very next request; its clusters fall to the admins', async () => {
      const admin = as(t.http, (await t.newTenant('revoke')).adminKey);
      const created = await newKey(admin, { name: 'gone', role: 'learner' });
      const cluster = await as(t.http, created.key)
        .post('/v1/clusters')
        .send({ name: 'left' })
        .expect(201);
      await as(t.http, created.key).get('/v1/clusters').expect(200);
      await admin.delete(`/v1/api-keys/${created.id}`).expect(204);
      await as(t.http, created.key).get('/v1/clusters').expect(401);
      const orphan = await admin.get(`/v1/clusters/${cluster.body.id}`).expect(200);
      expect(orphan.body.ownerKeyId).toBeNull();
    });

    it('successful: lastUsedAt is written once a minute per key, not once per request', async () => {
      const admin = as(t.http, (await t.newTenant('last-used')).adminKey);
      const created = await newKey(admin, { name: 'busy', role: 'learner' });
      expect(await lastUsed(created.id)).toBeNull();
      await as(t.http, created.key).get('/v1/clusters').expect(200);
      const first = await lastUsed(created.id);
      expect(first).toBeInstanceOf(Date);
      for (let i = 0; i < 5; i++) await as(t.http, created.key).get('/v1/clusters').expect(200);
      expect(await lastUsed(created.id)).toEqual(first);
      // A minute later (moved back in the database), the next request records the use again.
      await sql.query(
        `UPDATE api_keys SET last_used_at = now() - interval '61 seconds' WHERE id = $1`,
        [created.id],
      );
      const stale = await lastUsed(created.id);
      await as(t.http, created.key).get('/v1/clusters').expect(200);
      expect((await lastUsed(created.id))!.getTime()).toBeGreaterThan(stale!.getTime());
    });
  });

  describe('the last admin key', () => {
    it('failing: two admins deleting each other at once leave exactly one admin key (10 trials)', async () => {
      for (let trial = 0; trial < 10; trial++) {
        const tenant = await t.newTenant('admins');
        const first = as(t.http, tenant.adminKey);
        const second = await newKey(first, { name: 'admin-2', role: 'admin' });
        const firstId = (await first.get('/v1/api-keys').expect(200)).body.items.find(
          (k: { name: string }) => k.name === 'admin',
        ).id;
        const outcomes = await Promise.all([
          first.delete(`/v1/api-keys/${second.id}`),
          as(t.http, second.key).delete(`/v1/api-keys/${firstId}`),
        ]);
        const statuses = outcomes.map((r) => r.status).sort();
        // One wins; the other is refused (409), or its key is already gone (401).
        expect(statuses[0]).toBe(204);
        expect([401, 409]).toContain(statuses[1]);
        const { rows } = await sql.query(
          `SELECT count(*)::int AS n FROM api_keys WHERE tenant_id = $1 AND role = 'admin'`,
          [tenant.id],
        );
        expect(rows[0].n).toBe(1);
      }
    });

    it('failing: an admin cannot delete itself as the last working admin; an expired admin key does not count', async () => {
      const tenant = await t.newTenant('self');
      const admin = as(t.http, tenant.adminKey);
      const spare = await newKey(admin, {
        name: 'spare',
        role: 'admin',
        expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
      });
      await sql.query(
        `UPDATE api_keys SET expires_at = now() - interval '1 second' WHERE id = $1`,
        [spare.id],
      );
      const selfId = (await admin.get('/v1/api-keys').expect(200)).body.items.find(
        (k: { name: string }) => k.name === 'admin',
      ).id;
      const refused = await admin.delete(`/v1/api-keys/${selfId}`).expect(409);
      expect(refused.body.detail).toContain('last admin key');
      await admin.delete(`/v1/api-keys/${spare.id}`).expect(204);
      await admin.get('/v1/api-keys').expect(200);
    });
  });

  describe('clusters per key (MAX_CLUSTERS_PER_PRINCIPAL=3)', () => {
    it('failing: 8 concurrent creates by one learner make exactly 3 clusters; the rest are 429', async () => {
      const tenant = await t.newTenant('quota');
      const learner = as(t.http, await tenant.keyFor('learner'));
      const results = await Promise.all(
        Array.from({ length: 8 }, (_, i) => learner.post('/v1/clusters').send({ name: `c${i}` })),
      );
      const statuses = results.map((r) => r.status).sort();
      expect(statuses).toEqual([201, 201, 201, 429, 429, 429, 429, 429]);
      const refused = results.find((r) => r.status === 429)!;
      expect(refused.body.detail).toBe(
        'cluster quota exceeded: your key "learner-key" already has 3 clusters (limit 3 per key); delete one first',
      );
      expect((await learner.get('/v1/clusters').expect(200)).body.items).toHaveLength(3);

      // Another learner has its own allowance, and admins only the tenant's.
      const other = as(t.http, await tenant.keyFor('learner'));
      await other.post('/v1/clusters').send({ name: 'other' }).expect(201);
      const admin = as(t.http, tenant.adminKey);
      for (let i = 0; i < 4; i++)
        await admin
          .post('/v1/clusters')
          .send({ name: `a${i}` })
          .expect(201);

      // Deleting one frees a place; starting an attempt counts like any cluster.
      const mine = (await learner.get('/v1/clusters').expect(200)).body.items;
      await learner.delete(`/v1/clusters/${mine[0].id}`).expect(204);
      await learner.post('/v1/exercises/endpoints-readiness/attempts').expect(201);
      await learner.post('/v1/exercises/endpoints-readiness/attempts').expect(429);
    });
  });
});
