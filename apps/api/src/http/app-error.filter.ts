import { ArgumentsHost, Catch, ExceptionFilter } from '@nestjs/common';
import type { Response } from 'express';
import { AppError, ErrorCode, RequestContext } from '@app/core';

const STATUS: Record<ErrorCode, number> = {
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.CONFLICT]: 409,
  [ErrorCode.RATE_LIMITED]: 429,
  [ErrorCode.INTERNAL_SERVER_ERROR]: 500,
};

/** Plain HTTP routes (health, downloads) report AppErrors with the same code and message. */
@Catch(AppError)
export class AppErrorFilter implements ExceptionFilter {
  catch(error: AppError, host: ArgumentsHost): unknown {
    if (host.getType<string>() !== 'http') return error; // GraphQL: Apollo formats it
    const res = host.switchToHttp().getResponse<Response>();
    res.status(STATUS[error.code]).json({ error: { message: error.message, ...error.extensions, requestId: RequestContext.requestId() } });
    return undefined;
  }
}
