import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { AppConfig } from '../config/app-config';
import { TlsCertificateRepository } from '@app/store';
import { loadOrCreateCertificates } from './certificates';

/** The row of tls_certificates the facade listener uses. */
const LISTENER = 'facade';

/** Where the HTTPS listener answers, for kubeconfigs; set once the listener is up. */
export class HttpsEndpoint {
  private info?: { host: string; port: number; caCert: string };

  set(info: { host: string; port: number; caCert: string }): void {
    this.info = info;
  }

  get(): { host: string; port: number; caCert: string } | undefined {
    return this.info;
  }
}

/**
 * Serves the same application over HTTPS beside the plain listener: kubectl never sends a
 * bearer token over http, so the Kubernetes facade needs TLS. Every replica serves the chain
 * stored in the database, so one kubeconfig's CA validates them all.
 */
export async function listenHttps(app: NestExpressApplication, config: AppConfig): Promise<Server> {
  const hosts = [...new Set(['localhost', '127.0.0.1', config.publicHost])];
  const repository = app.get(TlsCertificateRepository);
  const certs = await loadOrCreateCertificates({
    hosts,
    files: config.tlsFiles,
    store: {
      find: () => repository.find(LISTENER),
      insertIfAbsent: (c) => repository.insertIfAbsent(LISTENER, c),
      replaceServing: (expected, next) => repository.replaceServing(LISTENER, expected, next),
    },
  });
  const server = createServer(
    { cert: certs.cert, key: certs.key },
    app.getHttpAdapter().getInstance(),
  );
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.httpsPort, config.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  app.get(HttpsEndpoint).set({ host: config.publicHost, port, caCert: certs.caCert });
  return server;
}
