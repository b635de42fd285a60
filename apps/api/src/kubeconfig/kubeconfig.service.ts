import { Injectable } from '@nestjs/common';
import { stringify } from 'yaml';
import type { Principal } from '@app/store';
import { HttpsEndpoint } from '../tls/https-endpoint';

/** Builds kubeconfigs for the cluster's Kubernetes facade (HTTPS, our CA, the caller's key). */
@Injectable()
export class KubeconfigService {
  constructor(private readonly https: HttpsEndpoint) {}

  /** The kubeconfig YAML, or undefined when the HTTPS listener is not running. */
  render(
    cluster: { id: string; name: string },
    principal: Principal,
    token: string,
  ): string | undefined {
    const endpoint = this.https.get();
    if (!endpoint) return undefined;
    const user = `${principal.tenantName}-${principal.keyName}`;
    return stringify({
      apiVersion: 'v1',
      kind: 'Config',
      clusters: [
        {
          name: cluster.name,
          cluster: {
            server: `https://${endpoint.host}:${endpoint.port}/v1/clusters/${cluster.id}/k8s`,
            'certificate-authority-data': Buffer.from(endpoint.caCert).toString('base64'),
          },
        },
      ],
      users: [{ name: user, user: { token } }],
      contexts: [
        { name: cluster.name, context: { cluster: cluster.name, user, namespace: 'default' } },
      ],
      'current-context': cluster.name,
      preferences: {},
    });
  }
}
