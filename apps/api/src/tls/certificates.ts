import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import forge from 'node-forge';
import type { StoredCertificates } from '@app/store';

export interface ServiceCertificates {
  /** PEM of the CA that kubeconfigs trust (certificate-authority-data). */
  caCert: string;
  cert: string;
  key: string;
}

export interface CertificateSource {
  /** Names and IPs the serving certificate must be valid for (SANs). */
  hosts: string[];
  /** Supplied by configuration instead of generated; they win over the store. */
  files?: { cert: string; key: string; ca: string };
  store: CertificateStore;
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

/** A self-signed CA like kubeadm's, valid for ten years. */
export function issueCa(): { caCert: string; caKey: string } {
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
  return { caCert: forge.pki.certificateToPem(ca), caKey: forge.pki.privateKeyToPem(caKey) };
}

/** A serving certificate for `hosts` signed by the CA, like kubeadm's apiserver cert. */
export function issueServingCertificate(
  ca: { caCert: string; caKey: string },
  hosts: string[],
): { cert: string; key: string } {
  const caCert = forge.pki.certificateFromPem(ca.caCert);
  const caKey = forge.pki.privateKeyFromPem(ca.caKey) as forge.pki.rsa.PrivateKey;
  const key = newRsaKey();
  const altNames = hosts.map((h) => (IPV4.test(h) ? { type: 7, ip: h } : { type: 2, value: h }));
  const cert = certificate(
    'kube-network-sandbox',
    key,
    { key: caKey, subject: caCert.subject.attributes },
    [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, critical: true },
      { name: 'extKeyUsage', serverAuth: true },
      { name: 'subjectAltName', altNames },
    ],
    2,
  );
  return { cert: forge.pki.certificateToPem(cert), key: forge.pki.privateKeyToPem(key) };
}

/** A CA and a serving certificate signed by it for `hosts`. */
export function issueCertificates(hosts: string[]): ServiceCertificates & { caKey: string } {
  const ca = issueCa();
  return { ...ca, ...issueServingCertificate(ca, hosts) };
}

/** Where the shared certificates live (the database's tls_certificates table in the app). */
export interface CertificateStore {
  find(): Promise<StoredCertificates | null>;
  insertIfAbsent(certs: StoredCertificates): Promise<StoredCertificates>;
  replaceServing(
    expectedCert: string,
    next: Pick<StoredCertificates, 'cert' | 'key' | 'hosts'>,
  ): Promise<StoredCertificates>;
}

/**
 * The serving certificate of the HTTPS listener: the configured files when given, else the chain
 * every replica shares through `store`. The first process to start generates and inserts it
 * (a concurrent insert loses and reads the winner back); a process needing a host the stored
 * certificate does not cover re-issues the serving certificate from the same CA, for the union
 * of hosts, so kubeconfigs handed out earlier stay valid.
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
  const store = source.store;
  let stored = await store.find();
  if (!stored)
    stored = await store.insertIfAbsent({
      ...issueCertificates(source.hosts),
      hosts: source.hosts,
    });
  // Two rounds: a replica re-issuing at the same moment may have won with fewer hosts.
  for (let round = 0; round < 2 && !coversHosts(stored.cert, source.hosts); round++) {
    const hosts = [...new Set([...stored.hosts, ...source.hosts])];
    stored = await store.replaceServing(stored.cert, {
      ...issueServingCertificate(stored, hosts),
      hosts,
    });
  }
  return { caCert: stored.caCert, cert: stored.cert, key: stored.key };
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
