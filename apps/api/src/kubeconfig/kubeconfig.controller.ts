import { Controller, Get, Header, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiProduces, ApiTags } from '@nestjs/swagger';
import { KubeError, KubeErrorCode } from '@app/kube';
import type { Principal } from '@app/store';
import { BearerToken, CurrentPrincipal } from '../common/auth/principal.decorator';
import { ClustersService } from '../clusters/clusters.service';
import { KubeconfigService } from './kubeconfig.service';

@ApiTags('clusters')
@ApiBearerAuth()
@Controller('v1/clusters/:id/kubeconfig')
export class KubeconfigController {
  constructor(
    private readonly clusters: ClustersService,
    private readonly kubeconfigs: KubeconfigService,
  ) {}

  /** A ready kubeconfig: the cluster's HTTPS API, the CA to trust, and the caller's key as token. */
  @Get()
  @Header('Content-Type', 'application/yaml; charset=utf-8')
  @ApiProduces('application/yaml')
  async kubeconfig(
    @CurrentPrincipal() principal: Principal,
    @Param('id') id: string,
    @BearerToken() token: string,
  ): Promise<string> {
    const cluster = await this.clusters.get(principal, id);
    const yaml = this.kubeconfigs.render(cluster, principal, token);
    if (!yaml)
      throw new KubeError(
        KubeErrorCode.NotSupported,
        'the HTTPS listener is not running, so kubectl cannot connect',
      );
    return yaml;
  }
}
