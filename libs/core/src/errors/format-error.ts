import type { GraphQLFormattedError } from 'graphql';
import { GraphQLError } from 'graphql';
import { ErrorCode, type FieldProblem, isAppError } from './app-error';
import { FieldRule } from './field-rule';

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

/**
 * graphql-js's words for a variable it could not coerce: `Variable "$input" got invalid value ""
 * at "input.bands[0].membershipFee"; <why>`. The place is only in the message.
 */
const VARIABLE_VALUE = /^Variable "\$(\w+)" got invalid value .*? at "\1((?:\.\w+|\[\d+\])*)"; ([\s\S]*)$/;
const NOT_PROVIDED = /^Field "(\w+)" of required type "[^"]+" was not provided\.$/;
const NULL_GIVEN = /^Expected non-nullable type "[^"]+" not to be null\.$/;

/**
 * The field problem of a variable graphql-js refused inside an input object, as the validation
 * pipe would report it (`bands.0.membershipFee`, with the rule the scalar named, REQUIRED for a
 * missing or null value), so that a form can show it under its input. Null when the message is
 * not one of these (a whole variable of the wrong type keeps its message alone).
 */
export function variableProblem(message: string, original: unknown): FieldProblem | null {
  const m = VARIABLE_VALUE.exec(message);
  if (!m) return null;
  const path = `${m[1]}${m[2]}`.replace(/\[(\d+)\]/g, '.$1');
  const why = m[3];
  const missing = NOT_PROVIDED.exec(why);
  if (missing) return { field: `${path}.${missing[1]}`, message: why, rule: FieldRule.REQUIRED };
  if (NULL_GIVEN.test(why)) return { field: path, message: why, rule: FieldRule.REQUIRED };
  const rule = original instanceof GraphQLError ? original.extensions?.rule : undefined;
  return typeof rule === 'string' && rule in FieldRule
    ? { field: path, message: why, rule: rule as FieldRule }
    : { field: path, message: why };
}

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
      // from the message as sent, so a suggestion hidden above is not handed out in the field's
      const problem = code === 'BAD_USER_INPUT' ? variableProblem(message, (error as GraphQLError).originalError) : null;
      return {
        message,
        locations: formatted.locations,
        path: formatted.path,
        extensions: problem ? { code, fields: [problem] } : { code },
      };
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
