import type { Db } from '../prisma-client';

/** A CA (with its key, to issue serving certificates for new hosts) and the serving pair. */
export interface StoredCertificates {
  caCert: string;
  caKey: string;
  cert: string;
  key: string;
  hosts: string[];
}

/**
 * The HTTPS listener's certificates, one row per listener name, shared by every replica. Rows
 * are only ever inserted if absent or replaced if unchanged since read, so replicas starting
 * at once all end up serving the same chain.
 */
export class TlsCertificateRepository {
  constructor(private readonly db: Db) {}

  async find(name: string): Promise<StoredCertificates | null> {
    const row = await this.db.tlsCertificate.findUnique({ where: { name } });
    return row ? toStored(row) : null;
  }

  /** Inserts unless another process did first; returns whichever row won. */
  async insertIfAbsent(name: string, certs: StoredCertificates): Promise<StoredCertificates> {
    await this.db.$executeRaw`
      INSERT INTO tls_certificates (name, ca_cert, ca_key, cert, key, hosts)
      VALUES (${name}, ${certs.caCert}, ${certs.caKey}, ${certs.cert}, ${certs.key}, ${certs.hosts}::text[])
      ON CONFLICT (name) DO NOTHING`;
    return (await this.find(name)) as StoredCertificates;
  }

  /**
   * Replaces the serving pair if the row still holds `expectedCert` (compare-and-set, the CA is
   * kept); returns the row as it is afterwards, someone else's replacement included.
   */
  async replaceServing(
    name: string,
    expectedCert: string,
    next: Pick<StoredCertificates, 'cert' | 'key' | 'hosts'>,
  ): Promise<StoredCertificates> {
    await this.db.tlsCertificate.updateMany({
      where: { name, cert: expectedCert },
      data: { cert: next.cert, key: next.key, hosts: next.hosts, updatedAt: new Date() },
    });
    return (await this.find(name)) as StoredCertificates;
  }
}

function toStored(row: StoredCertificates): StoredCertificates {
  return {
    caCert: row.caCert,
    caKey: row.caKey,
    cert: row.cert,
    key: row.key,
    hosts: row.hosts,
  };
}
