import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Principal } from '@app/store';
import { CurrentPrincipal } from '../common/auth/principal.decorator';
import { DnsService } from './dns.service';

@ApiTags('dns')
@ApiBearerAuth()
@Controller('v1/clusters/:id/dns')
export class DnsController {
  constructor(private readonly dns: DnsService) {}

  @Get()
  @ApiQuery({ name: 'name', example: 'my-service' })
  @ApiQuery({
    name: 'from',
    required: false,
    example: 'default/client',
    description: 'Pod whose resolv.conf is used: search list, ndots:5',
  })
  @ApiQuery({
    name: 'type',
    required: false,
    enum: ['A', 'AAAA', 'SRV', 'PTR', 'CNAME', 'TXT', 'ANY'],
  })
  lookup(
    @CurrentPrincipal() principal: Principal,
    @Param('id') id: string,
    @Query('name') name?: string,
    @Query('from') from?: string,
    @Query('type') type?: string,
  ) {
    return this.dns.lookup(principal, id, { name, from, type });
  }
}
