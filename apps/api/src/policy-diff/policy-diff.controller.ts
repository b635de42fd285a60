import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiTags } from '@nestjs/swagger';
import type { Principal } from '@app/store';
import { CurrentPrincipal } from '../common/auth/principal.decorator';
import type { PolicyDiffBody } from './policy-diff-request';
import { PolicyDiffService } from './policy-diff.service';

@ApiTags('reachability')
@ApiBearerAuth()
@Controller('v1/clusters/:id')
export class PolicyDiffController {
  constructor(private readonly policyDiff: PolicyDiffService) {}

  /**
   * What one NetworkPolicy set allows that the other denies, over this cluster's Pods and the
   * addresses outside it, grouped into classes of connections. Each side is `{applied: true}`
   * (what is applied now), `{manifests}` (exactly these policies) or both (these over the applied).
   */
  @Post('networkpolicies/diff')
  @HttpCode(200)
  @ApiBody({
    schema: {
      type: 'object',
      example: {
        from: { applied: true },
        to: {
          applied: true,
          manifests:
            'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: deny-all}\nspec: {podSelector: {}}\n',
        },
      },
      properties: {
        from: {
          type: 'object',
          properties: { applied: { type: 'boolean' }, manifests: { type: 'string' } },
        },
        to: {
          type: 'object',
          properties: { applied: { type: 'boolean' }, manifests: { type: 'string' } },
        },
        external: { type: 'boolean', description: 'Also compare addresses outside the cluster' },
      },
      required: ['from', 'to'],
    },
  })
  diff(
    @CurrentPrincipal() principal: Principal,
    @Param('id') id: string,
    @Body() body: PolicyDiffBody,
  ) {
    return this.policyDiff.diff(principal, id, body);
  }
}
