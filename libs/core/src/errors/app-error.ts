import { IntrinsicException } from '@nestjs/common';

/**
 * The codes a client can act on. Every expected failure carries one of them in
 * `extensions.code`; anything else reaching the client is masked as INTERNAL_SERVER_ERROR.
 */
export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  FORBIDDEN = 'FORBIDDEN',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  RATE_LIMITED = 'RATE_LIMITED',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

/** One problem with one field of the input, e.g. `{ field: 'orgNumber', message: 'check digit is wrong' }`. */
export interface FieldProblem {
  field: string;
  message: string;
}

export interface AppErrorExtensions {
  code: ErrorCode;
  /** Field-level problems for BAD_USER_INPUT. */
  fields?: FieldProblem[];
  /** Extra machine-readable facts, e.g. the allowed transitions of a CONFLICT. */
  details?: Record<string, unknown>;
  [key: string]: unknown;
}

/**
 * The one error type for expected business outcomes. Extends Nest's IntrinsicException so
 * that Nest does not log it as a crash; Apollo copies `extensions` to the response.
 */
export class AppError extends IntrinsicException {
  readonly extensions: AppErrorExtensions;

  constructor(code: ErrorCode, message: string, extra: Omit<AppErrorExtensions, 'code'> = {}) {
    super(message);
    this.name = 'AppError';
    this.extensions = { code, ...extra };
  }

  get code(): ErrorCode {
    return this.extensions.code;
  }

  static badInput(message: string, fields?: FieldProblem[]): AppError {
    return new AppError(ErrorCode.BAD_USER_INPUT, message, fields ? { fields } : {});
  }

  /** One wording for both "does not exist" and "not yours", so the two cannot be told apart. */
  static notFound(what: string, id: string | number): AppError {
    return new AppError(ErrorCode.NOT_FOUND, `${what} ${id} was not found.`, { details: { entity: what, id: String(id) } });
  }

  static conflict(message: string, details?: Record<string, unknown>): AppError {
    return new AppError(ErrorCode.CONFLICT, message, details ? { details } : {});
  }

  static forbidden(message = 'You are not allowed to do this.'): AppError {
    return new AppError(ErrorCode.FORBIDDEN, message);
  }

  static unauthenticated(message = 'Sign in first: send a valid token as "Authorization: Bearer <token>".'): AppError {
    return new AppError(ErrorCode.UNAUTHENTICATED, message);
  }
}

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}
