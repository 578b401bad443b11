import { GRAPHQL_LIMITS } from '../apps/api/src/graphql/graphql-options';
import { codeOf, createTestApp, type TestApp, USERS } from './support/test-app';

const messages = (r: { errors?: { message: string }[] }) => (r.errors ?? []).map((e) => e.message).join('\n');

describe('API hardening (e2e)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ env: { MUTATION_RATE_LIMIT: '5' } });
  });
  afterAll(() => t.close());

  it('refuses a query deeper than the limit with a coded error', async () => {
    let q = 'id';
    for (let i = 0; i <= GRAPHQL_LIMITS.maxDepth; i++) q = `f${i} { ${q} }`;
    const r = await t.gql(`{ ${q} }`);
    expect(r.errors?.[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(messages(r)).toMatch(new RegExp(`depth limit of ${GRAPHQL_LIMITS.maxDepth} exceeded`));
  });

  it('refuses too many aliases', async () => {
    // within the limit the request passes validation and reaches the guard (no token: UNAUTHENTICATED)
    const ok = Array.from({ length: GRAPHQL_LIMITS.maxAliases }, (_, i) => `a${i}: me { id }`).join(' ');
    expect(codeOf(await t.gql(`{ ${ok} }`))).toBe('UNAUTHENTICATED');
    const tooMany = Array.from({ length: GRAPHQL_LIMITS.maxAliases + 1 }, (_, i) => `a${i}: me { id }`).join(' ');
    const r = await t.gql(`{ ${tooMany} }`);
    expect(codeOf(r)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(messages(r)).toMatch(/Aliases limit/);
  });

  it('refuses a query with too many tokens as a parse error, never a 500', async () => {
    const within = await t.gql(`{ ${'__typename '.repeat(GRAPHQL_LIMITS.maxTokens - 2)} }`);
    expect(codeOf(within)).not.toBe('GRAPHQL_PARSE_FAILED'); // parsed (2,000 fields then fail validation)
    const r = await t.gql(`{ ${'__typename '.repeat(GRAPHQL_LIMITS.maxTokens + 1)} }`);
    expect(r.status).toBe(200);
    expect(r.errors?.[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(messages(r)).toMatch(new RegExp(`more th.t ${GRAPHQL_LIMITS.maxTokens} tokens`));
  });

  describe('HTTP status of requests that are not valid GraphQL (GraphQL-over-HTTP)', () => {
    const SYNTAX_ERRORS = ['{', '}', 'query {', '{ me { id }', '{ me(', '"', 'mutation', '{ ... }', '{ me { id } } }', '#'];
    const post = (body: unknown, accept?: string, token?: string) => {
      const req = t.http.post('/graphql').set('content-type', 'application/json');
      if (accept) req.set('accept', accept);
      if (token) req.set('authorization', `Bearer ${token}`);
      return req.send(body as object);
    };
    const codes = (res: { body: { errors?: { extensions: { code: string } }[] } }) => (res.body.errors ?? []).map((e) => e.extensions.code);

    it('answers a syntax error with GRAPHQL_PARSE_FAILED: 200 for application/json or no Accept, 400 for application/graphql-response+json', async () => {
      const leader = await t.login(USERS.leader.email);
      for (const query of SYNTAX_ERRORS)
        for (const token of [undefined, leader]) {
          for (const accept of [undefined, 'application/json', '*/*', 'application/json, application/graphql-response+json;q=0.9']) {
            const res = await post({ query }, accept, token);
            expect({ query, accept, status: res.status, codes: codes(res) }).toEqual({
              query,
              accept,
              status: 200,
              codes: ['GRAPHQL_PARSE_FAILED'],
            });
            expect(res.headers['content-type']).toMatch(/^application\/json/);
          }
          for (const accept of ['application/graphql-response+json', 'application/graphql-response+json, application/json;q=0.9']) {
            const res = await post({ query }, accept, token);
            expect({ query, accept, status: res.status, codes: codes(res) }).toEqual({
              query,
              accept,
              status: 400,
              codes: ['GRAPHQL_PARSE_FAILED'],
            });
            expect(res.headers['content-type']).toMatch(/^application\/graphql-response\+json/);
          }
        }
    });

    it('answers a validation error and invalid variables the same way: 200 (application/json) or 400 (graphql-response+json)', async () => {
      for (const body of [{ query: '{ nope }' }, { query: 'query($i: Int!) { member(id: $i) { id } }', variables: { i: 'x' } }]) {
        const legacy = await post(body);
        expect([legacy.status, codes(legacy)[0]]).toEqual([200, body.variables ? 'BAD_USER_INPUT' : 'GRAPHQL_VALIDATION_FAILED']);
        const modern = await post(body, 'application/graphql-response+json');
        expect([modern.status, codes(modern)[0]]).toEqual([400, body.variables ? 'BAD_USER_INPUT' : 'GRAPHQL_VALIDATION_FAILED']);
      }
    });

    it('keeps refusing requests that are not well-formed GraphQL-over-HTTP with 4xx', async () => {
      expect((await post({ variables: {} })).status).toBe(400); // no query
      expect((await t.http.post('/graphql').set('content-type', 'application/json').send('{"query":')).status).toBe(400); // bad JSON
    });

    it('codes more than 50 invalid variable values as BAD_USER_INPUT, with no internal error and no error log', async () => {
      const errorLines: string[] = [];
      const write = process.stderr.write.bind(process.stderr);
      const spy = jest.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array, ...rest: unknown[]) => {
        if (/"level":"error"/.test(String(chunk))) errorLines.push(String(chunk));
        return write(chunk, ...(rest as []));
      });
      try {
        const body = {
          query: 'query($s: [WorkPackageStatus!]) { myWorkPackages(statuses: $s) { id } }',
          variables: { s: Array(60).fill('NOPE') },
        };
        for (const accept of [undefined, 'application/graphql-response+json']) {
          const res = await post(body, accept);
          const got = codes(res);
          expect(got.length).toBeGreaterThan(50);
          expect(new Set(got)).toEqual(new Set(['BAD_USER_INPUT']));
          expect(res.status).toBe(accept ? 400 : 200);
          expect(res.body.errors.at(-1).message).toMatch(/Too many invalid variable values/);
        }
      } finally {
        spy.mockRestore();
      }
      expect(errorLines).toEqual([]);
    });
  });

  it('refuses a query over the cost limit', async () => {
    const token = await t.login(USERS.leader.email);
    const page = 'members(first: 500) { nodes { id name website createdAt } pageInfo { hasNextPage endCursor } }';
    const within = await t.gql(`{ ${page} }`, undefined, token);
    expect(codeOf(within)).toBe('OK');
    const r = await t.gql(`{ ${Array.from({ length: 10 }, (_, i) => `p${i}: ${page}`).join(' ')} }`, undefined, token);
    expect(codeOf(r)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(messages(r)).toMatch(/Cost limit/i);
  });

  it('limits mutations per user and leaves other users alone', async () => {
    const admin = await t.login(USERS.admin.email);
    const leader = await t.login(USERS.leader.email);
    const codes: string[] = [];
    for (let i = 0; i < 6; i++) codes.push(codeOf(await t.gql(`mutation { reactivateUser(userId: 999999) { id } }`, undefined, admin)));
    expect(codes.slice(0, 5)).toEqual(Array(5).fill('NOT_FOUND'));
    expect(codes[5]).toBe('RATE_LIMITED');
    expect(codeOf(await t.gql('mutation { registerMember(input: { name: "Rate AS" }) { id } }', undefined, leader))).toBe('OK');
    // queries are not limited
    expect(codeOf(await t.gql('{ users { id } }', undefined, admin))).toBe('OK');
  });
});

describe('API hardening in production mode (e2e)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ env: { NODE_ENV: 'production' } });
  });
  afterAll(() => t.close());

  it('turns introspection off', async () => {
    const r = await t.gql('{ __schema { types { name } } }');
    expect(codeOf(r)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(messages(r)).toMatch(/introspection/i);
  });

  it('hides field suggestions', async () => {
    const r = await t.gql('{ membrs { totalCount } }');
    expect(codeOf(r)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(messages(r)).not.toMatch(/Did you mean/);
  });

  it('does not expose the SQL statement count header', async () => {
    const r = await t.gql('{ __typename }');
    expect(r.headers['x-sql-statements']).toBeUndefined();
  });
});
