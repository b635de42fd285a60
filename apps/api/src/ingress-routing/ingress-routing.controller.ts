import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { Principal } from '@app/store';
import { CurrentPrincipal } from '../common/auth/principal.decorator';
import { IngressRoutingService } from './ingress-routing.service';

@ApiTags('ingress')
@ApiBearerAuth()
@Controller('v1/clusters/:id/ingress/route')
export class IngressRoutingController {
  constructor(private readonly routing: IngressRoutingService) {}

  /** Which Ingress rule and backend a URL reaches; 404 with matched: false and the reason when none. */
  @Get()
  @ApiQuery({ name: 'url', example: 'http://foo.bar.com/foo' })
  @ApiQuery({
    name: 'ingressClass',
    required: false,
    description: 'Default: the default IngressClass',
  })
  async route(
    @CurrentPrincipal() principal: Principal,
    @Param('id') id: string,
    @Res({ passthrough: true }) res: Response,
    @Query('url') url?: string,
    @Query('ingressClass') ingressClass?: string,
  ) {
    const answer = await this.routing.route(principal, id, url, ingressClass);
    if (!answer.matched) res.status(404);
    return answer;
  }
}
