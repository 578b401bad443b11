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

  it('refuses a query with too many tokens', async () => {
    const r = await t.gql(`{ ${'__typename '.repeat(GRAPHQL_LIMITS.maxTokens + 1)} }`);
    expect(r.errors?.[0].extensions.code).toMatch(/GRAPHQL_(PARSE|VALIDATION)_FAILED/);
    expect(messages(r)).toMatch(/Token limit/);
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
