import { GraphQLError } from 'graphql';
import { AppError, ErrorCode } from './app-error';
import { createFormatError } from './format-error';

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

  it("codes graphql-js's 'too many variable errors' as the client's bad input, not an internal error, and logs nothing", () => {
    const before = logged.length;
    const err = new GraphQLError('Too many errors processing variables, error limit reached. Execution aborted.');
    const out = format({ message: err.message, extensions: { code: 'INTERNAL_SERVER_ERROR' } }, err);
    expect(out.extensions).toEqual({ code: 'BAD_USER_INPUT' });
    expect(out.message).toMatch(/Too many invalid variable values/);
    expect(logged.length).toBe(before);
  });
});
