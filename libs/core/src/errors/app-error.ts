import { IntrinsicException } from '@nestjs/common';
import type { ErrorReason } from './error-reason';
import type { FieldRule } from './field-rule';

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

/**
 * One problem with one field of the input, e.g. `{ field: 'orgNumber', message: 'check digit is
 * wrong' }`; with the rule it broke when there is one (`{ field: 'title', message: 'at most 300
 * characters', rule: FieldRule.AT_MOST_CHARACTERS, params: { max: 300 } }`), for clients that say
 * it in their reader's language.
 */
export interface FieldProblem {
  field: string;
  /** In English, for the log and for clients that know no rule. */
  message: string;
  rule?: FieldRule;
  /** The rule's values (FIELD_RULES names them). */
  params?: Record<string, string | number>;
}

/**
 * Extra machine-readable facts of an error, e.g. the allowed transitions of a CONFLICT. `reason`,
 * when there is one, is always an ErrorReason: a client switches on it (the type refuses a loose string).
 */
export interface ErrorDetails {
  reason?: ErrorReason;
  [key: string]: unknown;
}

/** What an AppError carries besides its code (named, so that `details.reason` is checked). */
export interface AppErrorExtra {
  /** Field-level problems for BAD_USER_INPUT. */
  fields?: FieldProblem[];
  details?: ErrorDetails;
  [key: string]: unknown;
}

export interface AppErrorExtensions extends AppErrorExtra {
  code: ErrorCode;
}

/** The problems as one line for a message: `field: message; field: message`. */
export function listProblems(problems: readonly FieldProblem[]): string {
  return problems.map((p) => `${p.field}: ${p.message}`).join('; ');
}

export interface InvalidOptions {
  /** What follows the list of problems; "Nothing was saved." unless given (null: nothing). */
  tail?: string | null;
  /** Said right after the list, before its full stop, e.g. "(a package price is 0 or more)". */
  note?: string;
  /** "is not valid" unless given, e.g. "are not valid" for a plural subject. */
  verb?: string;
}

/**
 * The one error type for expected business outcomes. Extends Nest's IntrinsicException so
 * that Nest does not log it as a crash; Apollo copies `extensions` to the response.
 */
export class AppError extends IntrinsicException {
  readonly extensions: AppErrorExtensions;

  constructor(code: ErrorCode, message: string, extra: AppErrorExtra = {}) {
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

  /**
   * The one BAD_USER_INPUT for problems found in the input: "The tender is not valid: title: is
   * required; deadline: in the past. Nothing was saved." with each problem in `extensions.fields`.
   */
  static invalid(what: string, problems: FieldProblem[], opts: InvalidOptions = {}): AppError {
    const note = opts.note ? ` ${opts.note}` : '';
    const tail = opts.tail === null ? '' : ` ${opts.tail ?? 'Nothing was saved.'}`;
    return AppError.badInput(`${what} ${opts.verb ?? 'is not valid'}: ${listProblems(problems)}${note}.${tail}`, problems);
  }

  /** One wording for both "does not exist" and "not yours", so the two cannot be told apart. */
  static notFound(what: string, id: string | number): AppError {
    return new AppError(ErrorCode.NOT_FOUND, `${what} ${id} was not found.`, { details: { entity: what, id: String(id) } });
  }

  static conflict(message: string, details?: ErrorDetails): AppError {
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
