import { Controller, Get, Inject, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ApiTags } from '@nestjs/swagger';
import type { Db } from '@app/store';
import { Public } from '../common/auth/principal.decorator';
import { DB } from '../database/database.module';
import { LivenessProbe } from './liveness-probe';

/** A probe every few seconds, from every replica's orchestrator, must cost next to nothing. */
const LIVENESS = { timeoutMs: 2000, cacheMs: 1000 };

@ApiTags('health')
@Public()
@Controller()
export class HealthController {
  private readonly liveness: LivenessProbe;

  constructor(@Inject(DB) private readonly db: Db) {
    this.liveness = new LivenessProbe(() => this.db.$queryRaw`SELECT 1`, LIVENESS);
  }

  /**
   * Liveness: 503 when this process can no longer serve (its database pool does not answer, or a
   * built-in prototype was polluted), so the orchestrator restarts it.
   */
  @Get('healthz')
  async healthz(@Res() res: Response): Promise<void> {
    const result = await this.liveness.check();
    res
      .status(result.ok ? 200 : 503)
      .setHeader('Cache-Control', 'no-store')
      .json({ status: result.ok ? 'ok' : 'failing', ...result.checks });
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
