import { Controller, Get, HttpStatus, Inject, Res } from '@nestjs/common';
import type { Response } from 'express';
import { APP_CONFIG, type AppConfig, Database, Public } from '@app/core';

@Controller()
export class HealthController {
  constructor(
    private readonly db: Database,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Liveness and readiness in one: 200 when the database answers, 503 when it does not. */
  @Get('health')
  @Public()
  async health(@Res() res: Response): Promise<void> {
    const started = performance.now();
    try {
      await this.db.ping();
      res.status(HttpStatus.OK).json({
        status: 'ok',
        version: this.config.version,
        database: { kind: this.db.kind, status: 'up', latencyMs: Math.round((performance.now() - started) * 100) / 100 },
        uptimeSeconds: Math.round(process.uptime()),
      });
    } catch (e) {
      res.status(HttpStatus.SERVICE_UNAVAILABLE).json({
        status: 'error',
        version: this.config.version,
        database: { kind: this.db.kind, status: 'down', error: e instanceof Error ? e.message : String(e) },
      });
    }
  }
}
