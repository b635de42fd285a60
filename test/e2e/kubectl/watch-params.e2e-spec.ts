import request from 'supertest';
import { as, startTestApp, type TestApp } from '../../support/app';

/** Watch parameters are checked as the API server checks them, before anything streams. */
describe('watch parameters on the Kubernetes facade', () => {
  let t: TestApp;
  let key: string;
  let services: string;

  beforeAll(async () => {
    t = await startTestApp();
    key = (await t.newTenant('watch-params')).adminKey;
    const cluster = await as(t.http, key).post('/v1/clusters').send({ name: 'w' }).expect(201);
    services = `/v1/clusters/${cluster.body.id}/k8s/api/v1/namespaces/default/services`;
  });
  afterAll(() => t.close());

  const watch = (query: string) =>
    request(t.http).get(`${services}?watch=true&${query}`).set('Authorization', `Bearer ${key}`);

  it('failing: a timeoutSeconds that is not an integer is a 400 Status with strconv’s words', async () => {
    const res = await watch('timeoutSeconds=abc').expect(400);
    expect(res.body).toMatchObject({
      kind: 'Status',
      reason: 'BadRequest',
      code: 400,
      message: 'strconv.ParseInt: parsing "abc": invalid syntax',
    });
    const fraction = await watch('timeoutSeconds=1.5').expect(400);
    expect(fraction.body.message).toBe('strconv.ParseInt: parsing "1.5": invalid syntax');
  });

  it('failing: a negative timeoutSeconds is refused, not turned into a 5-minute watch', async () => {
    const res = await watch('timeoutSeconds=-1').expect(400);
    expect(res.body.message).toBe(
      'timeoutSeconds: Invalid value: -1: must be greater than or equal to 0',
    );
  });

  it('failing: a resourceVersion that is not a number is refused with upstream’s field error', async () => {
    const res = await watch('resourceVersion=latest').expect(400);
    expect(res.body.message).toBe(
      'resourceVersion: Invalid value: "latest": strconv.ParseUint: parsing "latest": invalid syntax',
    );
    expect(res.body.details.causes[0].field).toBe('resourceVersion');
  });

  it('successful: a valid watch with bookmarks allowed streams and ends after its timeout', async () => {
    const res = await watch('timeoutSeconds=1&allowWatchBookmarks=true&resourceVersion=0').expect(
      200,
    );
    const events = res.text
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as { type: string });
    expect(events.length).toBeGreaterThan(0);
    expect(events.every((e) => e.type === 'ADDED')).toBe(true);
  });
});
