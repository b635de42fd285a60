import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Principal } from '@app/store';
import { CurrentPrincipal } from '../common/auth/principal.decorator';
import type { ReachabilityBody } from './reachability-request';
import { ReachabilityService } from './reachability.service';

@ApiTags('reachability')
@ApiBearerAuth()
@Controller('v1/clusters/:id')
export class ReachabilityController {
  constructor(private readonly reachability: ReachabilityService) {}

  /** "Can A reach B?" with every hop and, for a denial, which policies and rules decide it. */
  @Post('reachability')
  @HttpCode(200)
  @ApiBody({
    schema: {
      type: 'object',
      example: {
        from: { pod: 'default/frontend' },
        to: { service: 'default/backend' },
        port: 80,
        protocol: 'TCP',
      },
      properties: {
        from: { type: 'object', description: '{pod: "ns/name"} or {external: "203.0.113.9"}' },
        to: {
          type: 'object',
          description:
            '{pod}, {service: "ns/name"}, {host: dnsName}, {ip}, {node, nodePort} or {url}',
        },
        port: {
          oneOf: [{ type: 'integer' }, { type: 'string' }],
          description: 'Number, or a Service/container port name',
        },
        protocol: { type: 'string', enum: ['TCP', 'UDP', 'SCTP'] },
      },
    },
  })
  trace(
    @CurrentPrincipal() principal: Principal,
    @Param('id') id: string,
    @Body() body: ReachabilityBody,
  ) {
    return this.reachability.trace(principal, id, body);
  }

  /** The truth table over Pods: row = source, column = destination. */
  @Get('reachability/matrix')
  @ApiQuery({ name: 'port', example: '80' })
  @ApiQuery({ name: 'protocol', required: false, enum: ['TCP', 'UDP', 'SCTP'] })
  @ApiQuery({ name: 'namespace', required: false })
  @ApiQuery({ name: 'labelSelector', required: false })
  matrix(
    @CurrentPrincipal() principal: Principal,
    @Param('id') id: string,
    @Query('port') port?: string,
    @Query('protocol') protocol?: string,
    @Query('namespace') namespace?: string,
    @Query('labelSelector') labelSelector?: string,
  ) {
    return this.reachability.matrix(principal, id, { port, protocol, namespace, labelSelector });
  }

  /** A NetworkPolicy in plain words: which Pods it selects and what it allows, per direction. */
  @Get('networkpolicies/:namespace/:name/explain')
  explain(
    @CurrentPrincipal() principal: Principal,
    @Param('id') id: string,
    @Param('namespace') namespace: string,
    @Param('name') name: string,
  ) {
    return this.reachability.explainPolicy(principal, id, namespace, name);
  }
}
