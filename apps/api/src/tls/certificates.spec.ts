import { X509Certificate } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { StoredCertificates } from '@app/store';
import { issueCertificates, loadOrCreateCertificates, type CertificateStore } from './certificates';

describe('service certificates', () => {
  it('issues a CA and a serving certificate it signed, valid for the requested names and IPs', () => {
    const certs = issueCertificates(['localhost', '127.0.0.1', 'sandbox.example']);
    const ca = new X509Certificate(certs.caCert);
    const leaf = new X509Certificate(certs.cert);
    expect(ca.ca).toBe(true);
    expect(leaf.ca).toBe(false);
    expect(leaf.verify(ca.publicKey)).toBe(true);
    expect(leaf.checkHost('sandbox.example')).toBe('sandbox.example');
    expect(leaf.checkIP('127.0.0.1')).toBe('127.0.0.1');
    expect(leaf.checkHost('elsewhere.example')).toBeUndefined();
  });

  it('shares one chain: replicas starting at once both serve what the first insert stored', async () => {
    const store = memoryStore();
    const [a, b] = await Promise.all([
      loadOrCreateCertificates({ hosts: ['localhost'], store }),
      loadOrCreateCertificates({ hosts: ['localhost'], store }),
    ]);
    expect(b).toEqual(a);
    expect(await loadOrCreateCertificates({ hosts: ['localhost'], store })).toEqual(a);
  });

  it('re-issues the serving certificate from the same CA when a replica needs another host', async () => {
    const store = memoryStore();
    const first = await loadOrCreateCertificates({ hosts: ['localhost'], store });
    const wider = await loadOrCreateCertificates({ hosts: ['lab.example'], store });
    expect(wider.caCert).toBe(first.caCert);
    expect(wider.cert).not.toBe(first.cert);
    const leaf = new X509Certificate(wider.cert);
    expect(leaf.verify(new X509Certificate(first.caCert).publicKey)).toBe(true);
    // The union: the first replica's host stays covered.
    expect(leaf.checkHost('localhost')).toBe('localhost');
    expect(leaf.checkHost('lab.example')).toBe('lab.example');
  });

  it('serves configured files instead of the stored chain', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kns-tls-'));
    try {
      const issued = issueCertificates(['localhost']);
      const files = { cert: join(dir, 'c'), key: join(dir, 'k'), ca: join(dir, 'ca') };
      writeFileSync(files.cert, issued.cert);
      writeFileSync(files.key, issued.key);
      writeFileSync(files.ca, issued.caCert);
      const store = memoryStore();
      const certs = await loadOrCreateCertificates({ hosts: ['localhost'], files, store });
      expect(certs).toEqual({ cert: issued.cert, key: issued.key, caCert: issued.caCert });
      expect(await store.find()).toBeNull();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

/** The database table's semantics: insert-if-absent and compare-and-set, in memory. */
function memoryStore(): CertificateStore {
  let row: StoredCertificates | null = null;
  const tick = () => new Promise((resolve) => setImmediate(resolve));
  return {
    async find() {
      await tick();
      return row;
    },
    async insertIfAbsent(certs) {
      await tick();
      row ??= certs;
      return row;
    },
    async replaceServing(expected, next) {
      await tick();
      if (row && row.cert === expected) row = { ...row, ...next };
      return row as StoredCertificates;
    },
  };
}
