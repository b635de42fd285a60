import { Controller, Get, Header, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Principal } from '@app/store';
import { CurrentPrincipal } from '../common/auth/principal.decorator';
import { PROTOCOLS } from '../common/http/query-params';
import { ProxyRulesService } from './proxy-rules.service';

@ApiTags('kube-proxy')
@ApiBearerAuth()
@Controller('v1/clusters/:id')
export class ProxyRulesController {
  constructor(private readonly proxyRules: ProxyRulesService) {}

  /** kube-proxy's rules on one node, as `iptables-save` prints them. */
  @Get('nodes/:node/iptables')
  @Header('Content-Type', 'text/plain; charset=utf-8')
  @ApiProduces('text/plain')
  iptables(
    @CurrentPrincipal() principal: Principal,
    @Param('id') id: string,
    @Param('node') node: string,
  ): Promise<string> {
    return this.proxyRules.iptables(principal, id, node);
  }

  /** Where kube-proxy sends a packet for ip:port: the candidate endpoints and their odds. */
  @Get('proxy')
  @ApiQuery({
    name: 'to',
    example: '10.96.0.10:53',
    description: 'ClusterIP:port, NodeIP:nodePort or LoadBalancer IP:port',
  })
  @ApiQuery({ name: 'protocol', required: false, enum: PROTOCOLS })
  @ApiQuery({
    name: 'from',
    required: false,
    example: 'default/client',
    description: 'Source Pod (namespace/name)',
  })
  @ApiQuery({
    name: 'fromIP',
    required: false,
    description: 'Source IP when the sender is not a Pod',
  })
  @ApiQuery({
    name: 'node',
    required: false,
    description:
      'Node the packet arrives at. Without from, fromIP and node the packet comes from outside the cluster.',
  })
  proxy(
    @CurrentPrincipal() principal: Principal,
    @Param('id') id: string,
    @Query('to') to?: string,
    @Query('protocol') protocol?: string,
    @Query('from') from?: string,
    @Query('fromIP') fromIP?: string,
    @Query('node') node?: string,
  ) {
    return this.proxyRules.decide(principal, id, { to, protocol, from, fromIP, node });
  }
}
