import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Inject, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { APP_CONFIG, type AppConfig, AppError, ErrorCode, RequestContext } from '@app/core';
import { OCDS_UPLOAD_PATH } from '@app/tenders';

const STATUS: Record<ErrorCode, number> = {
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.CONFLICT]: 409,
  [ErrorCode.RATE_LIMITED]: 429,
  [ErrorCode.INTERNAL_SERVER_ERROR]: 500,
};

const CODE_OF_STATUS: Record<number, ErrorCode> = {
  401: ErrorCode.UNAUTHENTICATED,
  403: ErrorCode.FORBIDDEN,
  404: ErrorCode.NOT_FOUND,
  409: ErrorCode.CONFLICT,
  429: ErrorCode.RATE_LIMITED,
};

const MB = 1024 * 1024;
const inMb = (bytes: number) => `${Math.round((bytes / MB) * 10) / 10} MB`;

/**
 * Plain HTTP routes (uploads, health, downloads) answer every error as
 * `{ error: { message, code, …, requestId } }`: AppErrors with their code, other client errors
 * (a body over its limit, an unknown route) with the matching code, and anything unexpected
 * logged in full and masked as INTERNAL_SERVER_ERROR with the requestId to quote (README
 * "Errors"). GraphQL errors are Apollo's to format.
 */
@Catch()
export class AppErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('Http');

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  catch(error: unknown, host: ArgumentsHost): unknown {
    if (host.getType<string>() !== 'http') return error instanceof AppError ? error : undefined; // GraphQL: Apollo formats it
    const req = host.switchToHttp().getRequest<Request>();
    const res = host.switchToHttp().getResponse<Response>();
    const requestId = RequestContext.requestId();
    if (error instanceof AppError) {
      res.status(STATUS[error.code]).json({ error: { message: error.message, ...error.extensions, requestId } });
      return undefined;
    }
    if (error instanceof HttpException && error.getStatus() < 500) {
      const status = error.getStatus();
      if (status === 413) {
        res.status(413).json({ error: { ...this.tooLarge(req, error.cause), requestId } });
        return undefined;
      }
      const body = error.getResponse();
      const message = typeof body === 'string' ? body : String((body as { message?: unknown }).message ?? error.message);
      res.status(status).json({ error: { message, code: CODE_OF_STATUS[status] ?? ErrorCode.BAD_USER_INPUT, requestId } });
      return undefined;
    }
    this.logger.error({
      msg: 'unexpected error on an HTTP route',
      method: req.method,
      path: req.path,
      error: error instanceof Error ? error.stack : String(error),
    });
    res.status(500).json({
      error: {
        message: `Something went wrong on our side. Quote reference ${requestId ?? 'n/a'} when reporting it.`,
        code: ErrorCode.INTERNAL_SERVER_ERROR,
        requestId,
      },
    });
    return undefined;
  }

  /** A body over its limit: which limit, which setting raises it, and the way around it for imports. */
  private tooLarge(req: Request, cause: unknown): Record<string, unknown> {
    const upload = req.path === OCDS_UPLOAD_PATH;
    const limit = upload ? this.config.uploadLimitBytes : this.config.bodyLimitBytes;
    const setting = upload ? 'UPLOAD_LIMIT' : 'BODY_LIMIT';
    const length = Number((cause as { length?: unknown } | undefined)?.length ?? req.header('content-length'));
    const known = Number.isFinite(length) && length > 0;
    const what = upload ? 'upload' : 'request';
    const size = known
      ? `The request body is ${inMb(length)}; the largest ${what} is ${inMb(limit)} (setting ${setting}).`
      : `The request body is larger than the largest ${what}, ${inMb(limit)} (setting ${setting}).`;
    const raise = `${setting}=${Math.max(known ? Math.ceil(length / MB) + 1 : 0, Math.ceil((limit * 2) / MB))}mb`;
    const message = upload
      ? `${size} Raise it on the server, e.g. ${raise}, or import the file with the command line (npm run cli -- import-ocds <file>), which has no size limit. Nothing was imported.`
      : `${size} Raise it on the server, e.g. ${raise}; for a large OCDS release package use POST ${OCDS_UPLOAD_PATH} (limit UPLOAD_LIMIT) or the command line.`;
    return { message, code: ErrorCode.BAD_USER_INPUT, details: { limitBytes: limit, setting } };
  }
}
