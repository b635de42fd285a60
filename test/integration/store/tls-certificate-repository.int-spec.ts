import { randomBytes } from 'node:crypto';
import { createPrismaClient, TlsCertificateRepository, type Db } from '@app/store';

/** The HTTPS listener's shared certificates: first insert wins, replacement is compare-and-set. */
describe('TlsCertificateRepository on PostgreSQL', () => {
  let db: Db;
  let repo: TlsCertificateRepository;
  const certs = (tag: string) => ({
    caCert: `ca-${tag}`,
    caKey: `ca-key-${tag}`,
    cert: `cert-${tag}`,
    key: `key-${tag}`,
    hosts: ['localhost', tag],
  });
  const name = () => `listener-${randomBytes(4).toString('hex')}`;

  beforeAll(() => {
    db = createPrismaClient(process.env.TEST_DATABASE_URL!);
    repo = new TlsCertificateRepository(db);
  });
  afterAll(() => db.$disconnect());

  it('successful: replicas inserting at once all get the one row that won', async () => {
    const listener = name();
    expect(await repo.find(listener)).toBeNull();
    const results = await Promise.all(
      ['a', 'b', 'c', 'd'].map((tag) => repo.insertIfAbsent(listener, certs(tag))),
    );
    expect(new Set(results.map((r) => r.caCert)).size).toBe(1);
    expect(await repo.find(listener)).toEqual(results[0]);
  });

  it('failing: a replacement computed from a stale serving cert leaves the newer one in place', async () => {
    const listener = name();
    const stored = await repo.insertIfAbsent(listener, certs('one'));
    const next = await repo.replaceServing(listener, stored.cert, {
      cert: 'cert-two',
      key: 'key-two',
      hosts: ['two'],
    });
    expect(next).toMatchObject({ caCert: 'ca-one', cert: 'cert-two', hosts: ['two'] });
    const stale = await repo.replaceServing(listener, stored.cert, {
      cert: 'cert-three',
      key: 'key-three',
      hosts: ['three'],
    });
    expect(stale.cert).toBe('cert-two');
  });
});
