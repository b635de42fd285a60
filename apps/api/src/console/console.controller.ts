import { Body, Controller, Get, Header, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiProduces,
  ApiQuery,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';
import type { Principal } from '@app/store';
import { CurrentPrincipal } from '../common/auth/principal.decorator';
import { ConsoleService } from './console.service';

/** The pictures a lab or a doc can fetch, and the policy editor's dry run. */
@ApiTags('pictures')
@ApiBearerAuth()
@Controller('v1/clusters/:id')
export class ConsoleController {
  constructor(private readonly console: ConsoleService) {}

  /** Nodes, Pods (grouped by node and namespace), Services, endpoints and routes, laid out. */
  @Get('topology')
  @ApiQuery({ name: 'namespace', required: false })
  @ApiQuery({ name: 'format', required: false, enum: ['json', 'dot', 'svg'] })
  async topology(
    @CurrentPrincipal() principal: Principal,
    @Param('id') id: string,
    @Res({ passthrough: true }) res: Response,
    @Query('namespace') namespace?: string,
    @Query('format') format?: string,
  ) {
    if (format === 'dot') return this.sendDot(principal, id, res, namespace);
    if (format === 'svg') return this.sendSvg(principal, id, res, namespace);
    return this.console.topology(principal, id, namespace);
  }

  @Get('topology.svg')
  @ApiProduces('image/svg+xml')
  @ApiQuery({ name: 'namespace', required: false })
  async topologySvg(
    @CurrentPrincipal() principal: Principal,
    @Param('id') id: string,
    @Res({ passthrough: true }) res: Response,
    @Query('namespace') namespace?: string,
  ) {
    return this.sendSvg(principal, id, res, namespace);
  }

  @Get('topology.dot')
  @ApiProduces('text/vnd.graphviz')
  @ApiQuery({ name: 'namespace', required: false })
  async topologyDot(
    @CurrentPrincipal() principal: Principal,
    @Param('id') id: string,
    @Res({ passthrough: true }) res: Response,
    @Query('namespace') namespace?: string,
  ) {
    return this.sendDot(principal, id, res, namespace);
  }

  /** The heat map of GET reachability/matrix, as an SVG with one rect per cell. */
  @Get('reachability/matrix.svg')
  @ApiProduces('image/svg+xml')
  @ApiQuery({ name: 'port', example: '80' })
  @ApiQuery({ name: 'protocol', required: false, enum: ['TCP', 'UDP', 'SCTP'] })
  @ApiQuery({ name: 'namespace', required: false })
  @ApiQuery({ name: 'labelSelector', required: false })
  @Header('Content-Type', 'image/svg+xml; charset=utf-8')
  async matrixSvg(
    @CurrentPrincipal() principal: Principal,
    @Param('id') id: string,
    @Query('port') port?: string,
    @Query('protocol') protocol?: string,
    @Query('namespace') namespace?: string,
    @Query('labelSelector') labelSelector?: string,
  ) {
    return this.console.matrixSvg(principal, id, { port, protocol, namespace, labelSelector });
  }

  /**
   * The matrix before and after the manifests in the body (YAML or JSON, as for apply), and the
   * cells that would change. Nothing is written: the objects are admitted as a dry run.
   */
  @Post('reachability/matrix/dry-run')
  @HttpCode(200)
  @ApiConsumes('application/yaml', 'application/json', 'text/plain')
  @ApiBody({ schema: { type: 'string', description: 'YAML or JSON manifests, as for apply' } })
  @ApiQuery({ name: 'port', example: '80' })
  @ApiQuery({ name: 'protocol', required: false, enum: ['TCP', 'UDP', 'SCTP'] })
  @ApiQuery({ name: 'namespace', required: false })
  @ApiQuery({ name: 'labelSelector', required: false })
  async matrixDryRun(
    @CurrentPrincipal() principal: Principal,
    @Param('id') id: string,
    @Body() body: unknown,
    @Query('port') port?: string,
    @Query('protocol') protocol?: string,
    @Query('namespace') namespace?: string,
    @Query('labelSelector') labelSelector?: string,
  ) {
    return this.console.matrixDryRun(principal, id, body, {
      port,
      protocol,
      namespace,
      labelSelector,
    });
  }

  private async sendSvg(principal: Principal, id: string, res: Response, namespace?: string) {
    const svg = await this.console.topologySvg(principal, id, namespace);
    res.type('image/svg+xml; charset=utf-8');
    return svg;
  }

  private async sendDot(principal: Principal, id: string, res: Response, namespace?: string) {
    const dot = await this.console.topologyDot(principal, id, namespace);
    res.type('text/vnd.graphviz; charset=utf-8');
    return dot;
  }
}
