import { Controller, Get, Inject, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ApiTags } from '@nestjs/swagger';
import type { Db } from '@app/store';
import { Public } from '../common/auth/principal.decorator';
import { DB } from '../database/database.module';

@ApiTags('health')
@Public()
@Controller()
export class HealthController {
  constructor(@Inject(DB) private readonly db: Db) {}

  /** Liveness: the process answers. */
  @Get('healthz')
  healthz() {
    return { status: 'ok' };
  }

  /** Readiness: the database answers too. */
  @Get('readyz')
  async readyz(@Res() res: Response): Promise<void> {
    try {
      await this.db.$queryRaw`SELECT 1`;
      res.json({ status: 'ok', database: 'ok' });
    } catch {
      res.status(503).json({ status: 'unavailable', database: 'the database is not reachable' });
    }
  }
}
