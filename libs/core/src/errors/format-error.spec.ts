import { GraphQLError } from 'graphql';
import { AppError, ErrorCode } from './app-error';
import { createFormatError, variableProblem } from './format-error';

describe('createFormatError', () => {
  const logged: unknown[] = [];
  const format = createFormatError({ production: true, requestId: () => 'req-1', logUnexpected: (e) => logged.push(e) });

  it('passes coded business errors through with their extensions', () => {
    const err = new GraphQLError('wrapped', { originalError: AppError.conflict('Already accepted.', { status: 'ACCEPTED' }) });
    const out = format({ message: 'wrapped', extensions: {} }, err);
    expect(out.message).toBe('Already accepted.');
    expect(out.extensions).toEqual({ code: ErrorCode.CONFLICT, details: { status: 'ACCEPTED' } });
  });

  it('masks unexpected errors and logs them with detail', () => {
    const boom = new Error('SQLITE_CORRUPT: secret table name');
    const err = new GraphQLError(boom.message, { originalError: boom });
    const out = format({ message: boom.message, extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['x'] } }, err);
    expect(out.message).not.toContain('SQLITE');
    expect(out.message).toContain('req-1');
    expect(out.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', requestId: 'req-1' });
    expect(logged).toContain(boom);
  });

  it('hides field suggestions in production', () => {
    const err = new GraphQLError('Cannot query field "membr" on type "Query". Did you mean "member"?', {
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
    const out = format({ message: err.message, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }, err);
    expect(out.message).toBe('Cannot query field "membr" on type "Query".');
  });

  it('does not trust a request-error code set on an arbitrary thrown error', () => {
    const sneaky = Object.assign(new Error('db password is hunter2'), { extensions: { code: 'BAD_USER_INPUT' } });
    const err = new GraphQLError(sneaky.message, { originalError: sneaky });
    const out = format({ message: sneaky.message, extensions: { code: 'BAD_USER_INPUT' } }, err);
    expect(out.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
  });

  it("places a variable's refused value at its field, with the rule the scalar named or REQUIRED for a missing one", () => {
    const scalar = new GraphQLError('"" is not an amount', { extensions: { code: 'BAD_USER_INPUT', rule: 'REQUIRED' } });
    expect(
      variableProblem('Variable "$input" got invalid value "" at "input.bands[0].membershipFee"; "" is not an amount', scalar),
    ).toEqual({
      field: 'input.bands.0.membershipFee',
      message: '"" is not an amount',
      rule: 'REQUIRED',
    });
    expect(
      variableProblem(
        'Variable "$input" got invalid value { year: 2027 } at "input.bands[1]"; Field "serviceFee" of required type "MinorUnits!" was not provided.',
        undefined,
      ),
    ).toEqual({
      field: 'input.bands.1.serviceFee',
      message: 'Field "serviceFee" of required type "MinorUnits!" was not provided.',
      rule: 'REQUIRED',
    });
    expect(
      variableProblem('Variable "$i" got invalid value null at "i.title"; Expected non-nullable type "String!" not to be null.', undefined),
    ).toMatchObject({ field: 'i.title', rule: 'REQUIRED' });
    // a rule the scalar does not name, or none: the message alone
    expect(
      variableProblem('Variable "$i" got invalid value "x" at "i.n"; nope', new GraphQLError('nope', { extensions: { rule: 'MADE_UP' } })),
    ).toEqual({
      field: 'i.n',
      message: 'nope',
    });
    // a whole variable of the wrong type has no place inside it: nothing to add
    expect(variableProblem('Variable "$id" of required type "Int!" was not provided.', undefined)).toBeNull();
    // in production a suggestion is hidden in the field's message too
    const enumErr = new GraphQLError(
      'Variable "$i" got invalid value "NB2" at "i.language"; Value "NB2" does not exist in "Lang" enum. Did you mean the enum value "NB"?',
      {
        extensions: { code: 'BAD_USER_INPUT' },
      },
    );
    expect(format({ message: enumErr.message, extensions: { code: 'BAD_USER_INPUT' } }, enumErr).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'i.language', message: 'Value "NB2" does not exist in "Lang" enum.' }],
    });
    // and the formatter hands it on as a field of the refusal
    const err = new GraphQLError('Variable "$input" got invalid value "" at "input.amount"; "" is not an amount', {
      originalError: scalar,
      extensions: { code: 'BAD_USER_INPUT' },
    });
    expect(format({ message: err.message, extensions: { code: 'BAD_USER_INPUT' } }, err).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'input.amount', message: '"" is not an amount', rule: 'REQUIRED' }],
    });
  });

  it("codes graphql-js's 'too many variable errors' as the client's bad input, not an internal error, and logs nothing", () => {
    const before = logged.length;
    const err = new GraphQLError('Too many errors processing variables, error limit reached. Execution aborted.');
    const out = format({ message: err.message, extensions: { code: 'INTERNAL_SERVER_ERROR' } }, err);
    expect(out.extensions).toEqual({ code: 'BAD_USER_INPUT' });
    expect(out.message).toMatch(/Too many invalid variable values/);
    expect(logged.length).toBe(before);
  });
});
