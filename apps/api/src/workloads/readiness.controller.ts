import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiTags } from '@nestjs/swagger';
import { KubeError, KubeErrorCode } from '@app/kube';
import type { Principal } from '@app/store';
import { CurrentPrincipal, UserAgent } from '../common/auth/principal.decorator';
import { WorkloadsService } from './workloads.service';

@ApiTags('objects')
@ApiBearerAuth()
@Controller('v1/clusters/:id/pods/:namespace/:name')
export class ReadinessController {
  constructor(private readonly workloads: WorkloadsService) {}

  /** Flips the Pod's Ready condition, as a readiness probe would; its endpoints follow. */
  @Post('readiness')
  @HttpCode(200)
  @ApiBody({
    schema: { type: 'object', properties: { ready: { type: 'boolean' } }, required: ['ready'] },
  })
  async setReadiness(
    @CurrentPrincipal() principal: Principal,
    @Param('id') id: string,
    @Param('namespace') namespace: string,
    @Param('name') name: string,
    @Body() body: { ready?: unknown },
    @UserAgent() userAgent: string,
  ) {
    if (typeof body?.ready !== 'boolean') {
      throw new KubeError(KubeErrorCode.BadRequest, 'send {"ready": true} or {"ready": false}', [
        { reason: 'FieldValueRequired', field: 'ready', message: 'Required value: true or false' },
      ]);
    }
    return this.workloads.setReadiness({ principal, userAgent }, id, namespace, name, body.ready);
  }
}
