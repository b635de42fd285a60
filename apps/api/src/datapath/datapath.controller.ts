import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Principal } from '@app/store';
import { CurrentPrincipal } from '../common/auth/principal.decorator';
import { DatapathService } from './datapath.service';
import { NodeInterfacesModel, NodeRoutesModel, PodCniModel } from './datapath.models';

@ApiTags('datapath')
@ApiBearerAuth()
@Controller('v1/clusters/:id')
export class DatapathController {
  constructor(private readonly datapath: DatapathService) {}

  /** The node's `ip route` as its network plugin programs it (structured and as text). */
  @Get('nodes/:node/routes')
  @ApiOkResponse({ type: NodeRoutesModel })
  routes(
    @CurrentPrincipal() principal: Principal,
    @Param('id') id: string,
    @Param('node') node: string,
  ) {
    return this.datapath.routes(principal, id, node);
  }

  /** The node's `ip addr`: eth0, the plugin's tunnel and bridge devices, one veth per Pod. */
  @Get('nodes/:node/interfaces')
  @ApiOkResponse({ type: NodeInterfacesModel })
  interfaces(
    @CurrentPrincipal() principal: Principal,
    @Param('id') id: string,
    @Param('node') node: string,
  ) {
    return this.datapath.interfaces(principal, id, node);
  }

  /** The CNI ADD result the plugin returned for the Pod, and the node's conflist. */
  @Get('pods/:namespace/:name/cni')
  @ApiOkResponse({ type: PodCniModel })
  cni(
    @CurrentPrincipal() principal: Principal,
    @Param('id') id: string,
    @Param('namespace') namespace: string,
    @Param('name') name: string,
  ) {
    return this.datapath.podCni(principal, id, namespace, name);
  }
}
