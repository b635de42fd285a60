import { X509Certificate } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { issueCertificates, loadOrCreateCertificates } from './certificates';

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

  it('keeps the generated files across restarts and re-issues when a new host is needed', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'kns-tls-'));
    try {
      const first = await loadOrCreateCertificates({ dataDir, hosts: ['localhost'] });
      const again = await loadOrCreateCertificates({ dataDir, hosts: ['localhost'] });
      expect(again).toEqual(first);
      const wider = await loadOrCreateCertificates({
        dataDir,
        hosts: ['localhost', 'lab.example'],
      });
      expect(wider.cert).not.toBe(first.cert);
      expect(new X509Certificate(wider.cert).checkHost('lab.example')).toBe('lab.example');
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
