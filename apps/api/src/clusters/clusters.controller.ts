import { Body, Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Principal } from '@app/store';
import { CurrentPrincipal } from '../common/auth/principal.decorator';
import { ClustersService, type ClusterView } from './clusters.service';
import { ClusterDto, CreateClusterDto } from './dto/create-cluster.dto';

const present = ({ tenantId: _tenantId, ...cluster }: ClusterView) => cluster;

@ApiTags('clusters')
@ApiBearerAuth()
@Controller('v1/clusters')
export class ClustersController {
  constructor(private readonly clusters: ClustersService) {}

  @Post()
  @ApiCreatedResponse({ type: ClusterDto })
  async create(@CurrentPrincipal() principal: Principal, @Body() body: CreateClusterDto) {
    return present(
      await this.clusters.create(principal, body as unknown as Record<string, unknown>),
    );
  }

  @Get()
  @ApiOkResponse({ type: [ClusterDto] })
  async list(@CurrentPrincipal() principal: Principal) {
    return { items: (await this.clusters.list(principal)).map(present) };
  }

  @Get(':id')
  @ApiOkResponse({ type: ClusterDto })
  async get(@CurrentPrincipal() principal: Principal, @Param('id') id: string) {
    return present(await this.clusters.get(principal, id));
  }

  @Delete(':id')
  @HttpCode(204)
  async delete(@CurrentPrincipal() principal: Principal, @Param('id') id: string): Promise<void> {
    await this.clusters.delete(principal, id);
  }
}
