import { Controller, Get, Header, Param, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiProduces, ApiTags } from '@nestjs/swagger';
import { stringify } from 'yaml';
import { KubeError, KubeErrorCode } from '@app/kube';
import type { Principal } from '@app/store';
import { CurrentPrincipal, type AuthenticatedRequest } from '../common/auth/principal.decorator';
import { ClustersService } from '../clusters/clusters.service';
import { HttpsEndpoint } from '../tls/https-endpoint';

@ApiTags('clusters')
@ApiBearerAuth()
@Controller('v1/clusters/:id/kubeconfig')
export class KubeconfigController {
  constructor(
    private readonly clusters: ClustersService,
    private readonly https: HttpsEndpoint,
  ) {}

  /** A ready kubeconfig: the cluster's HTTPS API, the CA to trust, and the caller's key as token. */
  @Get()
  @Header('Content-Type', 'application/yaml; charset=utf-8')
  @ApiProduces('application/yaml')
  async kubeconfig(
    @CurrentPrincipal() principal: Principal,
    @Param('id') id: string,
    @Req() req: AuthenticatedRequest,
  ): Promise<string> {
    const cluster = await this.clusters.get(principal, id);
    const endpoint = this.https.get();
    if (!endpoint)
      throw new KubeError(
        KubeErrorCode.NotSupported,
        'the HTTPS listener is not running, so kubectl cannot connect',
      );
    const token = /^Bearer\s+(\S+)/i.exec(req.headers.authorization ?? '')?.[1] ?? '';
    const user = `${principal.tenantName}-${principal.role}`;
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
