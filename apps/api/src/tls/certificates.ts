import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import forge from 'node-forge';

export interface ServiceCertificates {
  /** PEM of the CA that kubeconfigs trust (certificate-authority-data). */
  caCert: string;
  cert: string;
  key: string;
}

export interface CertificateSource {
  dataDir: string;
  /** Names and IPs the serving certificate must be valid for (SANs). */
  hosts: string[];
  /** Supplied by configuration instead of generated. */
  files?: { cert: string; key: string; ca: string };
}

const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;

function newRsaKey(): forge.pki.rsa.PrivateKey {
  // Native key generation: node-forge's pure-JS RSA takes seconds.
  const { privateKey } = generateKeyPairSync('rsa', {
    modulusLength: 2048,
    privateKeyEncoding: { type: 'pkcs1', format: 'pem' },
    publicKeyEncoding: { type: 'spki', format: 'pem' },
  });
  return forge.pki.privateKeyFromPem(privateKey);
}

function certificate(
  subjectCN: string,
  key: forge.pki.rsa.PrivateKey,
  signer: { key: forge.pki.rsa.PrivateKey; subject?: forge.pki.CertificateField[] },
  extensions: object[],
  years: number,
): forge.pki.Certificate {
  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.setRsaPublicKey(key.n, key.e);
  cert.serialNumber = `01${randomBytes(15).toString('hex')}`;
  cert.validity.notBefore = new Date(Date.now() - 60_000);
  cert.validity.notAfter = new Date(Date.now() + years * 365 * 24 * 3600 * 1000);
  const subject = [
    { name: 'commonName', value: subjectCN },
    { name: 'organizationName', value: 'Kube Network Sandbox' },
  ];
  cert.setSubject(subject);
  cert.setIssuer(signer.subject ?? subject);
  cert.setExtensions(extensions);
  cert.sign(signer.key, forge.md.sha256.create());
  return cert;
}

/** A CA and a serving certificate signed by it for `hosts`, like kubeadm's apiserver cert. */
export function issueCertificates(hosts: string[]): ServiceCertificates {
  const caKey = newRsaKey();
  const ca = certificate(
    'kube-network-sandbox-ca',
    caKey,
    { key: caKey },
    [
      { name: 'basicConstraints', cA: true, critical: true },
      {
        name: 'keyUsage',
        keyCertSign: true,
        cRLSign: true,
        digitalSignature: true,
        critical: true,
      },
      { name: 'subjectKeyIdentifier' },
    ],
    10,
  );
  const key = newRsaKey();
  const altNames = hosts.map((h) => (IPV4.test(h) ? { type: 7, ip: h } : { type: 2, value: h }));
  const cert = certificate(
    'kube-network-sandbox',
    key,
    { key: caKey, subject: ca.subject.attributes },
    [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, critical: true },
      { name: 'extKeyUsage', serverAuth: true },
      { name: 'subjectAltName', altNames },
    ],
    2,
  );
  return {
    caCert: forge.pki.certificateToPem(ca),
    cert: forge.pki.certificateToPem(cert),
    key: forge.pki.privateKeyToPem(key),
  };
}

/**
 * The serving certificate of the HTTPS listener: the configured files, or the ones generated on
 * first start under DATA_DIR/tls (kept, so kubeconfigs handed out stay valid across restarts).
 * A kept certificate that does not cover every requested host is re-issued.
 */
export async function loadOrCreateCertificates(
  source: CertificateSource,
): Promise<ServiceCertificates> {
  if (source.files) {
    const [cert, key, caCert] = await Promise.all([
      readFile(source.files.cert, 'utf8'),
      readFile(source.files.key, 'utf8'),
      readFile(source.files.ca, 'utf8'),
    ]);
    return { cert, key, caCert };
  }
  const dir = join(source.dataDir, 'tls');
  const paths = {
    caCert: join(dir, 'ca.crt'),
    cert: join(dir, 'server.crt'),
    key: join(dir, 'server.key'),
  };
  if (existsSync(paths.cert) && existsSync(paths.key) && existsSync(paths.caCert)) {
    const kept = {
      caCert: await readFile(paths.caCert, 'utf8'),
      cert: await readFile(paths.cert, 'utf8'),
      key: await readFile(paths.key, 'utf8'),
    };
    if (coversHosts(kept.cert, source.hosts)) return kept;
  }
  const issued = issueCertificates(source.hosts);
  await mkdir(dir, { recursive: true });
  await writeFile(paths.caCert, issued.caCert);
  await writeFile(paths.cert, issued.cert);
  await writeFile(paths.key, issued.key, { mode: 0o600 });
  return issued;
}

function coversHosts(certPem: string, hosts: string[]): boolean {
  const cert = forge.pki.certificateFromPem(certPem);
  if (cert.validity.notAfter.getTime() < Date.now() + 24 * 3600 * 1000) return false;
  const san = cert.getExtension('subjectAltName') as {
    altNames?: Array<{ value?: string; ip?: string }>;
  } | null;
  const names = new Set((san?.altNames ?? []).flatMap((n) => [n.value, n.ip]).filter(Boolean));
  return hosts.every((h) => names.has(h));
}
