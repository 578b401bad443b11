import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { randomUUID } from 'node:crypto';
import { isUtf8 } from 'node:buffer';
import express, { type NextFunction, type Request, type Response } from 'express';
import { type AppConfig, AppError, JsonLogger, RequestContext } from '@app/core';
import { AuthService } from '@app/identity';
import { OCDS_UPLOAD_PATH, firstInvalidUtf8 } from '@app/tenders';
import { AppModule } from './app.module';
import { webConsole } from './http/web-console';

const REQUEST_ID_RE = /^[A-Za-z0-9._-]{1,64}$/;

/**
 * A JSON body must be what it says: the JSON parser would read bytes that are not UTF-8 (say, a
 * Latin-1 OCDS file pasted into a GraphQL variable) as U+FFFD and the letters would be lost for
 * good. Such a body is refused (400, BAD_USER_INPUT) with the place of the first bad byte.
 * UTF-16 and UTF-32 bodies, which the parser also reads, are decoded strictly by it.
 */
function refuseInvalidUtf8(_req: unknown, _res: unknown, body: Buffer, encoding: string): void {
  if (encoding.toLowerCase().replace('-', '') !== 'utf8' || isUtf8(body)) return;
  const at = firstInvalidUtf8(body);
  const hex = body[at].toString(16).toUpperCase().padStart(2, '0');
  throw Object.assign(
    new Error(
      `The request body is not valid UTF-8: byte 0x${hex} at byte offset ${at} starts no UTF-8 character. ` +
        'Send JSON in UTF-8; an OCDS file in ISO-8859-1 (Latin-1) can be uploaded as it is to POST ' +
        `${OCDS_UPLOAD_PATH} with "content-type: application/json; charset=iso-8859-1". Nothing was done.`,
    ),
    { status: 400, type: 'entity.verify.failed' },
  );
}

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
  // Express hashes every body it sends for an ETag, GraphQL answers (POST, never cached) too: a SHA-1
  // over the member list's 29 KB on every request (issue 23). The console's page is revalidated by
  // its Last-Modified (`sendFile`); its assets are named by their hash and cached for a year.
  app.set('etag', false);
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
  app.use(express.json({ limit: config.bodyLimitBytes, verify: refuseInvalidUtf8 }));
  // The web console (apps/web, built to dist/web) at /, beside /graphql on the same origin.
  app.use(webConsole());
  app.enableShutdownHooks();
  return app;
}
