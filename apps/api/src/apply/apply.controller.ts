import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiQuery, ApiTags } from '@nestjs/swagger';
import { inKeyOrder, pageOfList } from '@app/kube';
import { deleteOptionsOf } from '@app/netsim';
import type { Principal } from '@app/store';
import { CurrentPrincipal, UserAgent } from '../common/auth/principal.decorator';
import { ClustersService } from '../clusters/clusters.service';
import { ApplyService } from './apply.service';

@ApiTags('objects')
@ApiBearerAuth()
@Controller('v1/clusters/:id')
export class ApplyController {
  constructor(
    private readonly apply: ApplyService,
    private readonly clusters: ClustersService,
  ) {}

  @Post('apply')
  @HttpCode(200)
  @ApiConsumes('application/yaml', 'application/json', 'text/plain')
  @ApiBody({
    description:
      'One or more YAML documents, or a JSON object or List. Applied atomically: all objects or none.',
    schema: {
      type: 'string',
      example:
        'apiVersion: v1\nkind: Service\nmetadata:\n  name: my-service\nspec:\n  selector:\n    app.kubernetes.io/name: MyApp\n  ports:\n    - protocol: TCP\n      port: 80\n      targetPort: 9376\n',
    },
  })
  @ApiQuery({
    name: 'fieldValidation',
    required: false,
    enum: ['Ignore', 'Warn', 'Strict'],
    description: 'Unknown fields: Warn (default) lists them in warnings, Strict refuses them',
  })
  @ApiQuery({
    name: 'fieldManager',
    required: false,
    description: 'Who owns the written fields in metadata.managedFields (default: the User-Agent)',
  })
  @ApiQuery({
    name: 'dryRun',
    required: false,
    enum: ['All'],
    description: 'All: admit and answer exactly as the write would, persist nothing',
  })
  async applyManifests(
    @CurrentPrincipal() principal: Principal,
    @Param('id') id: string,
    @Body() body: unknown,
    @UserAgent() userAgent: string,
    @Query('fieldValidation') fieldValidation?: string,
    @Query('fieldManager') fieldManager?: string,
    @Query('dryRun') dryRun?: string,
  ) {
    return this.apply.apply(principal, id, body, {
      fieldValidation,
      fieldManager,
      dryRun,
      userAgent,
    });
  }

  @Get('objects')
  @ApiQuery({ name: 'kind', required: false, example: 'Service' })
  @ApiQuery({ name: 'namespace', required: false, example: 'default' })
  @ApiQuery({ name: 'labelSelector', required: false, example: 'app=web,tier in (frontend)' })
  @ApiQuery({ name: 'limit', required: false, description: 'Page size (as the Kubernetes API)' })
  @ApiQuery({ name: 'continue', required: false, description: "A previous page's continue token" })
  async list(
    @CurrentPrincipal() principal: Principal,
    @Param('id') id: string,
    @Query('kind') kind?: string,
    @Query('namespace') namespace?: string,
    @Query('labelSelector') labelSelector?: string,
    @Query('limit') limit?: string,
    @Query('continue') token?: string,
  ) {
    const { revision, items } = await this.clusters.listObjects(principal, id, {
      kind,
      namespace,
      labelSelector,
    });
    if (!limit && !token) return { revision, items };
    // Pages in key order (namespace, then name), as the Kubernetes API pages a list.
    const page = pageOfList(
      inKeyOrder(items),
      { limit, continue: token },
      revision,
      !!labelSelector,
    );
    return { revision, ...page };
  }

  /** `gracePeriodSeconds` (Pods: absent = their terminationGracePeriodSeconds, 0 = at once) and `propagationPolicy` as DeleteOptions. */
  @Delete('objects/:kind/:namespace/:name')
  @ApiQuery({ name: 'dryRun', required: false, enum: ['All'] })
  @ApiQuery({ name: 'gracePeriodSeconds', required: false, example: 0 })
  @ApiQuery({
    name: 'propagationPolicy',
    required: false,
    enum: ['Background', 'Foreground', 'Orphan'],
  })
  async deleteNamespaced(
    @CurrentPrincipal() principal: Principal,
    @Param('id') id: string,
    @Param('kind') kind: string,
    @Param('namespace') namespace: string,
    @Param('name') name: string,
    @Query('dryRun') dryRun?: string,
    @Query('gracePeriodSeconds') gracePeriodSeconds?: string,
    @Query('propagationPolicy') propagationPolicy?: string,
  ) {
    const deletion = deleteOptionsOf({}, { gracePeriodSeconds, propagationPolicy });
    return this.apply.delete(principal, id, kind, namespace, name, { dryRun }, deletion);
  }

  /** Cluster-scoped kinds (Namespace, Node, IngressClass) have no namespace segment. */
  @Delete('objects/:kind/:name')
  @ApiQuery({ name: 'dryRun', required: false, enum: ['All'] })
  @ApiQuery({
    name: 'propagationPolicy',
    required: false,
    enum: ['Background', 'Foreground', 'Orphan'],
  })
  async deleteClusterScoped(
    @CurrentPrincipal() principal: Principal,
    @Param('id') id: string,
    @Param('kind') kind: string,
    @Param('name') name: string,
    @Query('dryRun') dryRun?: string,
    @Query('propagationPolicy') propagationPolicy?: string,
  ) {
    const deletion = deleteOptionsOf({}, { propagationPolicy });
    return this.apply.delete(principal, id, kind, '', name, { dryRun }, deletion);
  }
}
