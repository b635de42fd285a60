import request from 'supertest';
import { as, startTestApp, type TestApp } from '../../support/app';

jest.setTimeout(60_000);

/** /metrics for Prometheus and the request id every answer carries. */
describe('observability', () => {
  let t: TestApp;
  let key: string;
  let clusterId: string;

  beforeAll(async () => {
    t = await startTestApp();
    key = (await t.newTenant('metrics')).adminKey;
    clusterId = (await as(t.http, key).post('/v1/clusters').send({ name: 'm' }).expect(201)).body
      .id;
  });
  afterAll(() => t.close());

  it('successful: /metrics counts requests by route template and status, never by raw URL', async () => {
    await as(t.http, key).get(`/v1/clusters/${clusterId}`).expect(200);
    await as(t.http, key).get(`/v1/clusters/${clusterId}/dns?name=kubernetes`).expect(200);
    await as(t.http, key).get(`/v1/clusters/${clusterId}/dns?name=kubernetes`).expect(200);
    await request(t.http).get('/no/such/route').expect(404);
    await request(t.http).get(`/v1/clusters/${clusterId}/dns`).expect(401);
    const res = await request(t.http).get('/metrics').expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain/);
    expect(res.text).toContain(
      'http_requests_total{method="GET",route="/v1/clusters/:id",status="200"} 1',
    );
    expect(res.text).toContain(
      'http_requests_total{method="GET",route="/v1/clusters/:id/dns",status="200"} 2',
    );
    expect(res.text).toContain('route="unmatched",status="404"');
    expect(res.text).toContain(
      'http_requests_total{method="GET",route="/v1/clusters/:id/dns",status="401"} 1',
    );
    expect(res.text).not.toContain(clusterId);
    expect(res.text).toMatch(/http_request_duration_seconds_bucket\{le="0.005",method="GET"/);
    expect(res.text).toContain('kns_change_notifier_connected 1');
    expect(res.text).toMatch(/kns_cluster_reads_total\{served="notified"\} [1-9]/);
    expect(res.text).toMatch(/kns_simulation_cache_total\{result="hit"\} [1-9]/);
    expect(res.text).toContain('kns_open_watches 0');
    expect(res.text).toMatch(/kns_db_pool_connections\{state="total"\} \d+/);
  });

  it('successful: every answer carries a request id, the caller’s when it sent a sane one', async () => {
    const fresh = await request(t.http).get('/healthz').expect(200);
    expect(fresh.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const given = await request(t.http).get('/healthz').set('X-Request-Id', 'lab-42').expect(200);
    expect(given.headers['x-request-id']).toBe('lab-42');
    const hostile = await request(t.http)
      .get('/healthz')
      .set('X-Request-Id', 'x'.repeat(500))
      .expect(200);
    expect(hostile.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });
});
