import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { AuditRecord, projectRoot, QueryCounter } from '@app/core';
import { Member } from '@app/members';
import { In } from 'typeorm';
import { printCommittedSchema, SCHEMA_FILE } from '../apps/api/src/graphql/schema-file';
import { codeOf, createTestApp, type TestApp, USERS } from './support/test-app';

describe('foundation (e2e)', () => {
  let t: TestApp;
  let leader: string;
  beforeAll(async () => {
    t = await createTestApp();
    leader = await t.login(USERS.leader.email);
  });
  afterAll(() => t.close());

  it('answers {__typename} over HTTP', async () => {
    const r = await t.gql('{ __typename }');
    expect(r.status).toBe(200);
    expect(r.data).toEqual({ __typename: 'Query' });
  });

  it('reports health with the database and version', async () => {
    expect(t.db.kind).toBe(process.env.DATABASE_URL ? 'postgres' : 'sqlite');
    const res = await t.http.get('/health');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'ok', version: '0.0.0-test', database: { status: 'up', kind: t.db.kind } });
  });

  it('serves GraphiQL and all of its assets locally (no CDN)', async () => {
    const page = await t.http.get('/graphiql');
    expect(page.status).toBe(200);
    const srcs = [...page.text.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
    expect(srcs.length).toBe(4);
    for (const src of srcs) {
      expect(src.startsWith('/graphiql/assets/')).toBe(true);
      const asset = await t.http.get(src);
      expect(asset.status).toBe(200);
      expect(Number(asset.headers['content-length'] ?? asset.text.length)).toBeGreaterThan(1000);
    }
    expect(page.text).not.toMatch(/https?:\/\/(?!localhost)/);
    expect((await t.http.get('/graphiql/assets/..%2Fpackage.json')).status).toBe(404);
  });

  it('has the committed schema.gql equal to the generated one (run `npm run schema` after changing the API)', () => {
    const committed = readFileSync(join(projectRoot(), SCHEMA_FILE), 'utf8');
    expect(printCommittedSchema(t.app.get(GraphQLSchemaHost).schema)).toBe(committed);
  });

  it('has migrations that build exactly the schema the entities describe (nothing left to generate)', async () => {
    const pending = await t.db.unsafeDataSource().driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('sends one statement text for every id (numbers bound, not written into the SQL), with integer semantics kept', async () => {
    const counter = t.app.get(QueryCounter);
    const seen: string[] = [];
    counter.tap = (sql) => seen.push(sql);
    try {
      for (const id of [1, 2, 3]) await t.db.read((em) => em.findOneBy(Member, { id }));
      await t.db.read((em) => em.findBy(Member, { id: In([1, 2]) }));
      await t.db.read((em) => em.findBy(Member, { id: In([3, 4]) }));
    } finally {
      counter.tap = null;
    }
    expect(seen).toHaveLength(5);
    expect(new Set(seen.slice(0, 3)).size).toBe(1);
    expect(new Set(seen.slice(3)).size).toBe(1);
    expect(seen.join('\n')).not.toMatch(/= 1\b|= 2\b|= 3\b/);
    if (t.db.kind === 'sqlite') {
      // bound as INTEGER, as the literal was: whole-number division stays whole, a fraction stays a REAL
      const [row] = await t.db.read((em) =>
        em
          .createQueryBuilder()
          .select(':n / 2', 'half')
          .addSelect('typeof(:n)', 'type')
          .addSelect(':x / 2', 'real')
          .from('member', 'm')
          .setParameters({ n: 5, x: 5.5 })
          .limit(1)
          .getRawMany<{ half: number; type: string; real: number }>(),
      );
      expect(row).toEqual({ half: 2, type: 'integer', real: 2.75 });
    }
  });

  it('refuses invalid input with a coded, field-level error and writes nothing', async () => {
    const before = await t.db.read((em) => Promise.all([em.count(Member), em.count(AuditRecord)]));
    const r = await t.gql(
      'mutation($i: RegisterMemberInput!) { registerMember(input: $i) { id } }',
      { i: { name: '  ', website: 'not a url' } },
      leader,
    );
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(r.errors![0].extensions.fields).toEqual([
      { field: 'name', message: 'name is required', rule: 'REQUIRED' },
      { field: 'website', message: 'website must be a web address such as www.example.no', rule: 'NOT_A_WEB_ADDRESS' },
    ]);
    expect(await t.db.read((em) => Promise.all([em.count(Member), em.count(AuditRecord)]))).toEqual(before);
  });

  it('registers a member, normalising the website, with an audit record in the same transaction', async () => {
    const r = await t.gql<{ registerMember: { id: number; website: string } }>(
      'mutation($i: RegisterMemberInput!) { registerMember(input: $i) { id name website } }',
      { i: { name: 'Čáhppes Ŋuorra Ŧeaknu AS', website: 'www.example.no' } },
      leader,
    );
    expect(codeOf(r)).toBe('OK');
    expect(r.data!.registerMember.website).toBe('https://www.example.no');
    const trail = await t.db.read((em) => em.findBy(AuditRecord, { entityType: 'Member', entityId: String(r.data!.registerMember.id) }));
    expect(trail).toHaveLength(1);
    expect(trail[0]).toMatchObject({ action: 'registerMember', actorEmail: USERS.leader.email, actorRole: 'PROJECT_LEADER' });
  });

  it('refuses a duplicate member name with CONFLICT', async () => {
    const r = await t.gql('mutation { registerMember(input: { name: "Nammo Raufoss AS" }) { id } }', undefined, leader);
    expect(codeOf(r)).toBe('CONFLICT');
    expect(r.errors![0].message).toContain('Nammo Raufoss AS');
  });

  it('pages members with opaque cursors and a stable total', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 10; i++) {
      const r: Awaited<
        ReturnType<
          typeof t.gql<{
            members: { totalCount: number; nodes: { name: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string } };
          }>
        >
      > = await t.gql(
        'query($after: String) { members(first: 10, after: $after) { totalCount nodes { name } pageInfo { hasNextPage endCursor } } }',
        { after },
        leader,
      );
      seen.push(...r.data!.members.nodes.map((n) => n.name));
      if (!r.data!.members.pageInfo.hasNextPage) break;
      after = r.data!.members.pageInfo.endCursor;
    }
    const total = await t.db.read((em) => em.count(Member));
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
    const bad = await t.gql('{ members(after: "garbage") { totalCount } }', undefined, leader);
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
  });

  it('never sends stack traces with errors', async () => {
    const r = await t.gql('{ members(first: 501) { totalCount } }', undefined, leader);
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(r.errors![0].extensions.fields).toEqual([
      { field: 'first', message: 'first must not be greater than 500', rule: 'AT_MOST', params: { max: 500 } },
    ]);
    expect(JSON.stringify(r.errors)).not.toMatch(/stacktrace|\bat .*\.js:\d+/);
  });

  it('echoes a request id and counts SQL statements per request', async () => {
    const res = await t.http
      .post('/graphql')
      .set('content-type', 'application/json')
      .set('x-request-id', 'abc-123')
      .send({ query: '{ __typename }' });
    expect(res.headers['x-request-id']).toBe('abc-123');
    expect(res.headers['x-sql-statements']).toBe('0');
    // no hash of every answer for an ETag: a POST's answer is never revalidated (issue 23)
    expect(res.headers.etag).toBeUndefined();
  });

  it('keeps CSRF prevention on: a form-encoded GET-less request without JSON is refused', async () => {
    const res = await t.http.get('/graphql?query=%7B__typename%7D');
    expect(res.status).toBe(400);
    expect(res.text).toMatch(/CSRF|preflight/i);
  });

  it('refuses batched requests', async () => {
    const res = await t.http
      .post('/graphql')
      .set('content-type', 'application/json')
      .send([{ query: '{ __typename }' }, { query: '{ __typename }' }]);
    expect(res.status).toBe(400);
  });

  it('refuses a body over the size limit', async () => {
    const res = await t.http
      .post('/graphql')
      .set('content-type', 'application/json')
      .send({ query: `{ __typename } #${'x'.repeat(t.config.bodyLimitBytes)}` });
    expect(res.status).toBe(413);
  });
});
