import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { randomUUID } from 'node:crypto';
import express, { type NextFunction, type Request, type Response } from 'express';
import { type AppConfig, AppError, JsonLogger, RequestContext } from '@app/core';
import { AuthService } from '@app/identity';
import { OCDS_UPLOAD_PATH } from '@app/tenders';
import { AppModule } from './app.module';
import { webConsole } from './http/web-console';

const REQUEST_ID_RE = /^[A-Za-z0-9._-]{1,64}$/;

/**
 * Builds the HTTP application exactly as production runs it; the e2e tests use this too.
 * Order matters: request id first (so every log line and SQL count belongs to a request),
 * then the body limit, then Nest's routes.
 */
export async function createApp(config: AppConfig, opts: { logger?: JsonLogger } = {}): Promise<NestExpressApplication> {
  const logger = opts.logger ?? new JsonLogger(config.logLevel);
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    logger,
    bodyParser: false,
    abortOnError: false,
  });
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  app.use((req: Request, res: Response, next: NextFunction) => {
    const given = req.header('x-request-id');
    const id = given && REQUEST_ID_RE.test(given) ? given : randomUUID();
    res.setHeader('x-request-id', id);
    RequestContext.run(() => {
      if (config.exposeSqlStatementCount) {
        const store = RequestContext.current()!;
        const writeHead = res.writeHead;
        res.writeHead = function (this: Response, ...args: unknown[]) {
          if (!res.headersSent) res.setHeader('x-sql-statements', String(store.sqlStatements));
          return (writeHead as (...a: unknown[]) => Response).apply(this, args);
        } as typeof res.writeHead;
      }
      next();
    }, id);
  });
  // Who is calling: a valid bearer token becomes req.actor; a bad one is remembered, and the guard
  // refuses it for anything but public operations.
  const auth = app.get(AuthService);
  app.use(async (req: Request & { actor?: unknown; authError?: unknown }, _res: Response, next: NextFunction) => {
    const header = req.header('authorization');
    if (header) {
      const m = /^Bearer\s+(\S+)$/i.exec(header);
      try {
        if (!m) throw AppError.unauthenticated('Send the token as "Authorization: Bearer <token>".');
        req.actor = await auth.authenticate(m[1]);
      } catch (e) {
        if (!(e instanceof AppError)) return next(e);
        req.authError = e;
      }
    }
    next();
  });
  // Bulk uploads get their own, larger limit and arrive as raw bytes; everything else is JSON.
  app.use(OCDS_UPLOAD_PATH, express.raw({ type: 'application/json', limit: config.uploadLimitBytes }));
  app.use(express.json({ limit: config.bodyLimitBytes }));
  // The web console (apps/web, built to dist/web) at /, beside /graphql on the same origin.
  app.use(webConsole());
  app.enableShutdownHooks();
  return app;
}
