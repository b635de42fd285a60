import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Principal } from '@app/store';
import { CurrentPrincipal } from '../common/auth/principal.decorator';
import { parseIntegerParam } from '../common/http/query-params';
import { EventsService } from './events.service';

@ApiTags('events')
@ApiBearerAuth()
@Controller('v1/clusters/:id/events')
export class EventsController {
  constructor(private readonly events: EventsService) {}

  /** The cluster's event log, oldest first, worded like `kubectl get events`. */
  @Get()
  @ApiQuery({ name: 'namespace', required: false })
  @ApiQuery({ name: 'after', required: false, description: 'Only events with a larger id' })
  list(
    @CurrentPrincipal() principal: Principal,
    @Param('id') id: string,
    @Query('namespace') namespace?: string,
    @Query('after') after?: string,
  ) {
    return this.events.list(principal, id, {
      namespace,
      after: parseIntegerParam(after, 'after') ?? 0,
    });
  }
}
