import type { GraphQLFormattedError } from 'graphql';
import { GraphQLError } from 'graphql';
import { ErrorCode, isAppError } from './app-error';

/** Codes produced by Apollo/graphql-js/graphql-armor for malformed requests: safe to show. */
const REQUEST_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

const SUGGESTION = /\s*Did you mean .*\?$/;

/**
 * graphql-js stops coercing variables after 50 problems and adds this error, which has no code and
 * no location, so Apollo would call it internal. It is the client's input, like the 50 before it.
 */
const TOO_MANY_VARIABLE_ERRORS = /^Too many errors processing variables/;

export interface FormatErrorOptions {
  production: boolean;
  requestId: () => string | undefined;
  logUnexpected: (error: unknown, requestId: string | undefined) => void;
}

/**
 * The single place that decides what a client sees of an error: coded business errors and
 * request errors pass through, everything else is logged in full and masked.
 */
export function createFormatError(opts: FormatErrorOptions) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
    if (isAppError(original)) {
      return { message: original.message, path: formatted.path, locations: formatted.locations, extensions: { ...original.extensions } };
    }
    if (error instanceof GraphQLError && !error.originalError && TOO_MANY_VARIABLE_ERRORS.test(error.message)) {
      return {
        message: 'Too many invalid variable values: the first 50 problems are listed above. Nothing was run.',
        extensions: { code: ErrorCode.BAD_USER_INPUT },
      };
    }
    const code = formatted.extensions?.code;
    const isRequestError =
      typeof code === 'string' &&
      REQUEST_ERROR_CODES.has(code) &&
      (!(error instanceof GraphQLError) || !error.originalError || error.originalError instanceof GraphQLError);
    if (isRequestError) {
      const message = opts.production ? formatted.message.replace(SUGGESTION, '') : formatted.message;
      return { message, locations: formatted.locations, path: formatted.path, extensions: { code } };
    }
    const requestId = opts.requestId();
    opts.logUnexpected(original, requestId);
    return {
      message: `Something went wrong on our side. Quote reference ${requestId ?? 'n/a'} when reporting it.`,
      path: formatted.path,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, requestId },
    };
  };
}
